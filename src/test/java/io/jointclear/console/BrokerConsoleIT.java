package io.jointclear.console;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The broker's console page of a red-lane crossing shows the outcome and what to do, never how the
 * crossing was selected; the officer's page of the same crossing shows both. Real form logins with
 * their sessions and CSRF tokens, the demo users, the embedded PostgreSQL.
 */
@DemoUsersIntegrationTest
class BrokerConsoleIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theBrokerPageOfARedCrossingShowsWhatToDoAndNoTargeting() throws Exception {
        Http admin = new Http(port).as("admin", "admin");
        String ruleId = "CONSOLE_VIEW_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(admin.post("/api/v1/risk/rules", """
                {"ruleId":"%s","authority":"US","description":"Tomatoes in an odd lot size",
                 "when":[{"attribute":"quantity","operator":"EQ","values":["17779"]}],
                 "weight":6.0,"lane":"RED","validFrom":"2026-01-01T00:00:00Z","status":"ACTIVE","reason":"test"}
                """.formatted(ruleId)).status()).isEqualTo(201);
        try {
            int seq = TestNumbers.next();
            String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                    .replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                    .replace("31600042712", DeclarationNumbers.usEntry("316", seq))
                    .replace("\"value\": 18000", "\"value\": 17779").replace("\"netWeightKg\": 18000", "\"netWeightKg\": 17779");
            Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            String id = filed.json().get("id").asString();
            assertThat(new Http(port).as("carrier", "carrier")
                    .post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status()).isEqualTo(200);

            String officerPage = page("officer-us", "/console/officer/crossings/" + id);
            // the score's own row appears only when the calibrated thresholds (shaped by every earlier crossing) are reached
            assertThat(officerPage).contains(ruleId, "odd lot size", "Selection policy");

            String brokerPage = page("broker", "/console/broker/crossings/" + id + "?lang=en");
            assertThat(brokerPage).contains("id=\"what-to-do\"", "Physical examination: take the truck to the joint inspection",
                    "Packing list", "port 2304", "id=\"inspection-plan\"");
            assertThat(brokerPage).doesNotContain(ruleId, "RISK_SCORE", "threshold", "Risk score", "cross-check",
                    "Selection policy", "rules@", "odd lot size");
        } finally {
            admin.post("/api/v1/risk/rules/" + ruleId + "/retire", "{\"reason\":\"test done\"}");
        }
    }

    /** Logs in with the console's form (session cookie, CSRF token) and fetches one page. */
    private String page(String user, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(uri("/console/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).as("signed in as " + user).doesNotContain("login");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
