package io.jointclear.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * US chapter-99 attribution and the bad inputs of issue 11 over HTTP, on the running application with
 * the shipped reference data and measure seed. Requests are the contract's US T-shirt entry, edited.
 */
@io.jointclear.support.DemoUsersIntegrationTest
class Chapter99ApiIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    io.jointclear.reference.UsTariffHistory history;

    @org.springframework.beans.factory.annotation.Autowired
    io.jointclear.tariff.domain.MeasureSource measures;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port).as("admin", "admin");
    }

    @Test
    void every_chapter_99_heading_on_a_line_names_its_revision_and_list() {
        // Contract entry on 2026-03-10: Section 122 9903.03.01 "+ 10%" × 48,000 = 4,800.00.
        Http.Response r = http.post("/api/v1/assessments", tshirts("2026-03-10", "48000.0"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode line = r.json().get("lines").get(0);
        assertThat(line.get("taxes")).isNotEmpty();
        JsonNode c = line.get("chapter99").get(0);
        assertThat(c.get("heading").asString()).isEqualTo("9903.03.01");
        assertThat(c.get("code").asString()).isEqualTo("S122");
        assertThat(c.get("effect").asString()).isEqualTo("CHARGED");
        assertThat(c.get("revision").asString()).isEqualTo("2026_rev_4");
        assertThat(c.get("list").asString()).contains("9903.03.01");
        assertThat(c.get("confidence").asString()).isEqualTo("HIGH");
    }

    @Test
    void done_when_the_mexican_tshirt_entry_of_2025_10_15_and_of_2025_01_15() {
        // 2025-10-15, USD 200,000, no SPI: DUTY 16.5% = 33,000.00; IEEPA 9903.01.01 "+ 25%" (EO 14194) =
        // 50,000.00; MPF FY2026 0.3464% × 200,000 = 692.80 > maximum 651.50 (CBP Dec. 25-10).
        Http.Response october = http.post("/api/v1/assessments", tshirts("2025-10-15", "200000"));
        assertThat(october.status()).as(october.body()).isEqualTo(200);
        assertThat(total(october.json(), "DUTY")).isEqualByComparingTo("33000.00");
        assertThat(total(october.json(), "IEEPA")).isEqualByComparingTo("50000.00");
        assertThat(total(october.json(), "MPF")).isEqualByComparingTo("651.50");
        assertThat(october.json().get("total").decimalValue()).isEqualByComparingTo("83651.50");
        JsonNode why = october.json().get("lines").get(0).get("chapter99").get(0);
        assertThat(why.get("heading").asString()).isEqualTo("9903.01.01");
        assertThat(why.get("revision").asString()).isEqualTo("rev_4");
        // 2025-01-15: no chapter-99 duty at all; MPF FY2025 692.80 > maximum 634.62 (19 CFR 24.23(b)(1)).
        Http.Response january = http.post("/api/v1/assessments", tshirts("2025-01-15", "200000"));
        assertThat(january.status()).as(january.body()).isEqualTo(200);
        assertThat(total(january.json(), "IEEPA")).isEqualByComparingTo("0");
        assertThat(total(january.json(), "MPF")).isEqualByComparingTo("634.62");
        assertThat(january.json().get("lines").get(0).get("chapter99")).isEmpty();
        assertThat(january.json().get("total").decimalValue()).isEqualByComparingTo("33634.62");
    }

    @Test
    void the_fentanyl_duty_starts_on_2025_03_04_over_http() {
        // Contract entry (USD 48,000): 2025-03-03 nothing; 2025-03-04 25% × 48,000 = 12,000.00; MPF 166.27 both.
        Http.Response before = http.post("/api/v1/assessments", tshirts("2025-03-03", "48000.0"));
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(total(before.json(), "IEEPA")).isEqualByComparingTo("0");
        assertThat(total(before.json(), "MPF")).isEqualByComparingTo("166.27");
        Http.Response after = http.post("/api/v1/assessments", tshirts("2025-03-04", "48000.0"));
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(total(after.json(), "IEEPA")).isEqualByComparingTo("12000.00");
    }

    @Test
    void section_301_rows_match_the_footnotes_of_the_revision_in_force_loaded_by_the_reference_module() {
        // Source (a): the shipped revisions, as the reference module loaded them, cite "See 9903.88.xx" on
        // exactly the lines the generated Section 301 rows cover on the same date.
        for (String date : List.of("2025-03-15", "2025-10-15", "2026-03-10")) {
            java.time.LocalDate day = java.time.LocalDate.parse(date);
            List<io.jointclear.reference.UsTariffLineVersion> citing = history.linesCitingChapter99(day);
            for (String heading : List.of("9903.88.01", "9903.88.02", "9903.88.03", "9903.88.15")) {
                java.util.Set<String> cited = new java.util.TreeSet<>();
                for (io.jointclear.reference.UsTariffLineVersion v : citing) {
                    if (v.citedChapter99Provisions().contains(heading)) {
                        cited.add(v.tariffCode().replace(".", ""));
                    }
                }
                io.jointclear.tariff.domain.Measure row = null;
                for (io.jointclear.tariff.domain.Measure m : measures.current().of(io.jointclear.shared.Authority.US, "S301")) {
                    if (m.ruleId().equals("US.S301." + heading) && m.inForce(day)) {
                        row = m;
                    }
                }
                assertThat(row).as(heading + " on " + date).isNotNull();
                // The history holds the statistical (10-digit) lines and repeats on them the footnote of an
                // 8-digit line: every cited line is covered by the row, and every code of the row has cited lines.
                io.jointclear.tariff.domain.Measure scope = row;
                assertThat(cited).as(heading + " on " + date).isNotEmpty()
                        .allSatisfy(code -> assertThat(scope.specificity(code)).as(code).isPositive());
                assertThat(row.tariffPrefixes()).as(heading + " on " + date)
                        .allSatisfy(p -> assertThat(cited).anyMatch(code -> code.startsWith(p)));
            }
        }
    }

    @Test
    void a_steel_derivative_without_its_metal_content_says_so() {
        String body = tshirts("2026-03-10", "100000").replace("6109100012", "7308909590")
                .replace("\"unit\": \"DZN\"", "\"unit\": \"KGM\"");
        Http.Response r = http.post("/api/v1/assessments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // 9903.81.90 at 50% on the full value (content not declared) = 50,000.00, with the warning.
        assertThat(total(r.json(), "S232")).isEqualByComparingTo("50000.00");
        assertThat(r.body()).contains("METAL_CONTENT_REQUIRED", "metalContentValue");
    }

    @Test
    void an_unknown_code_is_a_404_problem_naming_the_line() {
        Http.Response r = http.post("/api/v1/assessments", tshirts("2026-03-10", "48000.0").replace("6109100012", "6109100099"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_TARIFF_CODE");
    }

    @Test
    void a_date_before_2025_is_outside_the_reference_data() {
        Http.Response r = http.post("/api/v1/assessments", tshirts("2024-12-31", "48000.0"));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).contains("DATE_OUTSIDE_REFERENCE_DATA");
    }

    @Test
    void pedimento_fields_on_a_us_entry_are_mixed_authorities() {
        String body = tshirts("2026-03-10", "48000.0")
                .replace("\"currency\": \"USD\",", "\"currency\": \"USD\", \"exchangeRate\": 18.5, \"regime\": \"IMD\",");
        Http.Response r = http.post("/api/v1/assessments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).contains("MIXED_AUTHORITIES", "exchangeRate", "regime");
        // …and a US informal-entry field on a pedimento.
        Http.Response mx = http.post("/api/v1/assessments", """
                {"authority":"MX","operation":"IMP","type":"A1","date":"2026-03-10","exchangeRate":18.0,
                 "currency":"USD","informalPreparation":"AUTOMATED",
                 "lines":[{"tariffCode":"2710199903","origin":"US","quantity":{"value":1000,"unit":"LTR"},"value":700}]}""");
        assertThat(mx.status()).as(mx.body()).isEqualTo(400);
        assertThat(mx.body()).contains("MIXED_AUTHORITIES", "informalPreparation");
    }

    static String tshirts(String date, String value) {
        return resource("assessment-us-tshirts.json").replace("\"date\": \"2026-03-10\"", "\"date\": \"" + date + "\"")
                .replace("\"value\": 48000.0", "\"value\": " + value);
    }

    static java.math.BigDecimal total(JsonNode a, String code) {
        for (JsonNode t : a.get("totals")) {
            if (t.get("code").asString().equals(code)) {
                return t.get("amount").decimalValue();
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    static String resource(String name) {
        try (InputStream in = Chapter99ApiIT.class.getResourceAsStream("/tariff/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
