package io.jointclear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Administrators' imports of Mexican IGI/IGE rates and of newer Banxico FIX rates. The fracciones and
 * rates below are test inputs chosen to exercise the rules, not tariff data.
 */
@io.jointclear.support.DemoUsersIntegrationTest
class ReferenceImportsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TariffCatalogue catalogue;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port).as("admin", "admin");
    }

    @Test
    void importsGoodRateRowsReportsBadOnesAndIsIdempotent() {
        String csv = """
                fraccion,igi,ige,valid_from,valid_to,source
                85171301,5,Ex.,2026-01-01,,test fixture A
                8517629,5,Ex.,2026-01-01,,too short
                12345678,5,Ex.,2026-01-01,,not in TIGIE
                85171301,abc,Ex.,2026-01-01,,bad rate
                85171301,10,Ex.,2026-02-30,,bad date
                85171301,10,Ex.,2026-03-01,2026-02-01,reversed
                85171301,10,Ex.,2026-01-01,,
                """;
        JsonNode first = http.put("/api/v1/reference/tariff/MX/rates", "text/csv", csv).json();
        assertThat(first.get("read").asInt()).isEqualTo(7);
        assertThat(first.get("stored").asInt()).isEqualTo(1);
        assertThat(first.get("rejected").asInt()).isEqualTo(6);
        assertThat(first.get("rejections").toString())
                .contains("MALFORMED_FRACCION", "UNKNOWN_FRACCION", "MALFORMED_RATE", "MALFORMED_DATE", "PERIOD_REVERSED",
                        "SOURCE_REQUIRED", "line[3].fraccion", "line[8].source");

        JsonNode again = http.put("/api/v1/reference/tariff/MX/rates", "text/csv", csv).json();
        assertThat(again.get("stored").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.mx_tariff_rate WHERE fraccion = '85171301'", Integer.class))
                .isEqualTo(1);

        JsonNode line = http.get("/api/v1/reference/tariff/MX/8517130100?date=2026-03-10").json();
        assertThat(line.get("rates").get("igi").get("components").get(0).get("percent").decimalValue()).isEqualByComparingTo("5");
        assertThat(line.get("rates").get("ige").get("type").asString()).isEqualTo("FREE");
        assertThat(line.get("rateSource").asString()).isEqualTo("test fixture A");
    }

    @Test
    void aNewPeriodClosesTheOpenRateAndOverlapsAreRejected() {
        put("fraccion,igi,ige,valid_from,valid_to,source\n84713001,0,Ex.,2025-01-01,,fixture 2025\n");
        JsonNode next = put("fraccion,igi,ige,valid_from,valid_to,source\n84713001,35,Ex.,2026-01-01,,fixture 2026\n");
        assertThat(next.get("stored").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT valid_to::text FROM reference.mx_tariff_rate WHERE fraccion = '84713001' AND valid_from = '2025-01-01'",
                String.class)).isEqualTo("2025-12-31");

        assertThat(igiPercent("8471300199", "2025-12-31")).isEqualTo("0");
        assertThat(igiPercent("8471300199", "2026-01-01")).isEqualTo("35");

        JsonNode overlap = put("fraccion,igi,ige,valid_from,valid_to,source\n84713001,20,Ex.,2025-06-01,2025-06-30,fixture overlap\n");
        assertThat(overlap.get("stored").asInt()).isZero();
        assertThat(overlap.get("rejections").get(0).get("code").asString()).isEqualTo("OVERLAPPING_PERIOD");
    }

    @Test
    void malformedCsvIsAProblemNamingTheHeader() {
        JsonNode result = put("code,rate\n85176299,5\n");
        assertThat(result.get("rejections").get(0).get("code").asString()).isEqualTo("MISSING_COLUMNS");
    }

    @Test
    void fixImportExtendsCoverageAndRejectsAChangedPublishedRate() {
        // Test values for days after the shipped series ends (25 Nov 2025).
        String csv = "date,mxn_per_usd_fix\n2025-11-26,18.3000\n2025-11-27,18.3100\n";
        JsonNode result = http.put("/api/v1/reference/exchange-rates/USD/MXN", "text/csv", csv).json();
        assertThat(result.get("stored").asInt()).isEqualTo(2);

        JsonNode friday = http.get("/api/v1/reference/exchange-rates/USD/MXN?date=2025-11-28").json();
        assertThat(friday.get("determinationDate").asString()).isEqualTo("2025-11-26");
        assertThat(friday.get("publicationDate").asString()).isEqualTo("2025-11-27");
        assertThat(friday.get("rate").decimalValue()).isEqualByComparingTo("18.3000");
        assertThat(jdbc.queryForObject("SELECT publication_date::text FROM reference.fx_usd_mxn WHERE determination_date = '2025-11-25'",
                String.class)).isEqualTo("2025-11-26");

        assertThat(http.put("/api/v1/reference/exchange-rates/USD/MXN", "text/csv", csv).json().get("alreadyPresent").asInt())
                .isEqualTo(2);

        Http.Response changed = http.put("/api/v1/reference/exchange-rates/USD/MXN", "text/csv",
                "date,mxn_per_usd_fix\n2025-11-26,18.9999\n2025-11-29,18.5000\n");
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.json().get("errors").toString()).contains("FIX_ALREADY_PUBLISHED", "NOT_A_BANKING_DAY");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.fx_usd_mxn WHERE determination_date = '2025-11-29'", Integer.class))
                .isZero();

        Http.Response garbage = http.put("/api/v1/reference/exchange-rates/USD/MXN", "text/csv", "hello");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("code").asString()).isEqualTo("MALFORMED_CSV");
    }

    private JsonNode put(String csv) {
        return http.put("/api/v1/reference/tariff/MX/rates", "text/csv", csv).json();
    }

    private String igiPercent(String code, String date) {
        return catalogue.line(io.jointclear.shared.Authority.MX, code, java.time.LocalDate.parse(date)).general()
                .orElseThrow().components().getFirst() instanceof RateComponent.AdValorem a ? a.percent().toPlainString() : "?";
    }
}
