package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's problems in Spanish for a caller who asks for es-MX, whichever layer answers: a module's
 * refusal, the web layer's (malformed JSON, an unknown property, a bad parameter), the framework's (405,
 * 415), the security filter chain's (401, 403) and the request edge filter's (a bad Idempotency-Key).
 * Title, detail and every field message carry no English word; the codes and field paths stay as they are.
 */
@DemoUsersIntegrationTest
class ApiProblemLanguageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final LanguageLeaks leaks = new LanguageLeaks();

    @Test
    void everyLayersProblemsAreInSpanishForASpanishCaller() throws Exception {
        List<String> codes = new ArrayList<>();
        codes.add(spanish(get("officer-mx", "/api/v1/crossings/" + UUID.randomUUID()), 404, "CROSSING_NOT_FOUND"));
        codes.add(spanish(get("officer-mx", "/api/v1/crossings?page=0"), 400, "INVALID_LIST_PARAMETER"));
        codes.add(spanish(get("officer-mx", "/api/v1/crossings?awaiting=CA"), 400, "MALFORMED_PARAMETER"));
        codes.add(spanish(send("broker", "POST", "/api/v1/crossings", "application/json", "{\"direction\":"), 400, "MALFORMED_JSON"));
        codes.add(spanish(send("broker", "POST", "/api/v1/crossings", "application/json", "{\"colour\":\"red\"}"), 400,
                "UNKNOWN_PROPERTY"));
        codes.add(spanish(send("broker", "POST", "/api/v1/crossings", "text/plain", "hola"), 415, "HTTP_415"));
        codes.add(spanish(send("broker", "DELETE", "/api/v1/crossings", null, null), 405, "HTTP_405"));
        codes.add(spanish(send(null, "GET", "/api/v1/crossings", null, null), 401, "UNAUTHENTICATED"));
        codes.add(spanish(get("broker", "/api/v1/audit/verify"), 403, "FORBIDDEN"));

        // a filing breaking rules of both declarations: each field error in Spanish (the RFC one was English before)
        String filing = new ClassPathResource("clearance/crossing-northbound-tomatoes.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("AGR010215KJ3", "NOT-AN-RFC").replace("\"usPort\": \"2304\"", "\"usPort\": \"2402\"");
        HttpResponse<String> invalid = send("broker", "POST", "/api/v1/crossings", "application/json", filing);
        codes.add(spanish(invalid, 422, "CROSSING_INVALID"));
        assertThat(JSON.readTree(invalid.body()).get("errors").toString()).contains("MALFORMED_RFC");

        // a batch's per-item problems too
        HttpResponse<String> batch = send("broker", "POST", "/api/v1/crossings/batch", "application/json",
                "{\"crossings\":[{\"idempotencyKey\":\"b-" + UUID.randomUUID() + "\",\"crossing\":" + filing + "}]}");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        JsonNode item = JSON.readTree(batch.body()).get("results").get(0).get("problem");
        assertThat(item.get("code").asString()).isEqualTo("CROSSING_INVALID");
        StringBuilder itemWords = new StringBuilder(item.get("title").asString()).append(". ").append(item.get("detail").asString());
        item.get("errors").forEach(e -> itemWords.append(". ").append(e.get("message").asString()));
        assertThat(leaks.in(itemWords.toString(), "es", List.of())).as("batch item: " + itemWords).isEmpty();

        HttpResponse<String> badKey = client.send(request("broker", "POST", "/api/v1/crossings", "application/json", "{}")
                .header("Idempotency-Key", "x".repeat(300)).build(), HttpResponse.BodyHandlers.ofString());
        codes.add(spanish(badKey, 400, "IDEMPOTENCY_KEY_INVALID"));
        assertThat(codes).hasSize(11);
    }

    @Test
    void anEnglishCallerKeepsThePlatformsOwnDetail() throws Exception {
        HttpResponse<String> r = client.send(request(null, "GET", "/api/v1/crossings", null, null)
                .setHeader("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("title").asString()).isEqualTo("Authentication required");
    }

    /** Asserts the answer is the problem expected, worded in Spanish; returns its code. */
    private String spanish(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("code").asString()).isEqualTo(code);
        StringBuilder words = new StringBuilder(p.get("title").asString()).append(". ").append(p.get("detail").asString());
        for (JsonNode e : p.get("errors")) {
            words.append(". ").append(e.get("message").asString());
        }
        assertThat(leaks.in(words.toString(), "es", List.of())).as(code + ": " + words).isEmpty();
        return code;
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null, null);
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(request(user, method, path, contentType, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Accept-Language", "es-MX")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b;
    }
}
