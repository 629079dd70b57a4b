package io.jointclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.audit.chain.ChainSealer;
import io.jointclear.audit.chain.Checkpoint;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Auditors read a subject's entries and verify the chain over HTTP. */
@DemoUsersIntegrationTest
class AuditApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ChainSealer sealer;

    @Test
    void auditorReadsTheEntriesOfASubjectAndVerifiesTheChain() {
        String crossing = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            auditLog.append(AuditEntry.of("broker", "CROSSING_FILED", "CROSSING", crossing, null, Map.of("declarations", 2)));
            auditLog.append(AuditEntry.of("officer-mx", "DECISION_RECORDED", "CROSSING", crossing, Authority.MX,
                    Map.of("decision", "RELEASE")));
        });
        Http auditor = new Http(port).as("auditor", "auditor");

        JsonNode verification = auditor.get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(verification.get("firstBrokenPosition").isNull()).isTrue();
        assertThat(verification.get("code").isNull()).isTrue();
        assertThat(verification.get("verifiedEntries").asLong()).isEqualTo(verification.get("entries").asLong());
        assertThat(verification.get("keyId").asString()).hasSize(16);

        JsonNode page = auditor.get("/api/v1/audit/entries?subjectId=" + crossing + "&size=1&page=1").json();
        assertThat(page.get("totalEntries").asLong()).isEqualTo(2);
        JsonNode decision = page.get("entries").get(0);
        assertThat(decision.get("action").asString()).isEqualTo("DECISION_RECORDED");
        assertThat(decision.get("actor").asString()).isEqualTo("officer-mx");
        assertThat(decision.get("authority").asString()).isEqualTo("MX");
        assertThat(decision.get("details").get("decision").asString()).isEqualTo("RELEASE");
        assertThat(decision.get("position").asLong()).isPositive();
        assertThat(decision.get("hash").asString()).hasSize(64);
        assertThat(decision.get("keyId").asString()).isEqualTo(verification.get("keyId").asString());
    }

    @Test
    void auditorsReadTheSignedCheckpointsNewestFirstAndTradersCannot() {
        transaction.executeWithoutResult(status -> auditLog.append(
                AuditEntry.of("broker", "CROSSING_FILED", "CROSSING", UUID.randomUUID().toString(), null, Map.of())));
        sealer.checkpointNow();
        transaction.executeWithoutResult(status -> auditLog.append(
                AuditEntry.of("broker", "CROSSING_FILED", "CROSSING", UUID.randomUUID().toString(), null, Map.of())));
        Checkpoint newest = sealer.checkpointNow();

        JsonNode page = new Http(port).as("auditor", "auditor").get("/api/v1/audit/checkpoints?size=2").json();
        assertThat(page.get("totalCheckpoints").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode first = page.get("checkpoints").get(0);
        assertThat(first.get("sequence").asLong()).isEqualTo(newest.sequence());
        assertThat(first.get("count").asLong()).isEqualTo(newest.sequence());
        assertThat(first.get("headHash").asString()).isEqualTo(newest.headHashHex());
        assertThat(first.get("signature").asString()).isEqualTo(newest.signatureHex()).hasSize(64);
        assertThat(first.get("keyId").asString()).isEqualTo(newest.keyId());
        assertThat(first.get("signedAt").asString()).isEqualTo(newest.signedAt().toString());
        assertThat(page.get("checkpoints").get(1).get("sequence").asLong()).isLessThan(newest.sequence());

        JsonNode verification = new Http(port).as("admin", "admin").get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("lastCheckpoint").asLong()).isGreaterThanOrEqualTo(newest.sequence());

        assertThat(new Http(port).as("broker", "broker").get("/api/v1/audit/checkpoints").status()).isEqualTo(403);
        assertThat(new Http(port).as("carrier", "carrier").get("/api/v1/audit/checkpoints").status()).isEqualTo(403);
        Http.Response badPage = new Http(port).as("auditor", "auditor").get("/api/v1/audit/checkpoints?page=-1");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("code").asString()).isEqualTo("INVALID_PAGE");
    }

    @Test
    void aBadPageIsAProblem() {
        Http.Response response = new Http(port).as("admin", "admin").get("/api/v1/audit/entries?size=100000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("INVALID_PAGE");
    }
}
