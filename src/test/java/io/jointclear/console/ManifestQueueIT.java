package io.jointclear.console;

import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.manifest.ManifestFixtures;
import io.jointclear.support.DemoUsersIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The officers' queue flags a crossing that arrived with a late truck manifest, or none: a badge on its
 * row, a filter that lists exactly those, and a notice on the case page. Brokers never see the flag.
 */
@DemoUsersIntegrationTest
class ManifestQueueIT {

    @LocalServerPort
    int port;

    @Test
    void aLateManifestIsFlaggedOnTheOfficersQueueAndCasePage() throws Exception {
        ManifestFixtures fx = new ManifestFixtures(port);
        var late = fx.crossing("TDNM");
        var onTime = fx.crossing("TDNM");
        var missing = fx.crossing("TDNM");
        assertThat(fx.as("carrier").post("/api/v1/manifests", ManifestFixtures.manifest("TDNM", late, null, false)).status())
                .isEqualTo(201);
        assertThat(fx.as("carrier").post("/api/v1/manifests", ManifestFixtures.manifest("TDNM", onTime, null, false)).status())
                .isEqualTo(201);
        fx.arrive(late.id(), Instant.now().plus(Duration.ofMinutes(15)));
        fx.arrive(onTime.id(), Instant.now().plus(Duration.ofMinutes(90)));
        String southbound = southbound();
        assertThat(fx.as("officer-mx").post("/api/v1/crossings/" + southbound + "/arrival", "{\"at\":\"" + Instant.now() + "\"}")
                .status()).isEqualTo(200);
        fx.arrive(missing.id(), Instant.now());
        assertThat(fx.timeliness(late.id())).isEqualTo("LATE_MANIFEST");
        assertThat(fx.timeliness(onTime.id())).isEqualTo("ON_TIME");

        ConsoleSession officer = new ConsoleSession(port, "officer-us");
        String lateOnly = officer.get("/console/officer/queue?manifest=LATE_MANIFEST&size=100&lang=en").body();
        assertThat(lateOnly).contains(late.id().toString(), "id=\"manifest-flag-" + late.id() + "\"", "Late manifest",
                "id=\"f-manifest\"").doesNotContain(onTime.id().toString(), missing.id().toString());

        String missingOnly = awaitPage(officer, "/console/officer/queue?manifest=MISSING_MANIFEST&number="
                + missing.pedimento() + "&lang=en", missing.id().toString());
        assertThat(missingOnly).contains("id=\"manifest-flag-" + missing.id() + "\"", "No manifest");

        String byNumber = officer.get("/console/officer/queue?number=" + onTime.pedimento() + "&lang=en").body();
        assertThat(byNumber).contains(onTime.id().toString()).doesNotContain("id=\"manifest-flag-" + onTime.id() + "\"");

        // a truck into Mexico needs no US truck manifest: never flagged (checked after a later arrival was)
        Thread.sleep(500);
        assertThat(officer.get("/console/officer/crossings/" + southbound + "?lang=en").body()).doesNotContain("manifest-notice");

        String casePage = officer.get("/console/officer/crossings/" + late.id() + "?lang=en").body();
        assertThat(casePage).contains("id=\"manifest-notice\"", "it was due 60 min before");
        String spanish = officer.get("/console/officer/crossings/" + missing.id() + "?lang=es").body();
        assertThat(spanish).contains("id=\"manifest-notice\"", "No se recibió manifiesto del camión");

        String unknownFlag = officer.get("/console/officer/queue?manifest=SOMETIMES&lang=en").body();
        assertThat(unknownFlag).contains("Unknown manifest flag");

        ConsoleSession broker = new ConsoleSession(port, "broker");
        HttpResponse<String> brokerList = broker.get("/console/broker/crossings?number=" + late.pedimento() + "&lang=en");
        assertThat(brokerList.body()).contains(late.id().toString()).doesNotContain("manifest-flag", "id=\"f-manifest\"");
    }

    private String southbound() {
        int seq = TestNumbers.next();
        String body;
        try {
            body = new org.springframework.core.io.ClassPathResource("clearance/crossing-southbound-steel.json")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        body = body.replace("262434566001201", io.jointclear.declaration.DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                .replace("X20260310123456", String.format("X2026%010d", seq));
        io.jointclear.support.Http.Response filed = new io.jointclear.support.Http(port).as("broker", "broker")
                .post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private static String awaitPage(ConsoleSession session, String path, String expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String page = session.get(path).body();
        while (!page.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = session.get(path).body();
        }
        assertThat(page).contains(expected);
        return page;
    }
}
