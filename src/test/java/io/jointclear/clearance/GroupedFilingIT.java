package io.jointclear.clearance;

import io.jointclear.support.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Filings written together on the embedded PostgreSQL — a batch request, or single requests sharing a
 * group-commit transaction: every crossing is stored or refused on its own, with the same rules, keys
 * and answers as a single filing written alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.security.agencies[0].id=norte", "jointclear.security.agencies[0].patentes=3456",
        "jointclear.security.agencies[0].filer-codes=316",
        "jointclear.security.users[0].username=broker", "jointclear.security.users[0].password=broker",
        "jointclear.security.users[0].roles=BROKER", "jointclear.security.users[0].agency=norte",
        "jointclear.security.users[1].username=officer-mx", "jointclear.security.users[1].password=officer-mx",
        "jointclear.security.users[1].roles=OFFICER_MX"})
class GroupedFilingIT {

    private static final String CONTRACT = TestResources.read("clearance/crossing-northbound-tomatoes.json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    Http broker;

    @BeforeEach
    void client() {
        broker = new Http(port).as("broker", "broker");
    }

    @Test
    void eachCrossingOfABatchIsStoredOrRefusedOnItsOwn() {
        String first = crossing(7_001);
        String sameNumberAsFirst = crossing(7_001).replace(entryNumber(7_001), entryNumber(7_002));
        String invalid = crossing(7_003).replace("\"tariffCode\": \"0702000304\"", "\"tariffCode\": \"07020\"");
        String keyless = crossing(7_004);
        String body = batch(item("b1-" + UUID.randomUUID(), first), item("b2-" + UUID.randomUUID(), invalid),
                item(null, sameNumberAsFirst), "{\"idempotencyKey\":\"b4\",\"crossing\":\"not an object\"}", item(null, keyless));

        Http.Response answer = broker.post("/api/v1/crossings/batch", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results).hasSize(5);
        assertThat(statuses(results)).containsExactly(201, 422, 409, 422, 201);
        // a filed crossing is answered as a single filing would be, and is there to read
        String id = results.get(0).get("crossing").get("id").asString();
        assertThat(results.get(0).get("crossing").get("status").asString()).isEqualTo("FILED");
        assertThat(broker.get("/api/v1/crossings/" + id).status()).isEqualTo(200);
        // problems name the field inside the batch and the rule
        assertThat(results.get(1).get("problem").get("code").asString()).isEqualTo("CROSSING_INVALID");
        assertThat(fields(results.get(1).get("problem"))).anyMatch(f -> f.startsWith("crossings[1].crossing.declarations["));
        JsonNode duplicate = results.get(2).get("problem");
        assertThat(duplicate.get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_DECLARATION_NUMBER");
        assertThat(duplicate.get("errors").get(0).get("field").asString()).isEqualTo("crossings[2].crossing.declarations[0].number");
        assertThat(duplicate.get("detail").asString()).contains(id);
        assertThat(fields(results.get(3).get("problem"))).containsExactly("crossings[3].crossing");
        // nothing of a refused crossing stays: its US entry number is free, not half-registered
        assertThat(registered(entryNumber(7_002))).isZero();
        assertThat(registered(entryNumber(7_001))).isEqualTo(1);
        assertThat(registered(entryNumber(7_004))).isEqualTo(1);
    }

    @Test
    void aRepeatedBatchGetsTheFirstAnswersAndARefusedCrossingGivesItsKeyBack() {
        String key = "rep-" + UUID.randomUUID();
        String body = batch(item(key, crossing(7_101)));
        Http.Response first = broker.post("/api/v1/crossings/batch", body);
        assertThat(statuses(first.json().get("results"))).containsExactly(201);

        Http.Response repeat = broker.post("/api/v1/crossings/batch", body);
        assertThat(statuses(repeat.json().get("results"))).containsExactly(200);
        assertThat(repeat.json().get("results").get(0).get("crossing").toString())
                .isEqualTo(first.json().get("results").get(0).get("crossing").toString());

        Http.Response otherBytes = broker.post("/api/v1/crossings/batch", batch(item(key, crossing(7_102))));
        assertThat(otherBytes.json().get("results").get(0).get("problem").get("code").asString())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");

        // refused for a taken number: the key is free again for the corrected crossing
        String retryKey = "retry-" + UUID.randomUUID();
        Http.Response taken = broker.post("/api/v1/crossings/batch", batch(item(retryKey, crossing(7_101))));
        assertThat(statuses(taken.json().get("results"))).containsExactly(409);
        Http.Response corrected = broker.post("/api/v1/crossings/batch", batch(item(retryKey, crossing(7_103))));
        assertThat(statuses(corrected.json().get("results"))).containsExactly(201);
    }

    @Test
    void twoCrossingsOfOneBatchUnderOneKeyAreOneFiling() {
        String key = "same-" + UUID.randomUUID();
        String crossing = crossing(7_201);
        Http.Response answer = broker.post("/api/v1/crossings/batch", batch(item(key, crossing), item(key, crossing)));
        JsonNode results = answer.json().get("results");
        assertThat(statuses(results)).containsExactly(201, 200);
        assertThat(results.get(1).get("crossing").toString()).isEqualTo(results.get(0).get("crossing").toString());
        assertThat(registered(entryNumber(7_201))).isEqualTo(1);
    }

    /**
     * Single filings sent at once share group-commit transactions: repeats of one key, rivals for one
     * number and unrelated filings must each get the answer they would have had alone.
     */
    @Test
    void concurrentSingleFilingsSharingTransactionsKeepEveryRule() throws Exception {
        String sharedKey = "shared-" + UUID.randomUUID();
        String sharedBody = crossing(7_500);
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> new Http(port).as("broker", "broker").header("Idempotency-Key", sharedKey)
                    .post("/api/v1/crossings", sharedBody));
        }
        for (int i = 0; i < 8; i++) {
            // the same pedimento number, each with its own US entry and key
            String rival = crossing(7_600).replace(entryNumber(7_600), entryNumber(7_610 + i));
            String key = "rival-" + i + "-" + UUID.randomUUID();
            calls.add(() -> new Http(port).as("broker", "broker").header("Idempotency-Key", key).post("/api/v1/crossings", rival));
        }
        for (int i = 0; i < 16; i++) {
            String own = crossing(7_700 + i);
            calls.add(() -> new Http(port).as("broker", "broker").post("/api/v1/crossings", own));
        }
        List<Http.Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<Http.Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        }

        List<Http.Response> repeats = answers.subList(0, 8);
        assertThat(repeats).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(repeats.stream().map(Http.Response::body).distinct()).hasSize(1);
        assertThat(registered(entryNumber(7_500))).isEqualTo(1);

        List<Integer> rivals = answers.subList(8, 16).stream().map(Http.Response::status).toList();
        assertThat(rivals).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM declaration.declaration WHERE number = ?", Integer.class,
                String.format("2624345660%05d", 7_600))).isEqualTo(1);
        int rivalEntries = 0;
        for (int i = 0; i < 8; i++) {
            rivalEntries += registered(entryNumber(7_610 + i));
        }
        assertThat(rivalEntries).as("only the winner's US entry is registered").isEqualTo(1);

        assertThat(answers.subList(16, 32)).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(meters.get("jointclear.filing.group.size").summary().max())
                .as("32 filings sent at once shared transactions").isGreaterThan(1);
    }

    @Test
    void theEnvelopeIsCheckedBeforeAnyCrossing() {
        Http.Response empty = broker.post("/api/v1/crossings/batch", "{\"crossings\":[]}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("code").asString()).isEqualTo("BATCH_SIZE");

        List<String> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(item(null, crossing(7_300 + i)));
        }
        Http.Response tooMany = broker.post("/api/v1/crossings/batch", batch(items.toArray(String[]::new)));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(registered(entryNumber(7_300))).isZero();

        Http.Response malformed = broker.post("/api/v1/crossings/batch", "[1,2]");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("MALFORMED_BATCH");

        Http.Response officer = new Http(port).as("officer-mx", "officer-mx")
                .post("/api/v1/crossings/batch", batch(item(null, crossing(7_400))));
        assertThat(officer.status()).isEqualTo(403);
    }

    /** The contract's northbound crossing with its own pedimento and entry numbers. */
    private static String crossing(int round) {
        return CONTRACT.replace("262434566001234", String.format("2624345660%05d", round % 100_000))
                .replace("31600042712", entryNumber(round));
    }

    private static String entryNumber(int round) {
        return DeclarationNumbers.usEntry("316", round);
    }

    private int registered(String number) {
        return jdbc.queryForObject("SELECT count(*) FROM declaration.declaration WHERE number = ?", Integer.class, number);
    }

    private static String item(String key, String crossing) {
        return "{" + (key == null ? "" : "\"idempotencyKey\":\"" + key + "\",") + "\"crossing\":" + crossing + "}";
    }

    private static String batch(String... items) {
        return "{\"crossings\":[" + String.join(",", items) + "]}";
    }

    private static List<Integer> statuses(JsonNode results) {
        List<Integer> statuses = new ArrayList<>();
        results.forEach(r -> statuses.add(r.get("status").asInt()));
        return statuses;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

}
