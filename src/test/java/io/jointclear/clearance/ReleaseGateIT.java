package io.jointclear.clearance;

import static io.jointclear.clearance.ClearanceWorkflowIT.await;
import static io.jointclear.clearance.ClearanceWorkflowIT.decide;
import static io.jointclear.clearance.ClearanceWorkflowIT.declaration;
import static io.jointclear.clearance.ClearanceWorkflowIT.reassessUntilAssessed;
import static io.jointclear.support.TestResources.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The release gate over HTTP on the embedded PostgreSQL: an authority whose own declaration is pending
 * (a fracción without its IGI rate — the shipped Mexican rate seed is empty) may hold but not release,
 * the API and the officer console say what is missing, and the release goes through once the rate is
 * loaded and the declaration reassessed. Its own context (no random US draw): the lane calibrators keep
 * state per instance, so its crossings do not change the lanes other classes assert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.risk.minimum-random-rate.MX=0",
        "jointclear.risk.minimum-random-rate.US=0",
        "jointclear.security.users[0].username=broker", "jointclear.security.users[0].password=broker",
        "jointclear.security.users[0].roles=BROKER",
        "jointclear.security.users[0].filer.patente=3456", "jointclear.security.users[0].filer.filer-code=316",
        "jointclear.security.users[1].username=officer-mx", "jointclear.security.users[1].password=officer-mx",
        "jointclear.security.users[1].roles=OFFICER_MX",
        "jointclear.security.users[2].username=officer-us", "jointclear.security.users[2].password=officer-us",
        "jointclear.security.users[2].roles=OFFICER_US",
        "jointclear.security.users[3].username=admin", "jointclear.security.users[3].password=admin",
        "jointclear.security.users[3].roles=ADMIN"})
class ReleaseGateIT {

    @LocalServerPort
    int port;

    Http broker;
    Http officerMx;
    Http officerUs;
    Http admin;

    @BeforeEach
    void clients() {
        broker = new Http(port).as("broker", "broker");
        officerMx = new Http(port).as("officer-mx", "officer-mx");
        officerUs = new Http(port).as("officer-us", "officer-us");
        admin = new Http(port).as("admin", "admin");
    }

    @Test
    void anAuthorityReleasesOnlyOnceItsOwnAssessmentIsComplete() throws Exception {
        // A Mexican import of a fracción whose IGI rate is not loaded (the shipped MX rate seed is empty).
        String body = read("clearance/crossing-southbound-steel.json")
                .replace("262434566001201", "262434566001301").replace("X20260310123456", "X20260310123457")
                .replace("7208390199", "7208380199");
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        JsonNode mx = declaration(filed.json(), "MX");
        assertThat(mx.get("assessmentStatus").asString()).isEqualTo("PENDING_REFERENCE_DATA");
        assertThat(declaration(filed.json(), "US").get("assessmentStatus").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(officerMx.post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status())
                .isEqualTo(200);
        inspectIfRequired(id);

        Http.Response refused = decide(officerMx, id, "MX", "RELEASE");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("ASSESSMENT_PENDING");
        assertThat(problem.get("detail").asString()).contains("pedimento 262434566001301", "72083801", "Ley Aduanera");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("declarations[1].lines[0].tariffCode");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("RATE_NOT_LOADED");
        assertThat(broker.get("/api/v1/crossings/" + id).json().get("decisions")).isEmpty();

        // The officer console offers Hold, not Release, and says what is missing.
        String page = consolePage("officer-mx", "/console/officer/crossings/" + id);
        assertThat(buttonTag(page, "decide-RELEASE")).contains("disabled");
        assertThat(buttonTag(page, "decide-HOLD")).doesNotContain("disabled");
        assertThat(page).contains("id=\"release-blocked\"", "72083801");

        // Holding stays possible; the US side (an export: nothing to assess) is not held back.
        assertThat(decide(officerMx, id, "MX", "HOLD").status()).isEqualTo(200);
        Http.Response us = decide(officerUs, id, "US", "RELEASE");
        assertThat(us.status()).as(us.body()).isEqualTo(200);

        // Load the rate (test fixture, not tariff data), reassess: the release goes through.
        assertThat(admin.put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n72083801,0,Ex.,2025-01-01,,test fixture (not tariff data)\n")
                .status()).isEqualTo(200);
        reassessUntilAssessed(officerMx, id, "MX");
        assertThat(buttonTag(consolePage("officer-mx", "/console/officer/crossings/" + id), "decide-RELEASE"))
                .doesNotContain("disabled");
        Http.Response released = decide(officerMx, id, "MX", "RELEASE");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("RELEASED");
    }

    /** Runs the joint inspection when the lanes ask for one, so that a release is not refused for it. */
    private void inspectIfRequired(String id) {
        JsonNode crossing = broker.get("/api/v1/crossings/" + id).json();
        if (!crossing.path("inspection").path("required").asBoolean(false)) {
            return;
        }
        await(officerUs, "/api/v1/crossings/" + id + "/inspection", r -> r.status() == 200);
        officerMx.post("/api/v1/crossings/" + id + "/inspection/participants", "");
        officerUs.post("/api/v1/crossings/" + id + "/inspection/participants", "");
        officerUs.post("/api/v1/crossings/" + id + "/inspection/end", "");
    }

    /** A console page as a signed-in user: form login with its CSRF token, then the page in the same session. */
    private String consolePage(String user, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/console/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).as(login).isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String buttonTag(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("button " + id + " in the page").isGreaterThan(0);
        return page.substring(page.lastIndexOf("<button", at), page.indexOf(">", at) + 1);
    }
}
