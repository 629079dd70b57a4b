package io.jointclear.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Role × endpoint matrix over real HTTP with the demo users. "Allowed" means the security layer let
 * the request through (any answer but 401/403: the endpoint may still say 400 or 404); paths of
 * modules not written yet are checked the same way, since the rules apply before any controller.
 */
@DemoUsersIntegrationTest
class AccessRulesIT {

    private static final String NOBODY = "(anonymous)";
    private static final List<String> USERS =
            List.of(NOBODY, "broker", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin");
    private static final String NO_CROSSING = "/api/v1/crossings/00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    ConfiguredUsers users;

    @Autowired
    RequestMappingHandlerAdapter mvc;

    /** One endpoint: who passes security, who is refused; users in neither set are left to the module. */
    record Rule(String method, String path, String body, Set<String> allowed, Set<String> refused) {
        static Rule only(String method, String path, String body, Set<String> allowed) {
            Set<String> refused = new java.util.TreeSet<>(USERS);
            refused.removeAll(allowed);
            refused.remove(NOBODY);
            return new Rule(method, path, body, allowed, refused);
        }
    }

    private static final Set<String> EVERYONE = Set.of("broker", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin");

    private static final List<Rule> RULES = List.of(
            new Rule("GET", "/api/v1/reference/port-pairs", null, Set.copyOf(USERS), Set.of()),
            new Rule("GET", "/api/v1/reference/exchange-rates/USD/MXN?date=2025-03-10", null, Set.copyOf(USERS), Set.of()),
            Rule.only("PUT", "/api/v1/reference/tariff/MX/rates", "fraccion,igi,ige,valid_from,valid_to,source\n", Set.of("admin")),
            Rule.only("PUT", "/api/v1/reference/exchange-rates/USD/MXN", "date,mxn_per_usd_fix\n", Set.of("admin")),
            Rule.only("POST", "/api/v1/assessments", "{}", EVERYONE),
            Rule.only("PUT", "/api/v1/tariff/measures/any", "{}", Set.of("admin")),
            Rule.only("GET", "/api/v1/audit/verify", null, Set.of("auditor", "admin")),
            Rule.only("GET", "/api/v1/audit/entries?subjectId=x", null, Set.of("auditor", "admin")),
            Rule.only("GET", "/api/v1/statistics/any", null, Set.of("analyst", "officer-mx", "officer-us", "auditor", "admin")),
            Rule.only("GET", NO_CROSSING, null, Set.of("broker", "officer-mx", "officer-us", "analyst", "admin")),
            new Rule("POST", "/api/v1/crossings", "{}", Set.of(), Set.of("carrier", "analyst", "auditor")),
            Rule.only("POST", "/api/v1/crossings/batch", "{\"crossings\":[]}", Set.of("broker", "admin")),
            new Rule("POST", NO_CROSSING + "/arrival", "{\"at\":\"2026-03-10T15:00:00Z\"}",
                    Set.of("carrier", "officer-mx", "officer-us", "admin"), Set.of("analyst", "auditor")),
            new Rule("POST", NO_CROSSING + "/decisions", "{\"authority\":\"MX\",\"decision\":\"RELEASE\"}",
                    Set.of(), Set.of("carrier", "analyst", "auditor")),
            new Rule("GET", "/actuator/health", null, Set.copyOf(USERS), Set.of()),
            new Rule("GET", "/v3/api-docs", null, Set.copyOf(USERS), Set.of()),
            Rule.only("GET", "/actuator/metrics", null, Set.of("admin")));

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RULES) {
            for (String user : USERS) {
                tests.add(dynamicTest(rule.method() + " " + rule.path() + " as " + user, () -> check(rule, user)));
            }
        }
        return tests.stream();
    }

    private void check(Rule rule, String user) {
        Http.Response response = send(client(user), rule);
        if (rule.allowed().contains(user)) {
            assertThat(response.status()).as(response.body()).isNotIn(401, 403);
        } else if (NOBODY.equals(user)) {
            assertThat(response.status()).isEqualTo(401);
            assertProblem(response, 401, "UNAUTHENTICATED");
        } else if (rule.refused().contains(user)) {
            assertThat(response.status()).isEqualTo(403);
            assertProblem(response, 403, "FORBIDDEN");
        }
    }

    @Test
    void unknownUserIsAnsweredWithAProblemNotAPage() {
        Http.Response response = new Http(port).as("nobody", "nobody").get("/api/v1/audit/verify");
        assertThat(response.status()).isEqualTo(401);
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.json().get("detail").asString()).isEqualTo("The user name or password is not valid");
    }

    @Test
    void wrongPasswordIsTheSame401AsAnUnknownUser() {
        Http.Response wrong = new Http(port).as("admin", "not-the-password").put("/api/v1/reference/tariff/MX/rates",
                "text/csv", "fraccion,igi,ige,valid_from,valid_to,source\n");
        Http.Response unknown = new Http(port).as("nobody", "x").put("/api/v1/reference/tariff/MX/rates",
                "text/csv", "fraccion,igi,ige,valid_from,valid_to,source\n");
        assertProblem(wrong, 401, "UNAUTHENTICATED");
        assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void anonymousGetsABasicChallengeAndNobodyGetsASession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri("/api/v1/audit/verify")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"JointClear\"");

        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(uri("/api/v1/audit/verify"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void consolePathsAreNotPartOfTheApiChain() throws Exception {
        HttpResponse<String> console = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/console")).build(),
                HttpResponse.BodyHandlers.ofString());
        // Form login for the coming console, not a Basic challenge.
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void demoUsersBecomeActorsWithAuthorityAndFiler() {
        Map<String, Actor> actors = Map.of(
                "officer-mx", actor("officer-mx"), "officer-us", actor("officer-us"), "broker", actor("broker"));
        assertThat(actors.get("officer-mx").isOfficerOf(Authority.MX)).isTrue();
        assertThat(actors.get("officer-us").isOfficerOf(Authority.US)).isTrue();
        assertThat(actors.get("officer-us").isOfficerOf(Authority.MX)).isFalse();
        assertThat(actors.get("broker").isFilerOf(Authority.MX, "3456")).isTrue();
        assertThat(actors.get("broker").isFilerOf(Authority.US, "316")).isTrue();
        assertThat(users.size()).isEqualTo(7);
    }

    @Test
    void controllersCanDeclareAnActorParameter() {
        assertThat(mvc.getArgumentResolvers()).anyMatch(ActorArgumentResolver.class::isInstance);
    }

    private Actor actor(String name) {
        return ((ActorPrincipal) users.loadUserByUsername(name)).actor();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Http client(String user) {
        return NOBODY.equals(user) ? new Http(port) : new Http(port).as(user, user);
    }

    private static Http.Response send(Http http, Rule rule) {
        return switch (rule.method()) {
            case "GET" -> http.get(rule.path());
            case "POST" -> http.post(rule.path(), rule.body());
            case "PUT" -> http.put(rule.path(), rule.body().startsWith("{") ? "application/json" : "text/csv", rule.body());
            default -> throw new IllegalArgumentException(rule.method());
        };
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(body.get("errors").size()).isZero();
    }
}
