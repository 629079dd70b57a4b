package io.jointclear.platform.idempotency;

import io.jointclear.support.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingEvents;
import io.jointclear.declaration.DeclarationNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key over HTTP on the embedded PostgreSQL: keys live in the key space of the organisation
 * acting, every state-changing endpoint runs once per key and replays its first answer, a key used for
 * a refused request stays free, and concurrent duplicates change the state once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.risk.minimum-random-rate.MX=0",
        "jointclear.risk.minimum-random-rate.US=0",
        "jointclear.idempotency.max-body-size=64KB",
        "jointclear.security.users[0].username=broker-a", "jointclear.security.users[0].password=broker-a",
        "jointclear.security.users[0].roles=BROKER",
        "jointclear.security.users[0].filer.patente=3456", "jointclear.security.users[0].filer.filer-code=316",
        "jointclear.security.users[1].username=broker-b", "jointclear.security.users[1].password=broker-b",
        "jointclear.security.users[1].roles=BROKER",
        "jointclear.security.users[1].filer.patente=3210", "jointclear.security.users[1].filer.filer-code=317",
        "jointclear.security.users[2].username=carrier", "jointclear.security.users[2].password=carrier",
        "jointclear.security.users[2].carrier=TDNM",
        "jointclear.security.users[2].roles=CARRIER",
        "jointclear.security.users[3].username=officer-mx", "jointclear.security.users[3].password=officer-mx",
        "jointclear.security.users[3].roles=OFFICER_MX",
        "jointclear.security.users[4].username=officer-us", "jointclear.security.users[4].password=officer-us",
        "jointclear.security.users[4].roles=OFFICER_US",
        "jointclear.security.users[5].username=admin", "jointclear.security.users[5].password=admin",
        "jointclear.security.users[5].roles=ADMIN"})
class IdempotencyKeysIT {

    private static final String CONTRACT = TestResources.read("clearance/crossing-northbound-tomatoes.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ROUND = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommittedEvents events;

    @Autowired
    IdempotencyRetention retention;

    private final HttpClient client = HttpClient.newHttpClient();

    /** Counts events per crossing once their transaction committed: what listeners and projections see. */
    static class CommittedEvents {
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        @TransactionalEventListener
        void lanes(CrossingEvents.LanesSelected e) {
            counts.computeIfAbsent("LanesSelected:" + e.crossingId(), k -> new AtomicInteger()).incrementAndGet();
        }

        @TransactionalEventListener
        void decision(CrossingEvents.DecisionRecorded e) {
            counts.computeIfAbsent("DecisionRecorded:" + e.crossingId(), k -> new AtomicInteger()).incrementAndGet();
        }

        int count(String kind, String crossingId) {
            AtomicInteger n = counts.get(kind + ":" + crossingId);
            return n == null ? 0 : n.get();
        }
    }

    @TestConfiguration
    static class Events {
        @Bean
        CommittedEvents committedEvents() {
            return new CommittedEvents();
        }
    }

    @Test
    void twoOrganisationsUseTheSameFilingKeyIndependently() {
        String key = "shared-" + UUID.randomUUID();
        String forA = crossing("3456", "316");
        String forB = crossing("3210", "317");

        Answer a = send("broker-a", "POST", "/api/v1/crossings", key, forA);
        Answer b = send("broker-b", "POST", "/api/v1/crossings", key, forB);

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(id(a)).isNotEqualTo(id(b));
        // each organisation's repeat gets its own first answer
        Answer repeatA = send("broker-a", "POST", "/api/v1/crossings", key, forA);
        assertThat(repeatA.body()).isEqualTo(a.body());
        assertThat(repeatA.header(REPLAYED)).isEqualTo("true");
        assertThat(a.header(REPLAYED)).isNull();
        assertThat(send("broker-b", "POST", "/api/v1/crossings", key, forB).body()).isEqualTo(b.body());
        // in its own key space the key is still protected against another body, and says nothing of the other space
        Answer reused = send("broker-b", "POST", "/api/v1/crossings", key, crossing("3210", "317"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.body()).doesNotContain(id(a)).doesNotContain("broker-a").doesNotContain(id(b));
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT scope) FROM clearance.idempotency_key WHERE key = ?",
                Integer.class, key)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM clearance.crossing WHERE id IN (?::uuid, ?::uuid)",
                Integer.class, id(a), id(b))).isEqualTo(2);
    }

    @Test
    void aBatchItemKeyLivesInTheFilersKeySpace() {
        String key = "batch-" + UUID.randomUUID();
        Answer single = send("broker-a", "POST", "/api/v1/crossings", key, crossing("3456", "316"));
        assertThat(single.status()).isEqualTo(201);
        String batch = "{\"crossings\":[{\"idempotencyKey\":\"" + key + "\",\"crossing\":" + crossing("3210", "317") + "}]}";

        Answer filed = send("broker-b", "POST", "/api/v1/crossings/batch", null, batch);

        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        JsonNode result = filed.json().get("results").get(0);
        assertThat(result.get("status").asInt()).isEqualTo(201);
        assertThat(result.get("crossing").get("id").asString()).isNotEqualTo(id(single));
        // a key for the whole batch is refused, never ignored
        Answer headerKey = send("broker-b", "POST", "/api/v1/crossings/batch", "whole-" + UUID.randomUUID(),
                "{\"crossings\":[{\"crossing\":" + crossing("3210", "317") + "}]}");
        assertThat(headerKey.status()).isEqualTo(400);
        assertThat(headerKey.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_PER_ITEM");
    }

    @Test
    void aRepeatedArrivalIsAnsweredAgainWithoutArrivingTwice() {
        String id = fileAs("broker-a");
        String key = "arrival-" + UUID.randomUUID();
        String body = arrival();

        Answer first = send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", key, body);
        Answer again = send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header(REPLAYED)).isNull();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(audited(id, "CROSSING_ARRIVED")).isEqualTo(1);
        assertThat(audited(id, "LANES_SELECTED")).isEqualTo(1);
        assertThat(events.count("LanesSelected", id)).isEqualTo(1);
        // without the key the same arrival is a conflict: the replay above did not run the handler
        assertThat(send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", null, body).status()).isEqualTo(409);
    }

    @Test
    void aRepeatedDecisionIsRecordedOnceAndTheKeyRefusesAnotherRequest() {
        String id = arrivedCrossing();
        String key = "decision-" + UUID.randomUUID();
        String hold = "{\"authority\":\"MX\",\"decision\":\"HOLD\",\"notes\":\"documents\"}";

        Answer first = send("officer-mx", "POST", "/api/v1/crossings/" + id + "/decisions", key, hold);
        Answer again = send("officer-mx", "POST", "/api/v1/crossings/" + id + "/decisions", key, hold);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(decisions(id)).isEqualTo(1);
        assertThat(events.count("DecisionRecorded", id)).isEqualTo(1);

        Answer otherBody = send("officer-mx", "POST", "/api/v1/crossings/" + id + "/decisions", key,
                hold.replace("documents", "seals"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        Answer otherPath = send("officer-mx", "POST", "/api/v1/crossings/" + arrivedCrossing() + "/decisions", key, hold);
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(decisions(id)).isEqualTo(1);
    }

    @Test
    void aKeyUsedForARefusedRequestServesTheCorrectedOne() {
        String id = fileAs("broker-a");
        String key = "refused-" + UUID.randomUUID();

        Answer missingTime = send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", key, "{}");
        assertThat(missingTime.status()).isEqualTo(400);
        Answer corrected = send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", key, arrival());
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.header(REPLAYED)).isNull();

        // a conflict (deciding before arrival) leaves nothing behind either: the same request succeeds later
        String early = fileAs("broker-a");
        String decisionKey = "early-" + UUID.randomUUID();
        String hold = "{\"authority\":\"MX\",\"decision\":\"HOLD\",\"notes\":\"\"}";
        assertThat(send("officer-mx", "POST", "/api/v1/crossings/" + early + "/decisions", decisionKey, hold).status())
                .isEqualTo(409);
        assertThat(send("carrier", "POST", "/api/v1/crossings/" + early + "/arrival", null, arrival()).status()).isEqualTo(200);
        Answer decided = send("officer-mx", "POST", "/api/v1/crossings/" + early + "/decisions", decisionKey, hold);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.header(REPLAYED)).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.idempotency_key WHERE key = ?", Integer.class,
                decisionKey)).isEqualTo(1);
    }

    @Test
    void inspectionStepsRepeatedWithTheirKeysHappenOnce() throws InterruptedException {
        String id = arrivedCrossing();
        String base = "/api/v1/crossings/" + id;
        String refer = "{\"authority\":\"US\",\"decision\":\"REFER\",\"notes\":\"exam\"}";
        assertThat(send("officer-us", "POST", base + "/decisions", "refer-" + UUID.randomUUID(), refer).status()).isEqualTo(200);
        awaitInspection(base + "/inspection");

        String joinKey = "join-" + UUID.randomUUID();
        Answer joined = send("officer-mx", "POST", base + "/inspection/participants", joinKey, "");
        Answer joinedAgain = send("officer-mx", "POST", base + "/inspection/participants", joinKey, "");
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joinedAgain.header(REPLAYED)).isEqualTo("true");
        assertThat(joinedAgain.body()).isEqualTo(joined.body());
        assertThat(send("officer-us", "POST", base + "/inspection/participants", "join-" + UUID.randomUUID(), "")
                .json().get("status").asString()).isEqualTo("IN_PROGRESS");

        String findingKey = "finding-" + UUID.randomUUID();
        String finding = "{\"kind\":\"QUANTITY\",\"line\":1,\"description\":\"short by 360 kg\"}";
        Answer recorded = send("officer-us", "POST", base + "/inspection/findings", findingKey, finding);
        Answer recordedAgain = send("officer-us", "POST", base + "/inspection/findings", findingKey, finding);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recordedAgain.body()).isEqualTo(recorded.body());
        assertThat(recordedAgain.json().get("findings")).hasSize(1);

        String endKey = "end-" + UUID.randomUUID();
        Answer ended = send("officer-mx", "POST", base + "/inspection/end", endKey, "");
        Answer endedAgain = send("officer-mx", "POST", base + "/inspection/end", endKey, "");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(endedAgain.status()).isEqualTo(200);
        assertThat(endedAgain.header(REPLAYED)).isEqualTo("true");
        assertThat(audited(id, "INSPECTION_JOINED")).isEqualTo(2);
        assertThat(audited(id, "INSPECTION_FINDING_RECORDED")).isEqualTo(1);
        assertThat(audited(id, "INSPECTION_ENDED")).isEqualTo(1);
    }

    @Test
    void theApiDocumentsTheHeaderOnKeyedWrites() {
        JsonNode paths = send("admin", "GET", "/v3/api-docs", null, "").json().get("paths");
        assertThat(paths.get("/api/v1/crossings/{id}/arrival").get("post").get("parameters").toString())
                .contains("Idempotency-Key");
        assertThat(paths.get("/api/v1/reference/tariff/MX/rates").get("put").get("parameters").toString())
                .contains("Idempotency-Key");
    }

    @Test
    void concurrentDuplicatesOfAnArrivalChangeTheCrossingOnce() throws Exception {
        String id = fileAs("broker-a");
        String key = "race-" + UUID.randomUUID();
        String body = arrival();
        List<Callable<Answer>> calls = new ArrayList<>();
        // more duplicates than the connection pool holds: each waits on the key's row with its connection
        for (int i = 0; i < 24; i++) {
            calls.add(() -> send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", key, body));
        }


        List<Answer> answers = all(calls);

        for (Answer a : answers) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.body()).isEqualTo(answers.getFirst().body());
        }
        assertThat(answers.stream().filter(a -> a.header(REPLAYED) == null).count()).isEqualTo(1);
        assertThat(audited(id, "CROSSING_ARRIVED")).isEqualTo(1);
        assertThat(audited(id, "LANES_SELECTED")).isEqualTo(1);
        assertThat(events.count("LanesSelected", id)).isEqualTo(1);
    }

    @Test
    void bothAuthoritiesDecidingAtOnceWithKeysAreBothRecorded() throws Exception {
        // Concurrent changes of one crossing inside keyed transactions: the loser retries in a savepoint.
        List<String> ids = new ArrayList<>();
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = arrivedCrossing();
            ids.add(id);
            for (String authority : List.of("MX", "US")) {
                String user = "officer-" + authority.toLowerCase();
                String body = "{\"authority\":\"" + authority + "\",\"decision\":\"HOLD\",\"notes\":\"\"}";
                calls.add(() -> send(user, "POST", "/api/v1/crossings/" + id + "/decisions", "both-" + UUID.randomUUID(), body));
            }
        }

        for (Answer a : all(calls)) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
        for (String id : ids) {
            assertThat(decisions(id)).isEqualTo(2);
            assertThat(audited(id, "DECISION_RECORDED")).isEqualTo(2);
            assertThat(events.count("DecisionRecorded", id)).isEqualTo(2);
        }
    }

    @Test
    void anAdministratorsImportRepeatedWithItsKeyIsReplayedNotImportedAgain() {
        String key = "rates-" + UUID.randomUUID();
        String csv = "fraccion,igi,ige,valid_from,valid_to,source\n85171301,5,Ex.,2026-01-01,,test fixture (not tariff data)\n";

        Answer first = send("admin", "PUT", "/api/v1/reference/tariff/MX/rates", key, csv, "text/csv");
        Answer again = send("admin", "PUT", "/api/v1/reference/tariff/MX/rates", key, csv, "text/csv");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("stored").asInt()).isEqualTo(1);
        // an import run again would report the row unchanged; the replay is the first answer
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reference.mx_tariff_rate WHERE fraccion = '85171301'",
                Integer.class)).isEqualTo(1);
        Answer otherFile = send("admin", "PUT", "/api/v1/reference/tariff/MX/rates", key,
                csv.replace(",5,", ",7,"), "text/csv");
        assertThat(otherFile.status()).isEqualTo(422);
        assertThat(otherFile.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aRuleSavedTwiceWithItsKeyIsOneVersion() {
        String ruleId = "IDEM_TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String rule = """
                {"ruleId":"%s","authority":"MX","description":"Diesel declared as lubricant",
                 "when":[{"attribute":"hs","operator":"PREFIX","values":["271019"]}],
                 "weight":2.5,"lane":"YELLOW","validFrom":"2026-01-01T00:00:00Z","status":"DRAFT","reason":"note 12"}
                """.formatted(ruleId);
        String key = "rule-" + UUID.randomUUID();

        Answer first = send("admin", "POST", "/api/v1/risk/rules", key, rule);
        Answer again = send("admin", "POST", "/api/v1/risk/rules", key, rule);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = 'RISK_RULE_CHANGED' AND subject_id = ?",
                Integer.class, ruleId)).isEqualTo(1);
        // another key is another request: the next version
        Answer next = send("admin", "POST", "/api/v1/risk/rules", "rule-" + UUID.randomUUID(), rule);
        assertThat(next.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aKeyPastItsRetentionIsForgottenAndServesANewRequest() {
        String key = "old-" + UUID.randomUUID();
        String first = arrivedCrossing();
        String hold = "{\"authority\":\"MX\",\"decision\":\"HOLD\",\"notes\":\"\"}";
        assertThat(send("officer-mx", "POST", "/api/v1/crossings/" + first + "/decisions", key, hold).status()).isEqualTo(200);
        String fresh = "fresh-" + UUID.randomUUID();
        assertThat(send("officer-mx", "POST", "/api/v1/crossings/" + first + "/decisions", fresh, hold).status()).isEqualTo(200);
        jdbc.update("UPDATE platform.idempotency_key SET created_at = now() - interval '31 days' WHERE key = ?", key);

        retention.purge();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.idempotency_key WHERE key IN (?, ?)", Integer.class,
                key, fresh)).isEqualTo(1);
        Answer reusedLater = send("officer-mx", "POST", "/api/v1/crossings/" + arrivedCrossing() + "/decisions", key, hold);
        assertThat(reusedLater.status()).as(reusedLater.body()).isEqualTo(200);
        assertThat(reusedLater.header(REPLAYED)).isNull();
    }

    @Test
    void aKeyTooLongOrNotPrintableAsciiIsABadRequest() {
        String id = fileAs("broker-a");
        String tooLong = "k".repeat(256);
        for (String path : List.of("/api/v1/crossings/" + id + "/arrival", "/api/v1/crossings")) {
            String body = path.endsWith("arrival") ? arrival() : crossing("3456", "316");
            for (String key : List.of(tooLong, "tab\tinside")) {
                Answer refused = send(path.endsWith("arrival") ? "carrier" : "broker-a", "POST", path, key, body);
                assertThat(refused.status()).as(path + " " + refused.body()).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
            }
        }
        // a non-ASCII key as a client sends it, in UTF-8 bytes (an HTTP client library would refuse to)
        for (String path : List.of("/api/v1/crossings/" + id + "/arrival", "/api/v1/crossings")) {
            String body = path.endsWith("arrival") ? arrival() : crossing("3456", "316");
            String answer = raw(path.endsWith("arrival") ? "carrier" : "broker-a", path, "clé-1", body);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("IDEMPOTENCY_KEY_INVALID");
        }
        // a keyed body is read whole before the handler runs: bounded
        Answer tooLarge = send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", "large-" + UUID.randomUUID(),
                "{\"at\":\"" + Instant.now() + "\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(audited(id, "CROSSING_ARRIVED")).isZero();
        assertThat(send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", "k".repeat(255), arrival()).status())
                .isEqualTo(200);
    }

    /** A POST written by hand on a socket, its header bytes as given (UTF-8): the whole answer as text. */
    private String raw(String user, String path, String key, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                + "\r\nIdempotency-Key: " + key + "\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- helpers

    private static final String REPLAYED = "Idempotent-Replayed";

    /** An answer with its headers. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer send(String user, String method, String path, String key, String body) {
        return send(user, method, path, key, body, "application/json");
    }

    private Answer send(String user, String method, String path, String key, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            return results;
        }
    }

    private String fileAs(String broker) {
        Answer filed = "broker-a".equals(broker)
                ? send(broker, "POST", "/api/v1/crossings", null, crossing("3456", "316"))
                : send(broker, "POST", "/api/v1/crossings", null, crossing("3210", "317"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return id(filed);
    }

    private String arrivedCrossing() {
        String id = fileAs("broker-a");
        Answer arrived = send("carrier", "POST", "/api/v1/crossings/" + id + "/arrival", null, arrival());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        return id;
    }

    private void awaitInspection(String path) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (send("officer-us", "GET", path, null, "").status() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no inspection scheduled at " + path);
    }

    private static String arrival() {
        return "{\"at\":\"" + Instant.now().minusSeconds(600) + "\"}";
    }

    private static String id(Answer filed) {
        return filed.json().get("id").asString();
    }

    private int audited(String crossingId, String action) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE subject_id = ? AND action = ?", Integer.class,
                crossingId, action);
    }

    private int decisions(String crossingId) {
        return jdbc.queryForObject("SELECT count(*) FROM clearance.decision WHERE crossing_id = ?::uuid", Integer.class,
                crossingId);
    }

    /** The contract's northbound crossing filed by the broker with this patente and filer code, with fresh numbers. */
    private static String crossing(String patente, String filerCode) {
        int round = ROUND.getAndIncrement();
        return CONTRACT.replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", patente, 500_000 + round))
                .replace("\"filer\": \"3456\"", "\"filer\": \"" + patente + "\"")
                .replace("31600042712", DeclarationNumbers.usEntry(filerCode, 900_000 + round))
                .replace("\"filer\": \"316\"", "\"filer\": \"" + filerCode + "\"");
    }

}
