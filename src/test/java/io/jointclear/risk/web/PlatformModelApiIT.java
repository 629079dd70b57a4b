package io.jointclear.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.admin.PlatformModels;
import io.jointclear.risk.Selectivity;
import io.jointclear.risk.model.PlatformCase;
import io.jointclear.risk.model.SyntheticJournal;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Training the selectivity model on the journal over HTTP, activating it, and going back to rules only. */
@DemoUsersIntegrationTest
class PlatformModelApiIT {

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

    @Autowired
    PlatformModels platformModels;

    @Test
    void anAdministratorTrainsAndActivatesTheModelOnceEnoughInspectionsAreLabelled() {
        Http admin = new Http(port).as("admin", "admin");
        assertThat(new Http(port).as("analyst", "analyst").post("/api/v1/risk/models/platform", "").status()).isEqualTo(403);

        Integer labels = jdbc.queryForObject("SELECT count(*) FROM risk.selection WHERE hit IS NOT NULL", Integer.class);
        Http.Response tooFew = admin.post("/api/v1/risk/models/platform", "");
        assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(422);
        assertThat(tooFew.contentType()).contains("problem+json");
        assertThat(tooFew.body()).contains("NOT_ENOUGH_LABELS").contains(labels + " labelled declarations");

        // a past journal (2020, outside any replay window of the other tests) with a hidden pattern
        List<PlatformCase> history = SyntheticJournal.of(1200, 2020);
        try {
            for (PlatformCase c : history) {
                jdbc.update("""
                        INSERT INTO risk.selection (crossing_id, authority, declaration, cross_checks, fast_driver, lane, score,
                            policy, reasons, selected_at, hit) VALUES (?, ?, ?, '', false, 'GREEN', 0, 'synthetic', '{}', ?, ?)
                        """, c.crossingId(), c.authority().name(), json.writeValueAsString(c.declaration()),
                        Timestamp.from(c.at().minus(java.time.Duration.ofDays(2200))), c.hit());
            }
            Http.Response trained = admin.post("/api/v1/risk/models/platform", "");
            assertThat(trained.status()).as(trained.body()).isEqualTo(201);
            assertThat(trained.json().get("name").asString()).isEqualTo("platform-selectivity-gbdt");
            assertThat(trained.json().get("metrics").asString()).contains("\"auc\":").contains("\"precision@5%\":");
            long id = trained.json().get("id").asLong();
            assertThat(jdbc.queryForObject("SELECT active FROM risk.model_version WHERE id = ?", Boolean.class, id)).isTrue();
            assertThat(admin.get("/api/v1/risk/models").body()).contains("platform-selectivity-gbdt");

            Selection.AuthorityLane live = select();
            assertThat(live.contributions()).anyMatch(c -> c.feature().equals("model"));
            assertThat(live.contributions()).anyMatch(c -> c.feature().startsWith("model:"));
            // what start-up does: the stored bytes and encodings restore the same model
            platformModels.reload();
            Selection.AuthorityLane reloaded = select();
            assertThat(reloaded.score()).isEqualTo(live.score());
            assertThat(reloaded.contributions()).isEqualTo(live.contributions());
        } finally {
            assertThat(admin.post("/api/v1/risk/models/platform/deactivate", "").status()).isEqualTo(204);
            for (PlatformCase c : history) {
                jdbc.update("DELETE FROM risk.selection WHERE crossing_id = ?", c.crossingId());
            }
        }
        assertThat(select().contributions()).noneMatch(c -> c.feature().startsWith("model"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM risk.model_version WHERE active", Integer.class)).isZero();
    }

    @Test
    void aRetrainGoesLiveOnlyWhenItBeatsTheActiveModelAndEveryDecisionIsStored() {
        Http admin = new Http(port).as("admin", "admin");
        assertThat(new Http(port).as("analyst", "analyst").post("/api/v1/risk/models/platform/challenge", "").status()).isEqualTo(403);
        List<PlatformCase> history = SyntheticJournal.of(1200, 2021);
        try {
            for (PlatformCase c : history) {
                jdbc.update("""
                        INSERT INTO risk.selection (crossing_id, authority, declaration, cross_checks, fast_driver, lane, score,
                            policy, reasons, selected_at, hit, propensity, pick) VALUES (?, ?, ?, '', false, 'RED', 0, 'synthetic', '{}', ?, ?, 1.0, 'TARGETED')
                        """, c.crossingId(), c.authority().name(), json.writeValueAsString(c.declaration()),
                        Timestamp.from(c.at().minus(java.time.Duration.ofDays(2300))), c.hit());
            }
            // no active model: the challenger is activated
            Http.Response first = admin.post("/api/v1/risk/models/platform/challenge", "");
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.json().get("activated").asBoolean()).isTrue();
            assertThat(first.json().get("reason").asString()).isEqualTo("no active model to beat");
            int champion = first.json().get("version").get("version").asInt();
            // the synthetic journal is years old; the last two weeks hold at most a few labels: nothing proves the next version better
            Http.Response second = admin.post("/api/v1/risk/models/platform/challenge", "");
            assertThat(second.status()).as(second.body()).isEqualTo(201);
            assertThat(second.json().get("activated").asBoolean()).isFalse();
            assertThat(second.json().get("reason").asString()).startsWith("only ").contains("labelled declarations"); // other tests may label a few
            assertThat(jdbc.queryForObject("SELECT version FROM risk.model_version WHERE active", Integer.class)).isEqualTo(champion);
            Http.Response decisions = new Http(port).as("auditor", "auditor").get("/api/v1/risk/models/challenges");
            assertThat(decisions.status()).isEqualTo(200);
            assertThat(decisions.json().get(0).get("decision").asString()).isEqualTo("REFUSED");
            assertThat(decisions.json().get(0).get("championVersion").asInt()).isEqualTo(champion);
            assertThat(decisions.json().get(1).get("decision").asString()).isEqualTo("ACTIVATED");
            assertThat(new Http(port).as("broker", "broker").get("/api/v1/risk/models/challenges").status()).isEqualTo(403);
            // the stored metrics carry the naive and the propensity-weighted figures
            assertThat(jdbc.queryForObject("SELECT metrics FROM risk.model_version WHERE active", String.class))
                    .contains("\"weightedPrecision@5%\"").contains("\"weightedRevenue@10%\"").contains("\"weighting\":\"PROPENSITY\"");
        } finally {
            assertThat(admin.post("/api/v1/risk/models/platform/deactivate", "").status()).isEqualTo(204);
            for (PlatformCase c : history) {
                jdbc.update("DELETE FROM risk.selection WHERE crossing_id = ?", c.crossingId());
            }
        }
    }

    private Selection.AuthorityLane select() {
        SelectionRequest request = new SelectionRequest(UUID.randomUUID(), List.of(SyntheticJournal.declaration(Authority.MX,
                "PLATFORM-IT", SyntheticJournal.PATTERN_HS, SyntheticJournal.PATTERN_ORIGIN, 20_000)), List.of(), false);
        return transactions.execute(tx -> selectivity.select(request)).lanes().get(Authority.MX);
    }
}
