package io.jointclear.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile with its demonstration rates: a DEMO IGI/IGE rate for every fracción the simulator
 * ships and DEMO FIX rates up to today, stored through the normal imports and flagged wherever an
 * amount depends on them; a crossing filed for today is assessed on both sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jointclear.demo.reference-data=true")
@ActiveProfiles({"test", "demo"})
class DemoReferenceDataIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Http admin;
    Http broker;

    @BeforeEach
    void clients() {
        admin = new Http(port).as("admin", "admin");
        broker = new Http(port).as("broker", "broker");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void everyFraccionOfTheSimulatorHasADemoRateMarkedAsSuch() {
        Stream.concat(DemoProducts.NORTHBOUND.stream(), DemoProducts.SOUTHBOUND.stream()).map(p -> p.mxCode().substring(0, 8))
                .distinct().forEach(fraccion -> assertThat(jdbc.queryForList(
                        "SELECT source || '/' || origin FROM reference.mx_tariff_rate WHERE fraccion = ?", String.class, fraccion))
                        .as("rates of fracción " + fraccion).containsExactly("DEMO/demo"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.mx_tariff_rate WHERE origin <> 'demo' OR source <> 'DEMO'",
                Integer.class)).as("only the demo rows: the shipped seed is empty").isZero();
    }

    @Test
    void fixRatesGoUpToTodayAfterTheRealSeriesAndNameTheirDemoSource() {
        LocalDate lastReal = jdbc.queryForObject("SELECT max(determination_date) FROM reference.fx_usd_mxn WHERE origin = 'shipped'",
                LocalDate.class);
        LocalDate firstDemo = jdbc.queryForObject("SELECT min(determination_date) FROM reference.fx_usd_mxn WHERE origin = 'demo'",
                LocalDate.class);
        LocalDate lastDemo = jdbc.queryForObject("SELECT max(determination_date) FROM reference.fx_usd_mxn WHERE origin = 'demo'",
                LocalDate.class);
        assertThat(firstDemo).isAfter(lastReal);
        assertThat(lastDemo).isAfterOrEqualTo(today().minusDays(4)).isBeforeOrEqualTo(today());

        JsonNode now = admin.get("/api/v1/reference/exchange-rates/USD/MXN?date=" + today()).json();
        assertThat(now.get("source").asString()).startsWith("DEMO");
        assertThat(now.get("rate").decimalValue()).isBetween(new java.math.BigDecimal("15"), new java.math.BigDecimal("22"));
        JsonNode real = admin.get("/api/v1/reference/exchange-rates/USD/MXN?date=" + lastReal.minusDays(20)).json();
        assertThat(real.get("source").asString()).startsWith("Banco de México");
    }

    @Test
    void theUsMpfOfAFiscalYearNotLoadedIsCarriedForwardAsDemo() {
        assertThat(jdbc.queryForList("SELECT rule_id || ' ' || valid_from || ' ' || coalesce(valid_to::text, 'open') || ' ' || confidence"
                + " FROM tariff.measure WHERE source = 'DEMO'", String.class)).containsExactly("US.MPF 2026-10-01 open LOW");
        String entry = "{\"authority\":\"US\",\"type\":\"01\",\"customsOffice\":\"2304\",\"date\":\"" + today() + "\",\"currency\":\"USD\","
                + "\"lines\":[{\"tariffCode\":\"8471300100\",\"description\":\"Laptops\",\"origin\":\"MX\","
                + "\"quantity\":{\"value\":100,\"unit\":\"NO\"},\"value\":50000.00}]}";
        Http.Response r = admin.post("/api/v1/assessments", entry);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("warnings").toString()).contains("DEMO_REFERENCE_DATA", "US.MPF");
        assertThat(r.json().get("totals").toString()).contains("MPF");
    }

    @Test
    void aCrossingFiledForTodayIsAssessedOnBothSidesAndItsMexicanAmountsAreFlagged() throws IOException {
        String body = resource("clearance/crossing-northbound-tomatoes.json")
                .replace("2026-03-10T14:30:00-06:00", today() + "T14:30:00-06:00")
                .replace("2026-03-10", today().toString())
                .replace("262434566001234", String.format("%02d2434566%06d", today().getYear() % 100, Math.floorMod(UUID.randomUUID()
                        .getLeastSignificantBits(), 1_000_000L)));
        Http.Response filed = broker.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode mx = declaration(filed.json(), "MX");
        JsonNode us = declaration(filed.json(), "US");
        assertThat(mx.get("assessmentStatus").asString()).as(mx.toString()).isEqualTo("ASSESSED");
        assertThat(us.get("assessmentStatus").asString()).as(us.toString()).isEqualTo("ASSESSED");
        assertThat(mx.get("assessment").get("warnings").toString()).contains("DEMO_REFERENCE_DATA", "source DEMO");
        assertThat(mx.get("assessment").get("exchangeRateSource").get("source").asString()).startsWith("DEMO");
        assertThat(us.get("assessment").get("warnings").toString()).doesNotContain("DEMO_REFERENCE_DATA");
    }

    private static JsonNode declaration(JsonNode crossing, String authority) {
        for (JsonNode d : crossing.get("declarations")) {
            if (authority.equals(d.get("authority").asString())) {
                return d;
            }
        }
        throw new AssertionError("no " + authority + " declaration in " + crossing);
    }

    static String resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
