package io.jointclear.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import io.jointclear.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The shipped reference data, loaded into the embedded PostgreSQL and answered over HTTP. */
@IntegrationTest
class ReferenceDataIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void loadsEveryDatasetWithPlausibleCounts() {
        assertThat(count("reference.hs_section")).isEqualTo(21);
        assertThat(count("reference.hs_nomenclature WHERE level = 2")).isEqualTo(97);
        assertThat(count("reference.hs_nomenclature WHERE level = 6")).isEqualTo(5613);
        // 43 HTSUS revisions (2025 basic to 2026 rev 10) stored as line versions, not 43 copies of ~24,000 lines
        assertThat(count("reference.us_tariff_line WHERE revision IN "
                + "(SELECT revision FROM reference.us_hts_revision WHERE origin = 'shipped')")).isEqualTo(70156);
        assertThat(count("reference.us_hts_revision WHERE origin = 'shipped'")).isEqualTo(43);
        assertThat(count("reference.mx_tariff_line WHERE catalogue LIKE 'CCE 2.0%'")).isEqualTo(11519);
        assertThat(count("reference.country")).isEqualTo(249);
        assertThat(count("reference.currency WHERE code IN ('MXN', 'USD', 'CAD') AND NOT withdrawn")).isEqualTo(3);
        assertThat(count("reference.mx_aduana")).isEqualTo(50);
        assertThat(count("reference.us_port WHERE code = '2304'")).isEqualTo(1);
        assertThat(count("reference.us_land_port")).isEqualTo(28);
        assertThat(count("reference.port_pair WHERE mx_customs_office = '240' AND us_port = '2304'")).isEqualTo(1);
        assertThat(count("reference.unlocode WHERE country = 'MX' AND location = 'NLD'")).isEqualTo(1);
        assertThat(count("reference.fx_usd_mxn WHERE origin = 'shipped'")).isEqualTo(8556);
        assertThat(jdbc.queryForObject("SELECT name_es FROM reference.country WHERE alpha2 = 'MX'", String.class))
                .isEqualTo("México");
    }

    @Test
    void datasetRegistryReportsUnparseableHtsusRatesInsteadOfDroppingThem() {
        JsonNode datasets = http.get("/api/v1/reference/datasets").json();
        JsonNode htsus = null;
        for (JsonNode d : datasets) {
            if (d.get("name").asString().equals("htsus")) {
                htsus = d;
            }
        }
        assertThat(htsus).isNotNull();
        assertThat(htsus.get("notes").get("unparsedRateCells").asInt()).isPositive();
        // one entry per unparsed text; a special cell can hold several unparsed groups
        assertThat(htsus.get("notes").get("unparsedRates").size()).isGreaterThanOrEqualTo(htsus.get("notes").get("unparsedRateCells").asInt());
        assertThat(htsus.get("notes").get("coverage").asDouble()).isGreaterThan(0.995);
    }

    @Test
    void answersTheContractExampleOfFreshRomaTomatoes() {
        Http.Response response = http.get("/api/v1/reference/tariff/US/0702002032?date=2026-03-10");
        assertThat(response.status()).isEqualTo(200);
        JsonNode line = response.json();
        assertThat(line.get("units").get(0).asString()).isEqualTo("KGM");
        JsonNode general = line.get("rates").get("general");
        assertThat(general.get("text").asString()).isEqualTo("3.9¢/kg");
        assertThat(general.get("components").get(0).get("amount").decimalValue()).isEqualByComparingTo("0.039");
        assertThat(general.get("components").get(0).get("unit").asString()).isEqualTo("KGM");
        JsonNode usmca = line.get("rates").get("special").get(0);
        assertThat(usmca.get("programs").toString()).contains("\"S\"");
        assertThat(usmca.get("rate").get("type").asString()).isEqualTo("FREE");
        assertThat(line.get("rates").get("column2").get("text").asString()).isEqualTo("6.6¢/kg");
    }

    @Test
    void answersMexicanLinesWithTheirUnitAndSaysWhenNoRateIsLoaded() {
        JsonNode tomatoes = http.get("/api/v1/reference/tariff/MX/0702000304?date=2026-03-10").json();
        assertThat(tomatoes.get("description").asString()).isEqualTo("Tomate roma (saladette)");
        assertThat(tomatoes.get("units").get(0).asString()).isEqualTo("KGM");
        assertThat(tomatoes.get("tariffUnits").get(0).asString()).isEqualTo("KILO");
        // a fracción no test imports a rate for
        JsonNode line = http.get("/api/v1/reference/tariff/MX/9401610100?date=2026-03-10").json();
        assertThat(line.get("units").get(0).asString()).isEqualTo("C62");
        assertThat(line.get("rates").get("status").asString()).isEqualTo("NOT_LOADED");
    }

    @Test
    void unknownMalformedAndOutOfRangeCodesAreProblemsNotErrors() {
        Http.Response unknown = http.get("/api/v1/reference/tariff/US/0000000000?date=2026-03-10");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("tariffCode");
        assertThat(unknown.json().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_TARIFF_CODE");

        Http.Response malformed = http.get("/api/v1/reference/tariff/US/0702.00.20?date=2026-03-10");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("MALFORMED_TARIFF_CODE");

        Http.Response beforeEdition = http.get("/api/v1/reference/tariff/US/0702002032?date=2024-12-31");
        assertThat(beforeEdition.status()).isEqualTo(422);
        assertThat(beforeEdition.json().get("code").asString()).isEqualTo("DATE_OUTSIDE_REFERENCE_DATA");

        Http.Response badDate = http.get("/api/v1/reference/tariff/US/0702002032?date=10/03/2026");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("date");

        Http.Response missingDate = http.get("/api/v1/reference/tariff/US/0702002032");
        assertThat(missingDate.status()).isEqualTo(400);
        assertThat(missingDate.json().get("errors").get(0).get("code").asString()).isEqualTo("REQUIRED");

        Http.Response badAuthority = http.get("/api/v1/reference/tariff/CA/0702002032?date=2026-03-10");
        assertThat(badAuthority.status()).isEqualTo(400);
        assertThat(badAuthority.json().get("errors").get(0).get("field").asString()).isEqualTo("authority");
    }

    @Test
    void mexicanCodeOfAnEarlierEditionIsNotInForceToday() {
        String code = jdbc.queryForObject("""
                SELECT tariff_code FROM reference.mx_tariff_line h WHERE catalogue LIKE 'CCE 1.1%'
                AND NOT EXISTS (SELECT 1 FROM reference.mx_tariff_line c WHERE c.tariff_code = h.tariff_code AND c.catalogue LIKE 'CCE 2.0%')
                ORDER BY tariff_code LIMIT 1
                """, String.class);
        Http.Response today = http.get("/api/v1/reference/tariff/MX/" + code + "?date=2026-03-10");
        assertThat(today.status()).isEqualTo(422);
        assertThat(today.json().get("code").asString()).isEqualTo("TARIFF_CODE_NOT_IN_FORCE");
        assertThat(http.get("/api/v1/reference/tariff/MX/" + code + "?date=2021-06-01").status()).isEqualTo(200);
    }

    @Test
    void exchangeRateFollowsTheDofPublicationRule() {
        // Monday 10 March 2025: the rate published in the DOF on Friday 7 March, determined Thursday 6 March.
        JsonNode monday = http.get("/api/v1/reference/exchange-rates/USD/MXN?date=2025-03-10").json();
        assertThat(monday.get("determinationDate").asString()).isEqualTo("2025-03-06");
        assertThat(monday.get("publicationDate").asString()).isEqualTo("2025-03-07");
        assertThat(monday.get("rate").decimalValue()).isEqualByComparingTo(rateDeterminedOn("2025-03-06"));
        assertThat(monday.get("legalBasis").asString()).contains("art. 20");

        // Sunday 9 March 2025 is governed by the same publication.
        JsonNode sunday = http.get("/api/v1/reference/exchange-rates/USD/MXN?date=2025-03-09").json();
        assertThat(sunday.get("publicationDate").asString()).isEqualTo("2025-03-07");

        Http.Response outside = http.get("/api/v1/reference/exchange-rates/USD/MXN?date=2026-03-10");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("code").asString()).isEqualTo("DATE_OUTSIDE_REFERENCE_DATA");

        Http.Response otherPair = http.get("/api/v1/reference/exchange-rates/EUR/MXN?date=2025-03-10");
        assertThat(otherPair.status()).isEqualTo(404);
    }

    @Test
    void servesPortPairsOpenApiAndHealth() {
        assertThat(http.get("/api/v1/reference/port-pairs").json().toString()).contains("\"mxCustomsOffice\":\"240\"");
        Http.Response apiDocs = http.get("/v3/api-docs");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/v1/reference/tariff/{authority}/{tariffCode}");
        assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    private BigDecimal rateDeterminedOn(String date) {
        return jdbc.queryForObject("SELECT rate FROM reference.fx_usd_mxn WHERE determination_date = CAST(? AS date)",
                BigDecimal.class, date);
    }

    private int count(String from) {
        return jdbc.queryForObject("SELECT count(*) FROM " + from, Integer.class);
    }
}
