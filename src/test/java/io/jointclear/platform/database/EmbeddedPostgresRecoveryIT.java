package io.jointclear.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL killed under the running platform (SIGKILL to the postmaster and its backends): readiness
 * goes down at once, requests meanwhile fail fast with a 503 problem, and within seconds the same JVM
 * answers again — with the filing acknowledged before the crash still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.security.users[0].username=recovery-broker", "jointclear.security.users[0].password=recovery-broker",
        "jointclear.security.users[0].roles=BROKER",
        "jointclear.security.users[0].filer.patente=3456", "jointclear.security.users[0].filer.filer-code=316"})
class EmbeddedPostgresRecoveryIT {

    private static final long RECOVERY_LIMIT_NANOS = 30_000_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void thePlatformRecoversFromADatabaseCrashWithoutRestartingTheJvm() throws Exception {
        Http broker = new Http(port).as("recovery-broker", "recovery-broker");
        Http.Response filed = broker.header("Idempotency-Key", "before-" + UUID.randomUUID())
                .post("/api/v1/crossings", crossing(1));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        long crashed = server.postmasterPid();

        StalePostmasterIT.powerCut(crashed);

        List<Integer> answersMeanwhile = new ArrayList<>();
        Http.Response read = awaitAnswer(broker, "/api/v1/crossings/" + id, answersMeanwhile);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("id").asString()).isEqualTo(id);
        // while it was down: a fast 503 problem, never a 500
        assertThat(answersMeanwhile).allMatch(status -> status == 503);
        assertThat(server.postmasterPid()).isNotEqualTo(crashed);
        assertThat(server.showSettings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");

        Http.Response after = new Http(port).as("recovery-broker", "recovery-broker")
                .header("Idempotency-Key", "after-" + UUID.randomUUID()).post("/api/v1/crossings", crossing(2));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        assertThat(new Http(port).get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void readinessFailsWhileTheDatabaseIsDownAndADatabaseErrorIsA503Problem() throws Exception {
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        long crashed = server.postmasterPid();

        StalePostmasterIT.powerCut(crashed);

        boolean sawNotReady = false;
        boolean sawReadyAgain = false;
        long deadline = System.nanoTime() + RECOVERY_LIMIT_NANOS;
        while (System.nanoTime() < deadline && !sawReadyAgain) {
            int status = anonymous.get("/actuator/health/readiness").status();
            sawNotReady |= status == 503;
            sawReadyAgain = sawNotReady && status == 200;
            Thread.sleep(50);
        }
        assertThat(sawNotReady).as("readiness reported the dead database").isTrue();
        assertThat(sawReadyAgain).as("readiness came back after the restart").isTrue();
    }

    /** Polls until the database answers (bounded); records the statuses seen meanwhile. */
    private static Http.Response awaitAnswer(Http client, String path, List<Integer> meanwhile) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT_NANOS;
        while (true) {
            long sent = System.nanoTime();
            Http.Response answer = client.get(path);
            long tookMillis = (System.nanoTime() - sent) / 1_000_000;
            assertThat(tookMillis).as("a request while the database is down fails fast").isLessThan(12_000);
            if (answer.status() != 503 || System.nanoTime() > deadline) {
                return answer;
            }
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
            meanwhile.add(answer.status());
            Thread.sleep(100);
        }
    }

    static String crossing(int round) throws IOException {
        String contract = new ClassPathResource("clearance/crossing-northbound-tomatoes.json")
                .getContentAsString(StandardCharsets.UTF_8);
        return contract.replace("262434566001234", String.format("2624345660%05d", round % 100_000))
                .replace("31600042712", DeclarationNumbers.usEntry("316", round));
    }
}
