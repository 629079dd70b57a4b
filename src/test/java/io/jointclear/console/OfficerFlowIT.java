package io.jointclear.console;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No dead ends on the officer's case page, over real HTTP with form logins, sessions and CSRF tokens:
 * actions offered exactly when the modules accept them, with the reason otherwise; a referral turns
 * the lanes red; hold, seizure and ending the inspection ask first; findings only for declared lines;
 * problem pages in the console's layout and language while the API keeps problem+json.
 */
@DemoUsersIntegrationTest
class OfficerFlowIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aReferredCrossingOffersOnlyWhatTheRulesAllowAndAsksBeforeSeizingOrEnding() throws Exception {
        String id = filed();
        Console mx = new Console("officer-mx");
        String before = mx.page("/console/officer/crossings/" + id).body();
        assertThat(before).contains("id=\"arrive\"", "id=\"decisions-closed\"").doesNotContain("id=\"decide-SEIZE\"");

        arrive(id);
        assertThat(mx.post("/console/officer/crossings/" + id + "/decisions", "decision=REFER&notes=seal").statusCode())
                .isEqualTo(200);
        Http.Response crossing = new Http(port).as("officer-us", "officer-us").get("/api/v1/crossings/" + id);
        assertThat(crossing.json().get("status").asString()).isEqualTo("UNDER_INSPECTION");
        assertThat(crossing.json().get("lanes").get("mx").asString()).isEqualTo("RED");
        assertThat(crossing.json().get("lanes").get("joint").asString()).isEqualTo("RED");
        assertThat(crossing.json().get("lanes").get("referredBy").get(0).asString()).isEqualTo("MX");

        await(new Http(port).as("officer-us", "officer-us"), "/api/v1/crossings/" + id + "/inspection", r -> r.status() == 200);
        String referred = new Console("officer-us").page("/console/officer/crossings/" + id).body();
        assertThat(buttonTag(referred, "decide-RELEASE")).contains("disabled");
        assertThat(referred).contains("id=\"why-RELEASE\"", "joint inspection first", "id=\"referred-by\"",
                "id=\"joint-lane\" class=\"lane lane-RED\"", "status-UNDER_INSPECTION", "Waiting for the officer of");
        assertThat(buttonTag(referred, "decide-HOLD")).doesNotContain("disabled");
        assertThat(referred).doesNotContain("Red lane: the joint inspection");

        // a seizure asks first: the confirmation page, nothing recorded yet
        HttpResponse<String> confirm = mx.post("/console/officer/crossings/" + id + "/decisions", "decision=SEIZE&notes=undeclared");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"confirm-yes\"", "A seizure is final", "name=\"confirmed\" value=\"true\"",
                "value=\"undeclared\"");
        assertThat(status(id)).isEqualTo("UNDER_INSPECTION");

        // both join; findings name only the lines the declaration has
        Http officerMx = new Http(port).as("officer-mx", "officer-mx");
        Http officerUs = new Http(port).as("officer-us", "officer-us");
        assertThat(officerMx.post("/api/v1/crossings/" + id + "/inspection/participants", "").status()).isEqualTo(200);
        Http.Response again = officerMx.post("/api/v1/crossings/" + id + "/inspection/participants", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("ALREADY_JOINED");
        assertThat(officerUs.post("/api/v1/crossings/" + id + "/inspection/participants", "").status()).isEqualTo(200);
        Http.Response line7 = officerUs.post("/api/v1/crossings/" + id + "/inspection/findings",
                "{\"kind\":\"QUANTITY\",\"line\":7,\"description\":\"short\"}");
        assertThat(line7.status()).as(line7.body()).isEqualTo(422);
        assertThat(line7.contentType()).startsWith("application/problem+json");
        assertThat(line7.json().get("errors").get(0).get("field").asString()).isEqualTo("line");
        assertThat(line7.json().get("errors").get(0).get("code").asString()).isEqualTo("LINE_NOT_DECLARED");
        assertThat(officerUs.post("/api/v1/crossings/" + id + "/inspection/findings",
                "{\"kind\":\"QUANTITY\",\"line\":1,\"description\":\"short\"}").status()).isEqualTo(200);

        String running = mx.page("/console/officer/crossings/" + id).body();
        assertThat(running).contains("<option value=\"1\">1 · 0702000304").doesNotContain("<option value=\"2\"");
        assertThat(running).doesNotContain("id=\"inspection-join\"").contains("id=\"why-join\"", "You take part");

        // ending asks first too
        HttpResponse<String> confirmEnd = mx.post("/console/officer/crossings/" + id + "/inspection/end", "");
        assertThat(confirmEnd.body()).contains("id=\"confirm-yes\"", "End the joint inspection?");
        assertThat(officerUs.get("/api/v1/crossings/" + id + "/inspection").json().get("status").asString()).isEqualTo("IN_PROGRESS");
        mx.post("/console/officer/crossings/" + id + "/inspection/end", "confirmed=true");
        assertThat(officerUs.get("/api/v1/crossings/" + id + "/inspection").json().get("status").asString()).isEqualTo("COMPLETED");

        // ended: the status says decisions are awaited, the lanes stay red, nobody can refer again
        assertThat(status(id)).isEqualTo("INSPECTED");
        String inspected = new Console("officer-us").page("/console/officer/crossings/" + id).body();
        assertThat(inspected).contains("status-INSPECTED", "Inspected, awaiting decisions", "id=\"joint-lane\" class=\"lane lane-RED\"",
                "The joint inspection has ended; waiting for the decision of").doesNotContain("Waiting for the officer of");
        assertThat(buttonTag(inspected, "decide-REFER")).contains("disabled");
        assertThat(buttonTag(inspected, "decide-HOLD")).doesNotContain("disabled");
        Http.Response referAgain = officerUs.post("/api/v1/crossings/" + id + "/decisions",
                "{\"authority\":\"US\",\"decision\":\"REFER\"}");
        assertThat(referAgain.status()).isEqualTo(409);
        assertThat(referAgain.json().get("code").asString()).isEqualTo("INSPECTION_COMPLETED");

        // the seizure, confirmed, closes the case: no decision is offered any more
        mx.post("/console/officer/crossings/" + id + "/decisions", "decision=SEIZE&notes=undeclared&confirmed=true");
        assertThat(status(id)).isEqualTo("SEIZED");
        String seized = new Console("officer-us").page("/console/officer/crossings/" + id).body();
        assertThat(seized).contains("id=\"decisions-closed\"", "status-SEIZED").doesNotContain("id=\"decide-RELEASE\"");
    }

    @Test
    void consolePagesAnswerProblemsInTheirLayoutAndLanguageWhileTheApiKeepsProblemJson() throws Exception {
        Console officer = new Console("officer-mx");
        HttpResponse<String> unknown = officer.page("/console/officer/crossings/" + UUID.randomUUID() + "?lang=en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(unknown.body()).contains("id=\"problem-title\"", "Not found", "CROSSING_NOT_FOUND", "id=\"logout\"")
                .doesNotContain("Whitelabel", "\"detail\"");
        assertThat(officer.page("/console/officer/crossings/not-a-uuid").statusCode()).isEqualTo(404);
        HttpResponse<String> nowhere = officer.page("/console/nothing-here");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("id=\"problem-title\"");

        Console broker = new Console("broker");
        broker.cookies.getCookieStore().add(URI.create("http://localhost:" + port),
                cookie("JC_LANG", "es"));
        HttpResponse<String> forbidden = broker.page("/console/officer/queue");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(forbidden.body()).contains("lang=\"es\"", "Acceso denegado", "id=\"problem-home\"")
                .doesNotContain("Whitelabel", "Forbidden");
        HttpResponse<String> switched = broker.page("/console/officer/queue?lang=en");
        assertThat(switched.statusCode()).isEqualTo(403);
        assertThat(switched.body()).as("the language switch works on a problem page").contains("lang=\"en\"", "Access denied");

        Http.Response api = new Http(port).as("officer-mx", "officer-mx").header("Accept", "text/html,application/json")
                .get("/api/v1/crossings/" + UUID.randomUUID());
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
        Http.Response apiForbidden = new Http(port).as("broker", "broker").get("/api/v1/audit/verify");
        assertThat(apiForbidden.status()).isEqualTo(403);
        assertThat(apiForbidden.contentType()).startsWith("application/problem+json");
    }

    private static HttpCookie cookie(String name, String value) {
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        return c;
    }

    private String filed() {
        int seq = TestNumbers.next();
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                .replace("31600042712", DeclarationNumbers.usEntry("316", seq));
        Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private void arrive(String id) {
        assertThat(new Http(port).as("carrier", "carrier")
                .post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status()).isEqualTo(200);
    }

    private String status(String id) {
        return new Http(port).as("officer-mx", "officer-mx").get("/api/v1/crossings/" + id).json().get("status").asString();
    }

    /** Polls until the answer is what is expected (the inspection is scheduled after the referral commits). */
    static Http.Response await(Http as, String path, java.util.function.Predicate<Http.Response> done) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Http.Response r = as.get(path);
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            r = as.get(path);
        }
        return r;
    }

    private static String buttonTag(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("button " + id + " in the page").isGreaterThan(0);
        return page.substring(page.lastIndexOf("<button", at), page.indexOf(">", at) + 1);
    }


    /** A browser-like session: form login, cookies, the CSRF token of the last page, Accept: text/html. */
    private final class Console {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String csrf;

        Console(String user) throws IOException, InterruptedException {
            String login = page("/console/login").body();
            String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(signedIn.uri().getPath()).as(login).doesNotContain("login");
        }

        HttpResponse<String> page(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            if (csrf == null) {
                page("/console/officer/queue");
            }
            String body = form + (form.isEmpty() ? "" : "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
