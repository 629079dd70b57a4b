package io.jointclear.immex;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's IMMEX page: a company lands on its own program's alerts; an officer sees every program. */
@DemoUsersIntegrationTest
class ImmexConsoleIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theCompanyLandsOnItsAlertsAndOfficersSeeEveryProgram() throws Exception {
        Http officer = new Http(port).as("officer-mx", "officer-mx");
        Http admin = new Http(port).as("admin", "admin");
        String mine = "CONSOLE-" + System.nanoTime() % 1_000_000;
        String other = "OTHER-" + System.nanoTime() % 1_000_000;
        String id = officer.post("/api/v1/immex/programs", """
                {"number":"%s","rfc":"MAQ990301AB1","name":"Autopartes de Consola","modality":"ALBERGUE","validFrom":"2024-01-01"}"""
                .formatted(mine)).json().get("id").asString();
        officer.post("/api/v1/immex/programs", """
                {"number":"%s","rfc":"ZZZ990301AB1","name":"Otra Maquila","modality":"SERVICIOS","validFrom":"2024-01-01"}"""
                .formatted(other));
        admin.put("/api/v1/immex/programs/" + id + "/materials", "text/csv", ImmexLedgerIT.MATERIALS);
        LocalDate entered = LocalDate.now(ZoneId.of("America/Mexico_City")).minusMonths(18).minusDays(2);
        Http.Response posted = admin.post("/api/v1/immex/programs/" + id + "/entries", "text/csv",
                "pedimento,line,clave,date,part_number,quantity_umc,value_usd\n262434566" + String.format("%06d", System.nanoTime() % 1_000_000)
                        + ",1,IN," + entered + ",RES-1,10,15\n");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);

        String company = page("immex", "/console/immex?program=" + id);
        assertThat(company).contains(mine, "RES-1", "Overdue").doesNotContain(other);
        String official = page("officer-mx", "/console/immex");
        assertThat(official).contains(mine, other);
    }

    /** Logs in with the console's form, checks where the home sends the user, then fetches {@code path}. */
    private String page(String user, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(uri("/console/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).doesNotContain("login");
        if ("immex".equals(user)) {
            assertThat(signedIn.uri().getPath()).as("a company's home").isEqualTo("/console/immex");
        }
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
