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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every console page of every demo role, rendered in Spanish and in English, holds no word of the
 * other language (see {@link LanguageLeaks}): lists, a red-lane crossing with its reasons, timeline
 * and inspection site, a refusal notice, the filing form with field errors, the dashboard and the
 * welcome page. Real form logins, the demo users, the embedded PostgreSQL.
 */
@DemoUsersIntegrationTest
class ConsoleLanguageIT {

    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern MX_DATE_TIME = Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} C[SD]T");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} C[SD]T");

    @LocalServerPort
    int port;

    private final LanguageLeaks leaks = new LanguageLeaks();

    @Test
    void everyPageOfEveryDemoRoleIsInTheReadersLanguageOnly() throws Exception {
        Http admin = new Http(port).as("admin", "admin");
        String ruleId = "LANGUAGE_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(admin.post("/api/v1/risk/rules", """
                {"ruleId":"%s","authority":"US","description":"Tomatoes in an odd lot size",
                 "when":[{"attribute":"quantity","operator":"EQ","values":["17773"]}],
                 "weight":6.0,"lane":"RED","validFrom":"2026-01-01T00:00:00Z","status":"ACTIVE","reason":"test"}
                """.formatted(ruleId)).status()).isEqualTo(201);
        try {
            int seq = TestNumbers.next();
            String pedimento = DeclarationNumbers.pedimento(2026, "24", "3456", seq);
            String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                    .replace("262434566001234", pedimento)
                    .replace("31600042712", DeclarationNumbers.usEntry("316", seq))
                    .replace("\"value\": 18000", "\"value\": 17773").replace("\"netWeightKg\": 18000", "\"netWeightKg\": 17773");
            Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            String id = filed.json().get("id").asString();
            assertThat(new Http(port).as("carrier", "carrier")
                    .post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status()).isEqualTo(200);
            List<String> ownData = strings(body);
            ownData.add("Tomatoes in an odd lot size");   // the analyst's own rule text, shown as written
            ownData.add("Border Produce LLC");   // a party name of other tests' crossings in the officers' shared queue
            ownData.addAll(List.of("officer-mx", "officer-us", "broker", "carrier", "analyst", "auditor", "admin"));   // user names

            Map<String, List<String>> failures = new LinkedHashMap<>();
            for (String language : List.of("es", "en")) {
                check(failures, language, "anonymous /console/login", anonymous("/console/login?lang=" + language), ownData);
                Console broker = new Console("broker", language);
                check(failures, language, "broker list", broker.get("/console/broker/crossings?number=" + pedimento), ownData);   // only this test's own importer names: other tests' parties are proper names of any language
                check(failures, language, "broker form", broker.get("/console/broker/crossings/new"), ownData);
                String errors = broker.post("/console/broker/crossings/new", "/console/broker/crossings",
                        Map.of("direction", "NORTHBOUND", "mxCustomsOffice", "999", "mxTaxId", "XYZ", "carrierScac", "1"));
                assertThat(errors).contains("id=\"form-errors\"");
                check(failures, language, "broker form with errors", errors, ownData);
                String brokerCase = broker.get("/console/broker/crossings/" + id);
                check(failures, language, "broker crossing", brokerCase, ownData);
                assertThat(brokerCase).containsPattern("es".equals(language) ? MX_DATE_TIME : ISO_DATE_TIME);
                for (String officer : List.of("officer-mx", "officer-us")) {
                    Console o = new Console(officer, language);
                    check(failures, language, officer + " queue", o.get("/console/officer/queue"), ownData);
                    check(failures, language, officer + " crossing", o.get("/console/officer/crossings/" + id), ownData);
                }
                // releasing a red-lane crossing before its joint inspection is refused: the notice is in the reader's language
                Console us = new Console("officer-us", language);
                String refused = us.post("/console/officer/crossings/" + id, "/console/officer/crossings/" + id + "/decisions",
                        Map.of("decision", "RELEASE", "notes", ""));
                assertThat(refused).contains("class=\"flash error\"");
                check(failures, language, "officer-us refusal", refused, ownData);
                Console analyst = new Console("analyst", language);
                String dashboard = analyst.get("/console/analyst/dashboard");
                check(failures, language, "analyst dashboard", dashboard, ownData);
                // the misclassification card reads the compliance figures and links to the detections page
                assertThat(dashboard).contains("id=\"misclassification-card\"", "href=\"/console/analyst/detections\"")
                        .containsPattern("id=\"detections-open\">\\d[\\d,]*<")
                        .containsPattern("id=\"tax-confirmed\">MXN \\d[\\d,]*\\.\\d{2}<")
                        .contains("es".equals(language)
                                ? List.of("Clasificación arancelaria incorrecta", "Detecciones abiertas", "Contribuciones en riesgo confirmadas").toArray(String[]::new)
                                : List.of("Misclassification", "Detections open", "Tax at stake confirmed").toArray(String[]::new));
                check(failures, language, "analyst targeting drift", analyst.get("/console/analyst/drift"), ownData);
                for (String other : List.of("carrier", "auditor", "admin")) {
                    check(failures, language, other + " welcome", new Console(other, language).get("/console/welcome"), ownData);
                }
            }
            assertThat(failures).as("words of the other language on console pages").isEmpty();
        } finally {
            admin.post("/api/v1/risk/rules/" + ruleId + "/retire", "{\"reason\":\"test done\"}");
        }
    }

    /** The API's problem keeps its code and field paths; title, detail and field messages follow Accept-Language. */
    @Test
    void apiProblemsSpeakTheCallersLanguageAndKeepTheirCodes() {
        String unknown = "/api/v1/crossings/" + java.util.UUID.randomUUID();
        Http.Response es = new Http(port).as("broker", "broker").header("Accept-Language", "es-MX,es;q=0.9").get(unknown);
        Http.Response en = new Http(port).as("broker", "broker").header("Accept-Language", "en").get(unknown);
        Http.Response none = new Http(port).as("broker", "broker").get(unknown);
        assertThat(es.status()).isEqualTo(404);
        assertThat(es.json().get("code").asString()).isEqualTo("CROSSING_NOT_FOUND").isEqualTo(en.json().get("code").asString());
        assertThat(es.json().get("title").asString()).isEqualTo("No encontrado");
        assertThat(es.json().get("detail").asString()).isEqualTo("No existe ese cruce o no es visible para su organización.");
        assertThat(en.json().get("title").asString()).isEqualTo("Crossing not found");
        assertThat(none.json().get("title").asString()).as("English by default").isEqualTo("Crossing not found");

        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json").replace("\"AGR010215KJ3\"", "\"XYZ\"");
        Http.Response bad = new Http(port).as("broker", "broker").header("Accept-Language", "es").post("/api/v1/crossings", body);
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        JsonNode rfc = null;
        for (JsonNode error : bad.json().get("errors")) {
            if ("MALFORMED_RFC".equals(error.get("code").asString())) {
                rfc = error;
            }
        }
        assertThat(rfc).as(bad.body()).isNotNull();
        assertThat(rfc.get("field").asString()).endsWith(".taxId");
        assertThat(rfc.get("message").asString()).isEqualTo("RFC mal formado.");
        StringBuilder words = new StringBuilder(bad.json().get("title").asString()).append(" | ").append(bad.json().get("detail").asString());
        bad.json().get("errors").forEach(error -> words.append(" | ").append(error.get("message").asString()));
        assertThat(leaks.in(words.toString(), "es", strings(body))).as("English in a Spanish problem: " + words).isEmpty();
    }

    private void check(Map<String, List<String>> failures, String language, String page, String html, List<String> ownData) {
        List<String> found = leaks.in(html, language, ownData);
        if (!found.isEmpty()) {
            failures.put(language + ": " + page, found);
        }
    }

    private String anonymous(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Every string value of a JSON document: the data the test itself filed. */
    private static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        collect(JsonMapper.builder().build().readTree(json), out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        node.forEach(child -> collect(child, out));
    }

    /** A signed-in console session (cookie, CSRF) whose language is set once with ?lang= and then kept by its cookie. */
    private final class Console {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Console(String user, String language) throws IOException, InterruptedException {
            String login = client.send(HttpRequest.newBuilder(uri("/console/login?lang=" + language)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = LOGIN_CSRF.matcher(login);
            assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user,
                            "_csrf", csrf.group(1))))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.uri().getPath()).as("signed in as " + user).doesNotContain("login");
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path + ": " + page.body()).isEqualTo(200);
            return page.body();
        }

        /** Posts a form as the page at {@code from} would (its CSRF token) and returns the page shown after. */
        String post(String from, String action, Map<String, String> fields) throws IOException, InterruptedException {
            Matcher csrf = META_CSRF.matcher(get(from));
            assertThat(csrf.find()).as("CSRF token on " + from).isTrue();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf.group(1));
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(all))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(action + ": " + page.body()).isEqualTo(200);
            return page.body();
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
