package io.jointclear.courier;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, last part, over HTTP against the real database: flagged consignments selected through the risk engine
 * (journalled in risk.selection), officers' decisions with findings (audited, idempotent, the outcome back to risk,
 * the courier seeing only the outcome), value references learned from the findings, and two concurrent filings of one
 * courier seeing each other for split-shipment detection.
 */
@DemoUsersIntegrationTest
class CourierDecisionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String PATH = "/api/v1/courier/manifests";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourierOverview overview;

    private final HttpClient client = HttpClient.newHttpClient();

    record Answer(int status, String body, Map<String, List<String>> headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer send(String user, String method, String path, String body, String language, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String file(String direction, String office, String date, String... consignments) {
        Answer a = fileAnswer(direction, office, date, consignments);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("rejected")).as(a.body()).isEmpty();
        return a.json().get("manifestId").asString();
    }

    private Answer fileAnswer(String direction, String office, String date, String... consignments) {
        String body = "{\"direction\":\"" + direction + "\",\"customsOffice\":\"" + office + "\",\"date\":\"" + date
                + "\",\"consignments\":[" + String.join(",", consignments) + "]}";
        return send("courier", "POST", PATH, body, "en");
    }

    private String south(String date, String... consignments) {
        return file("SOUTHBOUND", "240", date, consignments);
    }

    private JsonNode consignment(String user, String manifest, String guide, String language) {
        Answer a = send(user, "GET", PATH + "/" + manifest + "/consignments?guide=" + guide, null, language);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private Answer decide(String user, String manifest, String body, String... headers) {
        return send(user, "POST", PATH + "/" + manifest + "/decisions", body, "en", headers);
    }

    private static String parcel(String guide, String rfc, String origin, String value, String weight, String shipperAddress,
                                 String description, String hsCode) {
        return """
                {"guide":"%s","consignee":{"name":"Rosa Díaz %s","rfc":"%s","address":"Calle Hidalgo %s, Monterrey"},
                 "shipper":{"name":"Store","address":"%s"},"origin":"%s","description":"%s","quantity":1,"weightKg":%s,
                 "value":%s,"currency":"USD"%s}""".formatted(guide, rfc, rfc, rfc, shipperAddress, origin, description, weight,
                value, hsCode == null ? "" : ",\"hsCode\":\"" + hsCode + "\"");
    }

    private static String falseOrigin(String guide) {
        return parcel(guide, rfc(), "US", "100.00", "0.4", "Longhua, Shenzhen, China", "phone case", null);
    }

    private static String clean(String guide, String rfc, String value) {
        return parcel(guide, rfc, "US", value, "0.4", "100 Main St, Laredo TX, United States", "phone case", null);
    }

    private static String rfc() {
        return "DIR" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "AB1";
    }

    private static String guide() {
        return "D" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static UUID caseId(String manifest, String guide) {
        return UUID.nameUUIDFromBytes(("courier-consignment:" + manifest + ':' + guide).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void flaggedConsignmentsGoThroughTheRiskEngineAndTheCourierSeesOnlyASelection() {
        String origin = guide(), generic = guide(), ok = guide();
        String m = south("2025-09-01", falseOrigin(origin),
                parcel(generic, rfc(), "US", "30.00", "0.4", "100 Main St, Laredo TX, United States", "gift", null),
                clean(ok, rfc(), "80.00"));

        JsonNode official = consignment("officer-mx", m, origin, "en");
        assertThat(official.get("lane").asString()).isEqualTo("RED");
        assertThat(official.get("selectionReasons").asString()).contains("COURIER_ORIGIN_OR_PERMITS");
        assertThat(official.get("flags").get(0).get("outcome").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        // journalled by risk like any selection: a case per consignment, the courier company as the party
        Map<String, Object> journal = jdbc.queryForMap("SELECT lane, declaration, reasons FROM risk.selection WHERE crossing_id = ?",
                caseId(m, origin));
        assertThat(journal.get("lane")).isEqualTo("RED");
        assertThat((String) journal.get("declaration")).contains("COURIER_CONSIGNMENT").contains("paqueteria-del-bajio");
        assertThat((String) journal.get("reasons")).contains("COURIER_ORIGIN_OR_PERMITS");

        JsonNode mine = consignment("courier", m, origin, "es");
        assertThat(mine.get("flags")).hasSize(1);
        assertThat(mine.get("flags").get(0).get("outcome").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertThat(mine.has("lane")).isFalse();
        assertThat(mine.has("selectionReasons")).isFalse();
        assertThat(mine.toString()).doesNotContain("COURIER_ORIGIN_OR_PERMITS", "FALSE_ORIGIN", "RED");

        // a generic description with nothing at stake: the engine's lane decides; the courier learns of RED only
        JsonNode genericOfficial = consignment("officer-mx", m, generic, "en");
        String lane = genericOfficial.get("lane").asString();
        assertThat(jdbc.queryForObject("SELECT lane FROM risk.selection WHERE crossing_id = ?", String.class, caseId(m, generic)))
                .isEqualTo(lane);
        JsonNode genericMine = consignment("courier", m, generic, "en");
        if ("RED".equals(lane)) {
            assertThat(genericOfficial.get("selectionReasons").asString()).containsAnyOf("RANDOM", "RISK_SCORE", "EXPLORATION");
            assertThat(genericMine.get("flags")).hasSize(1);
        } else {
            assertThat(genericOfficial.get("flags").get(0).get("outcome").asString()).isEqualTo("NOT_SELECTED");
            assertThat(genericMine.get("flags")).isEmpty();
        }
        // an unflagged consignment is not sent to risk at all
        assertThat(consignment("officer-mx", m, ok, "en").has("lane")).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM risk.selection WHERE crossing_id = ?", Integer.class, caseId(m, ok)))
                .isZero();
    }

    @Test
    void officersDecideWithFindingsAuditedIdempotentAndTheOutcomeFlowsBackToRisk() {
        String g = guide();
        String m = south("2025-09-02", falseOrigin(g));
        assertThat(decide("officer-us", m, "{\"guide\":\"" + g + "\",\"decision\":\"INSPECT\"}").status()).isEqualTo(403);
        assertThat(decide("courier", m, "{\"guide\":\"" + g + "\",\"decision\":\"RELEASE\"}").status()).isEqualTo(403);
        assertThat(decide("analyst", m, "{\"guide\":\"" + g + "\",\"decision\":\"RELEASE\"}").status()).isEqualTo(403);

        Answer inspect = decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"INSPECT\"}");
        assertThat(inspect.status()).as(inspect.body()).isEqualTo(201);
        assertThat(inspect.json().get("decision").asString()).isEqualTo("INSPECT");
        assertThat(inspect.json().has("hit")).isFalse();
        Answer again = decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"INSPECT\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();

        String release = "{\"guide\":\"" + g + "\",\"decision\":\"RELEASE\",\"findings\":{\"valueUsd\":260.00,\"weightKg\":0.45,"
                + "\"description\":\"wireless earbuds\",\"hs6\":\"851830\"},\"note\":\"invoice found in the box\"}";
        Answer released = decide("officer-mx", m, release, "Idempotency-Key", "rel-" + g);
        assertThat(released.status()).as(released.body()).isEqualTo(201);
        assertThat(released.json().get("hit").asBoolean()).isTrue(); // USD 260 found on USD 100 declared
        assertThat(released.json().get("findings").get("valueUsd").decimalValue()).isEqualByComparingTo("260.00");
        Answer retried = decide("officer-mx", m, release, "Idempotency-Key", "rel-" + g);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.headers().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(retried.body()).isEqualTo(released.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.decision WHERE manifest_id = ?::uuid AND guide = ?",
                Integer.class, m, g)).isEqualTo(2);

        // final: nothing may follow a release
        Answer hold = decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"HOLD\"}");
        assertThat(hold.status()).isEqualTo(409);
        assertThat(hold.json().get("code").asString()).isEqualTo("COURIER_DECISION_NOT_ALLOWED");

        // the label went back to the risk journal of the consignment's case
        assertThat(jdbc.queryForObject("SELECT hit FROM risk.selection WHERE crossing_id = ?", Boolean.class, caseId(m, g))).isTrue();
        Answer audit = send("auditor", "GET", "/api/v1/audit/entries?subjectId=" + m + "/" + g, null, "en");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("COURIER_CONSIGNMENT_DECIDED").contains("RELEASE").contains("INSPECT");

        // the courier sees the outcome and what to do, not the findings nor who decided
        JsonNode mine = consignment("courier", m, g, "es").get("decision");
        assertThat(mine.get("decision").asString()).isEqualTo("RELEASE");
        assertThat(mine.get("instruction").asString()).contains("Liberada");
        assertThat(mine.has("findings")).isFalse();
        assertThat(mine.has("officer")).isFalse();
        assertThat(mine.has("hit")).isFalse();
        JsonNode theirs = consignment("officer-mx", m, g, "en").get("decision");
        assertThat(theirs.get("officer").asString()).isEqualTo("officer-mx");
        assertThat(theirs.get("findings").get("hs6").asString()).isEqualTo("851830");

        Answer list = send("analyst", "GET", PATH + "/" + m + "/decisions", null, "en");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("decision").asString()).isEqualTo("RELEASE");
        assertThat(send("courier", "GET", PATH + "/" + m + "/decisions", null, "en").status()).isEqualTo(403);
    }

    @Test
    void badDecisionsAreRefusedWithEveryErrorAndNothingStored() {
        String g = guide();
        String m = south("2025-09-02", clean(g, rfc(), "60.00"));
        Answer bad = decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"SEIZE\",\"findings\":{\"valueUsd\":-1,"
                + "\"weightKg\":0,\"hs6\":\"12ab\"},\"note\":\"" + "x".repeat(1001) + "\"}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().get("code").asString()).isEqualTo("COURIER_DECISION_INVALID");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("code").asString()));
        assertThat(fields).containsExactlyInAnyOrder("decision:UNKNOWN_COURIER_DECISION", "findings.valueUsd:NEGATIVE_AMOUNT",
                "findings.weightKg:NON_POSITIVE_AMOUNT", "findings.hs6:MALFORMED_TARIFF_CODE", "note:TOO_LONG");
        Answer withInspect = decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"INSPECT\","
                + "\"findings\":{\"valueUsd\":10.123,\"weightKg\":99999}}");
        assertThat(withInspect.status()).isEqualTo(422);
        assertThat(withInspect.body()).contains("FINDINGS_NOT_ALLOWED", "TOO_MANY_DECIMALS", "AMOUNT_OUT_OF_RANGE");
        Answer huge = decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"RELEASE\",\"findings\":{\"valueUsd\":1e400}}");
        assertThat(huge.status()).isBetween(400, 422);
        assertThat(decide("officer-mx", m, "{\"guide\":\"nope\",\"decision\":\"RELEASE\"}").status()).isEqualTo(404);
        assertThat(decide("officer-mx", UUID.randomUUID().toString(), "{\"guide\":\"" + g + "\",\"decision\":\"RELEASE\"}").status())
                .isEqualTo(404);
        assertThat(decide("officer-mx", m, "{\"guide\":").status()).isEqualTo(400);
        Answer spanish = send("officer-mx", "POST", PATH + "/" + m + "/decisions", "{\"guide\":\"" + g + "\"}", "es");
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.json().get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.decision WHERE manifest_id = ?::uuid", Integer.class, m)).isZero();
        assertThat(consignment("officer-mx", m, g, "en").has("decision")).isFalse();
    }

    @Test
    void valueReferencesAreLearnedFromFindingsAndThenFlagOutOfRangeConsignments() {
        String hs = "950300";
        String[] guides = new String[6];
        String[] parcels = new String[6];
        for (int i = 0; i < 6; i++) {
            guides[i] = guide();
            parcels[i] = parcel(guides[i], rfc(), "CN", "10.00", "0.5", "Yiwu, China", "toy cars", hs);
        }
        String m = south("2025-09-03", parcels);
        String[] found = {"9.50", "10.00", "11.00", "10.50", "12.00"};
        for (int i = 0; i < 4; i++) {
            assertThat(decide("officer-mx", m, release(guides[i], found[i], "0.5", hs)).status()).isEqualTo(201);
        }
        // four findings: below the minimum sample, no reference, no weight/value flag
        String cheapBefore = guide();
        String before = south("2025-09-04", parcel(cheapBefore, rfc(), "CN", "1.00", "2.0", "Yiwu, China", "toy cars", hs));
        assertThat(consignment("officer-mx", before, cheapBefore, "en").get("flags").toString()).doesNotContain("WEIGHT_VALUE_RATIO");
        assertThat(decide("officer-mx", m, release(guides[4], found[4], "0.5", hs)).status()).isEqualTo(201);
        Map<String, Object> reference = jdbc.queryForMap(
                "SELECT min_usd_per_kg, max_usd_per_kg, observations FROM courier.value_reference WHERE reference_key = ?", hs);
        assertThat(reference.get("observations")).isEqualTo(5);
        assertThat((java.math.BigDecimal) reference.get("min_usd_per_kg")).isLessThanOrEqualTo(new java.math.BigDecimal("19.00"));
        assertThat((java.math.BigDecimal) reference.get("max_usd_per_kg")).isGreaterThanOrEqualTo(new java.math.BigDecimal("24.00"));

        String cheap = guide(), normal = guide();
        String after = south("2025-09-04", parcel(cheap, rfc(), "CN", "1.00", "2.0", "Yiwu, China", "toy cars", hs),
                parcel(normal, rfc(), "CN", "10.00", "0.5", "Yiwu, China", "toy cars", hs));
        JsonNode flag = null;
        for (JsonNode f : consignment("officer-mx", after, cheap, "en").get("flags")) {
            if ("WEIGHT_VALUE_RATIO".equals(f.get("code").asString())) {
                flag = f;
            }
        }
        assertThat(flag).isNotNull();
        assertThat(flag.get("evidence").get("referenceObservations").asInt()).isEqualTo(5);
        assertThat(flag.get("explanation").asString()).contains(hs);
        // 33.5 % on the value missing below the reference minimum
        assertThat(flag.get("taxAtStake").get("amountUsd").decimalValue()).isPositive();
        assertThat(consignment("officer-mx", after, normal, "en").get("flags").toString()).doesNotContain("WEIGHT_VALUE_RATIO");
    }

    @Test
    void withoutAnHsCodeTheDescriptionClassCarriesTheReference() {
        String[] guides = new String[5];
        String[] parcels = new String[5];
        String words = "ceramic mugs " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 3) + "zz";
        for (int i = 0; i < 5; i++) {
            guides[i] = guide();
            parcels[i] = parcel(guides[i], rfc(), "CN", "20.00", "1.0", "Yiwu, China", words, null);
        }
        String m = south("2025-09-05", parcels);
        for (int i = 0; i < 5; i++) {
            assertThat(decide("officer-mx", m, "{\"guide\":\"" + guides[i] + "\",\"decision\":\"RELEASE\",\"findings\":{\"valueUsd\":"
                    + (18 + i) + ",\"weightKg\":1.0}}").status()).isEqualTo(201);
        }
        String cheap = guide();
        String after = south("2025-09-06", parcel(cheap, rfc(), "CN", "1.00", "1.0", "Yiwu, China", words, null));
        JsonNode flags = consignment("officer-mx", after, cheap, "es").get("flags");
        assertThat(flags.toString()).contains("WEIGHT_VALUE_RATIO").contains("descriptionClass");
        assertThat(flags.toString()).contains("mercancía descrita como");
    }

    private static String release(String guide, String value, String weight, String hs6) {
        return "{\"guide\":\"" + guide + "\",\"decision\":\"RELEASE\",\"findings\":{\"valueUsd\":" + value + ",\"weightKg\":" + weight
                + ",\"hs6\":\"" + hs6 + "\"}}";
    }

    @Test
    void twoConcurrentFilingsOfOneCourierSeeEachOtherForSplitShipments() throws Exception {
        for (int round = 0; round < 3; round++) {
            String rfc = rfc(), a = guide(), b = guide();
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                await(start);
                return south("2025-09-10", clean(a, rfc, "110.00"));
            });
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
                await(start);
                return south("2025-09-10", clean(b, rfc, "112.00"));
            });
            JsonNode flagsA = consignment("officer-mx", first.get(), a, "en").get("flags");
            JsonNode flagsB = consignment("officer-mx", second.get(), b, "en").get("flags");
            // whichever committed second saw the first: USD 222 together, over the USD 117 band
            boolean aSawB = flagsA.toString().contains("SPLIT_SHIPMENT") && flagsA.toString().contains(b);
            boolean bSawA = flagsB.toString().contains("SPLIT_SHIPMENT") && flagsB.toString().contains(a);
            assertThat(aSawB || bSawA).as("round %d: %s / %s", round, flagsA, flagsB).isTrue();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void irregularityRatesForTheOperatorsModuleCountFlagsInspectionsAndConfirmedFindings() {
        String g = guide(), ok = guide();
        String m = south("2025-09-12", falseOrigin(g), clean(ok, rfc(), "40.00"));
        decide("officer-mx", m, "{\"guide\":\"" + g + "\",\"decision\":\"HOLD\"}");
        LocalDate day = LocalDate.parse("2025-09-12");
        CourierOverview.CourierIrregularities mine = overview.irregularityRates(day, day).get("paqueteria-del-bajio");
        assertThat(mine).isNotNull();
        assertThat(mine.consignments()).isGreaterThanOrEqualTo(2);
        assertThat(mine.flagged()).isGreaterThanOrEqualTo(1);
        assertThat(mine.byKind()).containsKey("FALSE_ORIGIN");
        assertThat(mine.inspected()).isGreaterThanOrEqualTo(1);
        assertThat(mine.confirmed()).isGreaterThanOrEqualTo(1);
        assertThat(mine.rate()).isPositive();
    }
}
