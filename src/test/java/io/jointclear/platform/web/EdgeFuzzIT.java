package io.jointclear.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutated contract documents over real HTTP to the whole application on its own embedded
 * PostgreSQL: no answer may be a 5xx, and every 4xx is an RFC 9457 problem+json in the platform's
 * shape. {@code -Djointclear.fuzz.requests=50000} raises the count (default 2,000),
 * {@code -Djointclear.fuzz.seed=N} changes the sequence. Its own context (demo traffic off) so that
 * the reference data it imports never reaches other tests.
 */
@DemoUsersIntegrationTest
@TestPropertySource(properties = {"jointclear.demo.enabled=false", "logging.level.io.jointclear.platform.web.ProblemHandler=off"})
class EdgeFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void mutatedContractRequestsNeverFailTheServerAndAlwaysAnswerProblems() throws Exception {
        int requests = Integer.getInteger("jointclear.fuzz.requests", 2_000);
        long seed = Long.getLong("jointclear.fuzz.seed", 20261203L);
        EdgeMutations mutations = new EdgeMutations(seed, fileTarget());
        Map<Integer, Integer> histogram = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (RawHttp http = new RawHttp(port)) {
            for (int i = 0; i < requests; i++) {
                EdgeMutations.Request request = mutations.next();
                RawHttp.Answer answer;
                try {
                    answer = http.exchange(request.head(), request.body(), request.headRequest());
                } catch (java.io.IOException e) {
                    histogram.merge(0, 1, Integer::sum);
                    if (failures.size() < 25) {
                        failures.add("#" + i + " " + request.description() + " -> no answer: " + e);
                    }
                    continue;
                }
                histogram.merge(answer.status(), 1, Integer::sum);
                String wrong = judge(answer, request.headRequest());
                if (wrong != null && failures.size() < 25) {
                    failures.add("#" + i + " " + request.description() + " -> " + answer.status() + " " + wrong);
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Edge fuzz: %d requests, seed %d, %d ms, status histogram %s%n", requests, seed, millis, histogram);
        assertThat(failures).as("answers that are a 5xx or a 4xx without a problem+json body").isEmpty();
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    static String judge(RawHttp.Answer answer, boolean headRequest) {
        int status = answer.status();
        if (status >= 500) {
            return "server error: " + abbreviate(answer.text());
        }
        if (status < 400) {
            return null;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "content type '" + answer.contentType() + "': " + abbreviate(answer.text());
        }
        if (headRequest) {
            return null;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            return "unreadable problem: " + abbreviate(answer.text());
        }
        for (String member : List.of("type", "title", "status", "detail", "code", "errors")) {
            if (!problem.has(member)) {
                return "problem without '" + member + "': " + abbreviate(answer.text());
            }
        }
        if (problem.get("status").asInt() != status || !problem.get("errors").isArray()) {
            return "problem status/errors inconsistent: " + abbreviate(answer.text());
        }
        return null;
    }

    /** A crossing to aim arrivals, decisions and amendments at. */
    private String fileTarget() {
        Http.Response filed = new Http(port).as("broker", "broker")
                .post("/api/v1/crossings", EdgeMutations.resource("crossing-northbound-tomatoes.json"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
