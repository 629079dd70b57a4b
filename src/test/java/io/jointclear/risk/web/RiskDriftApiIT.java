package io.jointclear.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.Selectivity;
import io.jointclear.risk.model.SyntheticJournal;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18 over HTTP and SQL: weekly drift by segment with stored alerts, the propensity and pick kind each
 * journalled lane decision keeps, and recovered amounts with inspection outcomes.
 */
@DemoUsersIntegrationTest
class RiskDriftApiIT {

    /** A Monday in 2019, far from the other tests' journal. */
    private static final Instant WEEK = Instant.parse("2019-03-04T00:00:00Z");
    private static final String SHIFTING = "240-2304"; // laptops from CN whose scores jump in the measured week
    private static final String COLLAPSING = "230-2301"; // knitwear from VN whose hit rate falls from 50 % to 5 %

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Selectivity selectivity;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aShiftedSegmentAndACollapsedHitRateRaiseStoredAlertsForOfficialsOnly() {
        List<UUID> inserted = new ArrayList<>();
        try {
            for (int week = -8; week <= 0; week++) {
                Instant monday = WEEK.plus(Duration.ofDays(7L * week));
                for (int i = 0; i < 40; i++) {
                    // laptops: low scores in the baseline, high ones in the measured week; half inspected, 25 % hits
                    inserted.add(insert(monday.plusSeconds(600L * i), "8471300100", "CN", SHIFTING, week == 0 ? 5.0 : 0.5,
                            i % 2 == 0 ? (Boolean) (i % 8 == 0) : null));
                    // knitwear: steady scores; half inspected, 50 % hits before, 1 in 20 in the measured week
                    Boolean hit = i % 2 == 1 ? null : week == 0 ? (Boolean) (i == 0) : (Boolean) (i % 4 == 0);
                    inserted.add(insert(monday.plusSeconds(600L * i + 60), "6109100000", "VN", COLLAPSING, 0.5, hit));
                }
            }
            Http analyst = new Http(port).as("analyst", "analyst");
            Http.Response report = analyst.get("/api/v1/risk/drift?week=2019-03-06");
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertThat(report.json().get("week").asString()).isEqualTo("2019-03-04");
            assertThat(report.json().get("baselineFrom").asString()).isEqualTo("2019-01-07");
            assertThat(report.json().get("declarations").asLong()).isEqualTo(80);
            assertThat(report.json().get("baselineDeclarations").asLong()).isEqualTo(640);
            JsonNode laptops = segment(report.json(), SHIFTING);
            assertThat(laptops.get("segment").get("hsChapter").asString()).isEqualTo("84");
            assertThat(laptops.get("segment").get("origin").asString()).isEqualTo("CN");
            assertThat(laptops.get("psi").asDouble()).isGreaterThan(0.25);
            assertThat(laptops.get("alerts").toString()).contains("POPULATION_SHIFT").doesNotContain("HIT_RATE_COLLAPSE");
            JsonNode knitwear = segment(report.json(), COLLAPSING);
            assertThat(knitwear.get("psi").asDouble()).isZero(); // the same score mix as the baseline
            assertThat(knitwear.get("hitShare").asDouble()).isEqualTo(0.05);
            assertThat(knitwear.get("baselineHitShare").asDouble()).isEqualTo(0.5);
            assertThat(knitwear.get("alerts").toString()).contains("HIT_RATE_COLLAPSE").doesNotContain("POPULATION_SHIFT");

            // the check stores the alerts once; analysts list them; brokers and carriers are refused
            Http.Response checked = analyst.post("/api/v1/risk/drift/check?week=2019-03-04", "");
            assertThat(checked.status()).as(checked.body()).isEqualTo(200);
            assertThat(checked.json().size()).isEqualTo(2);
            assertThat(analyst.post("/api/v1/risk/drift/check?week=2019-03-10", "").json().size()).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM risk.drift_alert WHERE week = '2019-03-04'", Integer.class)).isEqualTo(2);
            Http.Response listed = new Http(port).as("auditor", "auditor").get("/api/v1/risk/drift/alerts?from=2019-03-01");
            assertThat(listed.body()).contains("POPULATION_SHIFT").contains("HIT_RATE_COLLAPSE").contains(SHIFTING);
            // the analyst console shows the week's segments and alerts in Spanish and in English
            String es = consolePage("analyst", "/console/analyst/drift?week=2019-03-04&lang=es");
            assertThat(es).contains("04/03/2019").contains("Cambio de población").contains("Caída de la tasa de hallazgos")
                    .contains(SHIFTING).doesNotContain("??");
            String en = consolePage("analyst", "/console/analyst/drift?week=2019-03-04&fragment=panel&lang=en");
            assertThat(en).contains("2019-03-04").contains("Population shift").contains("Hit rate collapsed").doesNotContain("??");
            for (String trader : List.of("broker", "carrier")) {
                Http.Response refused = new Http(port).as(trader, trader).get("/api/v1/risk/drift?week=2019-03-04");
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.contentType()).contains("problem+json");
            }
            assertThat(new Http(port).as("officer-mx", "officer-mx").post("/api/v1/risk/drift/check?week=2019-03-04", "").status())
                    .isEqualTo(403);
        } finally {
            jdbc.update("DELETE FROM risk.drift_alert WHERE week = '2019-03-04'");
            inserted.forEach(id -> jdbc.update("DELETE FROM risk.selection WHERE crossing_id = ?", id));
        }
    }

    @Test
    void badDriftParametersAreProblems() {
        Http analyst = new Http(port).as("analyst", "analyst");
        for (String path : List.of("/api/v1/risk/drift?week=2019-13-01", "/api/v1/risk/drift?week=1900-01-01",
                "/api/v1/risk/drift/alerts?limit=0", "/api/v1/risk/drift/alerts?limit=100000", "/api/v1/risk/drift/alerts?from=x")) {
            Http.Response r = analyst.get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).contains("problem+json");
        }
    }

    @Test
    void eachLaneDecisionKeepsItsPropensityAndInspectionsTheirRecoveredAmount() {
        UUID id = UUID.randomUUID();
        SelectionRequest request = new SelectionRequest(id, List.of(SyntheticJournal.declaration(Authority.MX, "DRIFT-IT",
                "8471300100", "CN", 12_000)), List.of("QUANTITY_MISMATCH"), false, null, Map.of(SelectionRequest.PORT_PAIR, "240-2304"));
        transactions.executeWithoutResult(tx -> selectivity.select(request));
        Map<String, Object> row = jdbc.queryForMap("SELECT lane, propensity, pick, port_pair FROM risk.selection WHERE crossing_id = ?", id);
        // a physical cross-check mismatch forces RED: a targeted inspection, propensity 1
        assertThat(row.get("lane")).isEqualTo("RED");
        assertThat(row.get("propensity")).isEqualTo(1.0);
        assertThat(row.get("pick")).isIn("TARGETED", "RANDOM");
        assertThat(row.get("port_pair")).isEqualTo("240-2304");

        Http officer = new Http(port).as("officer-mx", "officer-mx");
        String base = "{\"crossingId\":\"" + id + "\",\"authority\":\"MX\",";
        for (String bad : List.of(base + "\"hit\":true,\"recovered\":-1}", base + "\"hit\":true,\"recovered\":1e13}",
                base + "\"hit\":true,\"recovered\":1.001}", base + "\"hit\":false,\"recovered\":50}")) {
            Http.Response r = officer.post("/api/v1/risk/outcomes", bad);
            assertThat(r.status()).as(bad + " " + r.body()).isEqualTo(400);
        }
        assertThat(jdbc.queryForMap("SELECT hit, recovered FROM risk.selection WHERE crossing_id = ?", id).get("hit")).isNull();
        assertThat(officer.post("/api/v1/risk/outcomes", base + "\"hit\":true,\"recovered\":18250.50}").status()).isEqualTo(202);
        assertThat(officer.post("/api/v1/risk/outcomes", base + "\"hit\":true,\"recovered\":100}").status()).isEqualTo(202);
        Map<String, Object> outcome = jdbc.queryForMap("SELECT hit, recovered FROM risk.selection WHERE crossing_id = ?", id);
        assertThat(outcome.get("hit")).isEqualTo(true);
        assertThat(outcome.get("recovered")).isEqualTo(new java.math.BigDecimal("18250.50")); // the larger amount is kept
        jdbc.update("DELETE FROM risk.selection WHERE crossing_id = ?", id);
    }

    /** Signs in to the console through its login form and answers a page. */
    private String consolePage(String user, String path) {
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
            String login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/console/login"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "&_csrf="
                            + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return page.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private UUID insert(Instant at, String hs, String origin, String portPair, double score, Boolean hit) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO risk.selection (crossing_id, authority, declaration, cross_checks, fast_driver, lane, score, policy,
                    reasons, selected_at, hit, propensity, pick, port_pair)
                VALUES (?, 'MX', ?, '', false, 'GREEN', ?, 'drift-it', '{}', ?, ?, 1.0, 'NONE', ?)
                """, id, json.writeValueAsString(SyntheticJournal.declaration(Authority.MX, "DRIFT", hs, origin, 5_000)), score,
                Timestamp.from(at), hit, portPair);
        return id;
    }

    private static JsonNode segment(JsonNode report, String portPair) {
        for (JsonNode s : report.get("segments")) {
            if (portPair.equals(s.get("segment").get("portPair").asString())) {
                return s;
            }
        }
        throw new AssertionError("no segment " + portPair + " in " + report);
    }
}
