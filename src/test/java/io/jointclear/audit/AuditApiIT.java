package io.jointclear.audit;

import static org.assertj.core.api.Assertions.assertThat;

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

        JsonNode page = auditor.get("/api/v1/audit/entries?subjectId=" + crossing + "&size=1&page=1").json();
        assertThat(page.get("totalEntries").asLong()).isEqualTo(2);
        JsonNode decision = page.get("entries").get(0);
        assertThat(decision.get("action").asString()).isEqualTo("DECISION_RECORDED");
        assertThat(decision.get("actor").asString()).isEqualTo("officer-mx");
        assertThat(decision.get("authority").asString()).isEqualTo("MX");
        assertThat(decision.get("details").get("decision").asString()).isEqualTo("RELEASE");
        assertThat(decision.get("position").asLong()).isPositive();
        assertThat(decision.get("hash").asString()).hasSize(64);
    }

    @Test
    void aBadPageIsAProblem() {
        Http.Response response = new Http(port).as("admin", "admin").get("/api/v1/audit/entries?size=100000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("INVALID_PAGE");
    }
}
