package io.jointclear.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.RiskOutcomes;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.Selectivity;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@DemoUsersIntegrationTest
class RiskApiIT {

    private static final String RULE = """
            {"ruleId":"%s","authority":"MX","description":"Diesel declared as lubricant from a new importer",
             "when":[{"attribute":"hs","operator":"PREFIX","values":["271019"]},
                     {"attribute":"partyAgeDays","operator":"LT","values":["90"]}],
             "weight":%s,"lane":"YELLOW","validFrom":"2026-01-01T00:00:00Z","status":"%s","reason":"intelligence note 12"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Selectivity selectivity;

    @Autowired
    RiskOutcomes outcomes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void selectionsStoredBeforeScoresExistedStillRead() {
        // the JSON clearance stored with the first policy: no score, no contributions
        String old = """
                {"lanes":{"MX":{"authority":"MX","lane":"GREEN","reasons":[{"rule":"NO_RULE_HIT","lane":"GREEN",
                 "explanation":"No rule hit"}]}},"policy":"first-policy/1"}
                """;
        Selection s = json.readValue(old, Selection.class);
        assertThat(s.lanes().get(Authority.MX).score()).isZero();
        assertThat(s.lanes().get(Authority.MX).contributions()).isEmpty();
        Selection now = json.readValue(json.writeValueAsString(s), Selection.class);
        assertThat(now).isEqualTo(s);
    }

    @Test
    void onlyAnAdministratorChangesRulesEveryVersionIsKeptAndAudited() {
        Http admin = new Http(port).as("admin", "admin");
        Http analyst = new Http(port).as("analyst", "analyst");
        String id = "FUEL_TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();

        Http.Response refused = analyst.post("/api/v1/risk/rules", RULE.formatted(id, "2.5", "ACTIVE"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("problem+json");

        Http.Response first = admin.post("/api/v1/risk/rules", RULE.formatted(id, "2.5", "DRAFT"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("text").asString()).isEqualTo("IF hs PREFIX [271019] AND partyAgeDays LT [90] THEN YELLOW weight 2.5");

        Http.Response second = admin.post("/api/v1/risk/rules", RULE.formatted(id, "3.0", "ACTIVE"));
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        Http.Response retired = admin.post("/api/v1/risk/rules/" + id + "/retire", "{\"reason\":\"superseded\"}");
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(retired.json().get("version").asInt()).isEqualTo(3);

        Http.Response versions = analyst.get("/api/v1/risk/rules?ruleId=" + id);
        assertThat(versions.json().size()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = 'RISK_RULE_CHANGED' AND subject_id = ?",
                Integer.class, id)).isEqualTo(3);

        Http.Response unknown = admin.post("/api/v1/risk/rules/NO_SUCH_RULE_X/retire", "{}");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void anInvalidRuleListsEveryProblem() {
        Http admin = new Http(port).as("admin", "admin");
        Http.Response bad = admin.post("/api/v1/risk/rules", """
                {"ruleId":"bad id","authority":"XX","when":[{"attribute":"colour","operator":"EQ","values":["red"]},
                 {"attribute":"valueUsd","operator":"GT","values":["lots"]}],
                 "validFrom":"2026-02-01T00:00:00Z","validTo":"2026-01-01T00:00:00Z"}
                """);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("ruleId", "authority", "description", "effect", "validTo", "when[0].attribute", "when[1].values");
    }

    @Test
    void candidateRulesAreReplayedOverTheJournalBeforeActivation() {
        // journal a few selections with outcomes
        for (int i = 0; i < 6; i++) {
            UUID crossing = UUID.randomUUID();
            String party = "RPL0101010A" + i;
            var line = new SelectionRequest.LineFacts("2710199901", "US", new BigDecimal("30000"), List.of(), null,
                    new BigDecimal("30000"), "LTR");
            Selection s = transactions.execute(tx -> selectivity.select(new SelectionRequest(crossing, List.of(
                    new SelectionRequest.DeclarationFacts(Authority.MX, "A1", party, List.of(line))), List.of(), false)));
            assertThat(s.lanes().get(Authority.MX).reasons()).isNotEmpty();
            boolean hit = i % 2 == 0;
            transactions.executeWithoutResult(tx -> outcomes.recordOutcome(crossing, Authority.MX, hit));
        }
        Http analyst = new Http(port).as("analyst", "analyst");
        Http.Response report = analyst.post("/api/v1/risk/rules/replay", """
                {"rules":[{"ruleId":"FUEL_REPLAY","authority":"MX","description":"fuel from the US",
                  "when":[{"attribute":"hs","operator":"PREFIX","values":["2710"]},{"attribute":"origin","operator":"IN","values":["US"]}],
                  "lane":"RED"}]}
                """);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        var rule = report.json().get("rules").get(0);
        assertThat(rule.get("hits").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(rule.get("expectedInspections").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(rule.get("labelled").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(rule.get("precision").asDouble()).isBetween(0.0, 1.0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM risk.selection WHERE hit IS NOT NULL", Integer.class)).isGreaterThanOrEqualTo(6);

        Http.Response broker = new Http(port).as("broker", "broker").post("/api/v1/risk/rules/replay", "{\"rules\":[]}");
        assertThat(broker.status()).isEqualTo(403);
    }

    @Test
    void outcomesNeedAnOfficerOfThatAuthority() {
        String body = "{\"crossingId\":\"" + UUID.randomUUID() + "\",\"authority\":\"US\",\"hit\":true}";
        assertThat(new Http(port).as("officer-mx", "officer-mx").post("/api/v1/risk/outcomes", body).status()).isEqualTo(403);
        assertThat(new Http(port).as("officer-us", "officer-us").post("/api/v1/risk/outcomes", body).status()).isEqualTo(202);
    }

    @Test
    void aTrainedModelVersionIsStoredWithItsMetrics() {
        Http.Response refused = new Http(port).as("analyst", "analyst").post("/api/v1/risk/models/customs-dataset", "");
        assertThat(refused.status()).isEqualTo(403);
        Http.Response trained = new Http(port).as("admin", "admin").post("/api/v1/risk/models/customs-dataset?seed=7", "");
        assertThat(trained.status()).as(trained.body()).isEqualTo(201);
        assertThat(trained.json().get("metrics").asString()).contains("precision@5%");
        Http.Response models = new Http(port).as("auditor", "auditor").get("/api/v1/risk/models");
        assertThat(models.body()).contains("customs-fraud-gbdt");
    }
}
