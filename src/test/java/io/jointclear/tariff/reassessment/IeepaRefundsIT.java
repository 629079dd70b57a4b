package io.jointclear.tariff.reassessment;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * IEEPA refunds over HTTP on the real embedded database: a batch sent by the caller, the platform's
 * stored entries by role, CSV, interest only with loaded rates, and the bad inputs.
 */
@DemoUsersIntegrationTest
class IeepaRefundsIT {

    private static final String CROSSING = TestResources.read("clearance/crossing-northbound-tomatoes.json");

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void clients() {
        admin = as("admin");
    }

    /** A US t-shirt entry from Mexico (not USMCA-claimed unless {@code spi}), entered value USD 48,000. */
    static String tshirts(String date, String spi, String code) {
        return """
                {"authority": "US", "type": "01", "customsOffice": "2304", "date": "%s", "currency": "USD",
                 "lines": [{"tariffCode": "%s", "origin": "MX", "quantity": {"value": 2000, "unit": "DZN"},
                            "value": 48000.00, "netWeightKg": 5200 %s}]}"""
                .formatted(date, code, spi == null ? "" : ", \"preference\": \"" + spi + "\"");
    }

    @Test
    void a_mixed_batch_returns_exactly_the_ieepa_duties_of_each_entry() {
        List<String> entries = List.of(
                tshirts("2026-01-15", null, "6109100012"),   // 0: IEEPA 25 % of 48,000
                tshirts("2026-02-23", null, "6109100012"),   // 1: last day of collection
                tshirts("2026-02-10", "S", "6109100012"),    // 2: USMCA-claimed: exempt
                tshirts("2026-02-24", null, "6109100012"),   // 3: collection ended: Section 122 instead
                tshirts("2026-01-15", null, "6109100099"),   // 4: unknown code
                tshirts("2024-12-31", null, "6109100012"),   // 5: before the IEEPA period
                tshirts("2025-10-15", null, "6109100012"));  // 6: 2025, fentanyl IEEPA in force
        Http.Response r = admin.post("/api/v1/tariff/refunds/ieepa", "{\"entries\": [" + String.join(",", entries) + "]}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode e = r.json().get("entries");
        assertThat(e).hasSize(7);
        assertEntry(e.get(0), 0, "12000.00", "12000.00");
        assertThat(e.get(0).get("headings").get(0).asString()).isEqualTo("9903.01.01");
        assertThat(e.get(0).get("currency").asString()).isEqualTo("USD");
        assertEntry(e.get(1), 1, "12000.00", "12000.00");
        assertEntry(e.get(2), 2, "0.00", "0.00");
        assertThat(e.get(2).get("headings")).isEmpty();
        assertEntry(e.get(3), 3, "0.00", "0.00");
        assertThat(e.get(4).get("problem").get("code").asString()).isEqualTo("UNKNOWN_TARIFF_CODE");
        assertThat(e.get(4).get("problem").get("status").asInt()).isEqualTo(404);
        assertThat(e.get(4).has("ieepaPaid")).isFalse();
        assertThat(e.get(5).get("problem").get("code").asString()).isEqualTo("DATE_OUTSIDE_REFUND_PERIOD");
        // EO 14194: 25 % on products of Mexico from 4 Mar 2025 → 48,000 × 25 % (HTSUS 2025 revisions loaded)
        assertEntry(e.get(6), 6, "12000.00", "12000.00");
        assertThat(e.get(6).get("headings").get(0).asString()).isEqualTo("9903.01.01");
        JsonNode total = r.json().get("total");
        assertThat(total.get("ieepaPaid").asString()).isEqualTo("36000.00");
        assertThat(total.get("refundable").asString()).isEqualTo("36000.00");
        assertThat(total.get("entriesWithProblems").asInt()).isEqualTo(2);

        // exactly the IEEPA duties: each figure is the IEEPA total of the assessment endpoint
        for (int i : new int[] {0, 1, 2, 3, 6}) {
            Http.Response a = admin.post("/api/v1/assessments", entries.get(i));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            BigDecimal ieepa = BigDecimal.ZERO;
            for (JsonNode t : a.json().get("totals")) {
                if (t.get("code").asString().equals("IEEPA")) {
                    ieepa = t.get("amount").decimalValue();
                }
            }
            assertThat(new BigDecimal(e.get(i).get("ieepaPaid").asString())).isEqualByComparingTo(ieepa);
        }
    }

    @Test
    void chinese_entries_refund_both_ieepa_orders_exactly() {
        List<String> entries = List.of(
                chinese("2025-04-10"),   // 0: fentanyl 9903.01.24 20 % + reciprocal 9903.01.63 125 %
                chinese("2025-05-20"),   // 1: 20 % + 9903.01.25 10 % (Geneva, EO 14298)
                chinese("2025-11-15"),   // 2: 9903.01.24 10 % (November deal) + 10 %
                chinese("2026-02-24"));  // 3: IEEPA ended: nothing
        Http.Response r = admin.post("/api/v1/tariff/refunds/ieepa", "{\"entries\": [" + String.join(",", entries) + "]}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode e = r.json().get("entries");
        // 48,000 × (20 % + 125 %) = 9,600.00 + 60,000.00; Section 301 list 4A (7.5 %) is not IEEPA and not counted
        assertEntry(e.get(0), 0, "69600.00", "69600.00");
        assertThat(e.get(0).get("headings")).extracting(JsonNode::asString).containsExactly("9903.01.24", "9903.01.63");
        // 48,000 × (20 % + 10 %) = 9,600.00 + 4,800.00
        assertEntry(e.get(1), 1, "14400.00", "14400.00");
        assertThat(e.get(1).get("headings")).extracting(JsonNode::asString).containsExactly("9903.01.24", "9903.01.25");
        // 48,000 × (10 % + 10 %) = 4,800.00 + 4,800.00
        assertEntry(e.get(2), 2, "9600.00", "9600.00");
        assertEntry(e.get(3), 3, "0.00", "0.00");
        assertThat(r.json().get("total").get("ieepaPaid").asString()).isEqualTo("93600.00");
        assertThat(r.json().get("total").get("refundable").asString()).isEqualTo("93600.00");
    }

    /** The same t-shirt entry, made in China (USD 48,000). */
    private static String chinese(String date) {
        return tshirts(date, null, "6109100012").replace("\"origin\": \"MX\"", "\"origin\": \"CN\"");
    }

    @Test
    void a_batch_is_refused_whole_for_mixed_authorities_too_many_or_no_entries() {
        String mx = TestResources.read("tariff/assessment-mx-diesel-usmca.json");
        Http.Response mixed = admin.post("/api/v1/tariff/refunds/ieepa",
                "{\"entries\": [" + tshirts("2026-01-15", null, "6109100012") + "," + mx + "]}");
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(422);
        assertThat(mixed.contentType()).startsWith("application/problem+json");
        assertThat(mixed.json().get("code").asString()).isEqualTo("MIXED_AUTHORITIES");
        assertThat(mixed.json().get("errors").get(0).get("field").asString()).isEqualTo("entries[1].authority");

        String one = tshirts("2026-01-15", null, "6109100012").replace("\n", "");
        Http.Response tooMany = admin.post("/api/v1/tariff/refunds/ieepa",
                "{\"entries\": [" + String.join(",", java.util.Collections.nCopies(10_001, one)) + "]}");
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(413);
        assertThat(tooMany.json().get("code").asString()).isEqualTo("TOO_MANY_ENTRIES");

        assertThat(admin.post("/api/v1/tariff/refunds/ieepa", "{\"entries\": []}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/tariff/refunds/ieepa", "{}").status()).isEqualTo(400);
        Http.Response badAuthority = admin.post("/api/v1/tariff/refunds/ieepa", "{\"entries\": [{\"authority\": \"XX\"}]}");
        assertThat(badAuthority.status()).isEqualTo(400);
        assertThat(badAuthority.json().get("errors").get(0).get("field").asString()).isEqualTo("entries[0].authority");
        assertThat(admin.post("/api/v1/tariff/refunds/ieepa", "{\"entries\": [null]}").status()).isEqualTo(400);
    }

    @Test
    void stored_entries_by_role_as_json_and_csv_with_interest_only_when_every_rate_is_loaded() {
        // nine digits always (a CBP importer number NN-NNNNNNNXX): fewer would be malformed
        String importer = String.format("98-%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        UUID own = file(as("broker"), "3456", "316", "2026-01-20", importer);
        UUID theirs = file(as("broker2"), "3210", "317", "2026-02-02", importer);
        file(as("broker"), "3456", "316", "2026-03-02", importer); // after collection ended: nothing to refund
        String query = "/api/v1/tariff/refunds/ieepa?from=2026-01-01&to=2026-03-31&importer=" + importer;

        JsonNode mine = ok(as("broker").get(query));
        assertThat(mine.get("entries")).hasSize(2);
        assertThat(mine.get("entries").get(0).get("crossingId").asString()).isEqualTo(own.toString());
        // tomatoes, USD 21,600, not USMCA-claimed: IEEPA 25 %
        assertThat(mine.get("entries").get(0).get("ieepaPaid").asString()).isEqualTo("5400.00");
        assertThat(mine.get("entries").get(1).get("refundable").asString()).isEqualTo("0.00");
        assertThat(mine.get("total").get("refundable").asString()).isEqualTo("5400.00");
        JsonNode others = ok(as("broker2").get(query));
        assertThat(others.get("entries")).hasSize(1);
        assertThat(others.get("entries").get(0).get("crossingId").asString()).isEqualTo(theirs.toString());
        for (String official : List.of("analyst", "auditor", "admin")) {
            JsonNode all = ok(as(official).get(query));
            assertThat(all.get("entries")).as(official).hasSize(3);
            assertThat(all.get("total").get("refundable").asString()).isEqualTo("10800.00");
        }
        for (String refused : List.of("carrier", "officer-us", "officer-mx")) {
            Http.Response r = as(refused).get(query);
            assertThat(r.status()).as(refused).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(new Http(port).get(query).status()).isEqualTo(401);

        // without every quarterly rate: no interest, and the answer says which quarter is missing
        JsonNode before = ok(as("analyst").get(query));
        assertThat(before.get("interest").get("computed").asBoolean()).isFalse();
        assertThat(before.get("interest").get("missingQuarters").get(0).asString()).isEqualTo("2026-01-01");
        assertThat(before.get("total").get("interest").isNull()).isTrue();
        assertThat(before.get("entries").get(0).has("interest")).isFalse();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BigDecimal rate = new BigDecimal("6.000"); // a test figure, not a published rate
        for (LocalDate q = LocalDate.of(2026, 1, 1); !q.isAfter(today); q = q.plusMonths(3)) {
            Http.Response loaded = admin.post("/api/v1/tariff/refunds/interest-rates", """
                    {"quarterStart": "%s", "rate": %s, "legalBasis": "test fixture", "source": "IeepaRefundsIT"}"""
                    .formatted(q, rate));
            assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        }
        JsonNode after = ok(as("analyst").get(query));
        assertThat(after.get("interest").get("computed").asBoolean()).isTrue();
        long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 20), today);
        BigDecimal expected = new BigDecimal("5400.00").multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.HALF_UP);
        if (today.getYear() == 2026) {
            assertThat(after.get("entries").get(0).get("interest").asString()).isEqualTo(expected.toPlainString());
        }
        assertThat(after.get("entries").get(2).get("interest").asString()).isEqualTo("0.00");

        Http.Response csv = as("analyst").header("Accept", "text/csv").get(query);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).startsWith("index,crossingId,number,importer,date,currency,ieepaPaid,refundable");
        assertThat(rows[1]).contains(own.toString(), importer, "2026-01-20", "5400.00", "9903.01.01");
        assertThat(rows[4]).startsWith("TOTAL").contains("10800.00");
        Http.Response csv2 = as("broker").get(query + "&format=csv");
        assertThat(csv2.contentType()).startsWith("text/csv");
        assertThat(csv2.body().split("\r\n")).hasSize(4);
    }

    @Test
    void bad_periods_and_rates_are_problems() {
        Http analyst = as("analyst");
        assertThat(analyst.get("/api/v1/tariff/refunds/ieepa?to=2026-01-01").status()).isEqualTo(400);
        Http.Response reversed = analyst.get("/api/v1/tariff/refunds/ieepa?from=2026-02-01&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").get(0).get("code").asString()).isEqualTo("INVALID_PERIOD");
        assertThat(analyst.get("/api/v1/tariff/refunds/ieepa?from=2020-01-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/tariff/refunds/ieepa?from=2026-01-01&to=2026-01-31&format=xml").status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/tariff/refunds/ieepa?from=2026-13-01&to=2026-01-31").status()).isEqualTo(400);

        String good = "{\"quarterStart\": \"2025-04-01\", \"rate\": 7, \"legalBasis\": \"x\", \"source\": \"y\"}";
        assertThat(analyst.post("/api/v1/tariff/refunds/interest-rates", good).status()).isEqualTo(403);
        Http.Response notQuarter = admin.post("/api/v1/tariff/refunds/interest-rates", good.replace("04-01", "05-01"));
        assertThat(notQuarter.status()).isEqualTo(400);
        assertThat(notQuarter.json().get("errors").get(0).get("code").asString()).isEqualTo("NOT_A_QUARTER");
        assertThat(admin.post("/api/v1/tariff/refunds/interest-rates", good.replace("\"rate\": 7", "\"rate\": -1")).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/v1/tariff/refunds/interest-rates", good.replace("\"rate\": 7", "\"rate\": 1e9")).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/v1/tariff/refunds/interest-rates", good.replace("\"x\"", "\"\"")).status()).isEqualTo(400);
    }

    /** Files the tomatoes crossing for an agency with the US entry dated {@code date}, not USMCA-claimed. */
    private UUID file(Http broker, String patente, String filerCode, String date, String importer) {
        int seq = TestNumbers.next();
        String body = CROSSING.replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", patente, seq))
                .replace("\"filer\": \"3456\"", "\"filer\": \"" + patente + "\"")
                .replace("31600042712", DeclarationNumbers.usEntry(filerCode, seq))
                .replace("\"filer\": \"316\"", "\"filer\": \"" + filerCode + "\"")
                .replace("\"preference\": \"S\",", "")
                .replace("12-345678900", importer)
                .replace("\"date\": \"2026-03-10\"", "\"date\": \"" + date + "\"");
        Http.Response r = broker.header("Idempotency-Key", "refund-" + UUID.randomUUID()).post("/api/v1/crossings", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    private static void assertEntry(JsonNode e, int index, String paid, String refundable) {
        assertThat(e.get("index").asInt()).isEqualTo(index);
        assertThat(e.has("problem")).as(e.toString()).isFalse();
        assertThat(e.get("ieepaPaid").asString()).isEqualTo(paid);
        assertThat(e.get("refundable").asString()).isEqualTo(refundable);
    }

    private static JsonNode ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private Http as(String user) {
        return new Http(port).as(user, user);
    }

}
