package io.jointclear.clearance;

import io.jointclear.support.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The joint case end to end over HTTP on the embedded PostgreSQL. Selectivity is set so that CBP
 * always draws a physical inspection and ANAM never does, which makes the contract's northbound
 * crossing "red for one authority".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.risk.minimum-random-rate.MX=0",
        "jointclear.risk.minimum-random-rate.US=1",
        "jointclear.security.agencies[0].id=norte", "jointclear.security.agencies[0].patentes=3456",
        "jointclear.security.agencies[0].filer-codes=316",
        "jointclear.security.agencies[1].id=sur", "jointclear.security.agencies[1].patentes=3210",
        "jointclear.security.agencies[1].filer-codes=317",
        "jointclear.security.users[0].username=broker", "jointclear.security.users[0].password=broker",
        "jointclear.security.users[0].roles=BROKER", "jointclear.security.users[0].agency=norte",
        "jointclear.security.users[1].username=other-broker", "jointclear.security.users[1].password=other-broker",
        "jointclear.security.users[1].roles=BROKER", "jointclear.security.users[1].agency=sur",
        "jointclear.security.users[2].username=carrier", "jointclear.security.users[2].password=carrier",
        "jointclear.security.users[2].roles=CARRIER", "jointclear.security.users[2].carrier=TDNM",
        "jointclear.security.users[3].username=officer-mx", "jointclear.security.users[3].password=officer-mx",
        "jointclear.security.users[3].roles=OFFICER_MX",
        "jointclear.security.users[4].username=officer-us", "jointclear.security.users[4].password=officer-us",
        "jointclear.security.users[4].roles=OFFICER_US",
        "jointclear.security.users[5].username=analyst", "jointclear.security.users[5].password=analyst",
        "jointclear.security.users[5].roles=ANALYST",
        "jointclear.security.users[6].username=auditor", "jointclear.security.users[6].password=auditor",
        "jointclear.security.users[6].roles=AUDITOR",
        "jointclear.security.users[7].username=admin", "jointclear.security.users[7].password=admin",
        "jointclear.security.users[7].roles=ADMIN",
        "jointclear.security.users[8].username=colleague", "jointclear.security.users[8].password=colleague",
        "jointclear.security.users[8].roles=BROKER", "jointclear.security.users[8].agency=norte"})
class ClearanceWorkflowIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http broker;
    Http otherBroker;
    Http carrier;
    Http officerMx;
    Http officerUs;
    Http analyst;
    Http auditor;
    Http admin;

    @BeforeEach
    void clients() {
        broker = new Http(port).as("broker", "broker");
        otherBroker = new Http(port).as("other-broker", "other-broker");
        carrier = new Http(port).as("carrier", "carrier");
        officerMx = new Http(port).as("officer-mx", "officer-mx");
        officerUs = new Http(port).as("officer-us", "officer-us");
        analyst = new Http(port).as("analyst", "analyst");
        auditor = new Http(port).as("auditor", "auditor");
        admin = new Http(port).as("admin", "admin");
    }

    @Test
    void northboundContractCrossingFromFilingToJointRelease() {
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json");
        String key = "nb-" + UUID.randomUUID();

        Http.Response filed = broker.header("Idempotency-Key", key).post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode crossing = filed.json();
        String id = crossing.get("id").asString();
        assertThat(crossing.get("status").asString()).isEqualTo("FILED");
        assertThat(crossing.get("declarations")).hasSize(2);
        assertThat(crossing.get("driver").get("name").asString()).isEqualTo("Juan Pérez Gómez");

        JsonNode us = declaration(crossing, "US");
        assertThat(us.get("assessmentStatus").asString()).isEqualTo("ASSESSED");
        // Fresh tomatoes from Mexico, A-201-820 all-others 17.09 % of USD 21,600; USMCA: no duty, no MPF.
        assertThat(total(us.get("assessment"), "ADD")).isEqualTo("3691.44");
        assertThat(total(us.get("assessment"), "DUTY")).isEqualTo("0.00");
        assertThat(total(us.get("assessment"), "MPF")).isEqualTo("0.00");
        // The pedimento date lies after the shipped FIX series: pending, with the reason, not guessed.
        JsonNode mx = declaration(crossing, "MX");
        assertThat(mx.get("assessmentStatus").asString()).isEqualTo("PENDING_REFERENCE_DATA");
        assertThat(mx.get("assessmentPending").toString()).contains("DATE_OUTSIDE_REFERENCE_DATA");

        // Idempotency: same key and body → the same answer; same key, other body → 422.
        Http.Response repeat = broker.header("Idempotency-Key", key).post("/api/v1/crossings", body);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(filed.body());
        Http.Response reused = broker.header("Idempotency-Key", key)
                .post("/api/v1/crossings", body.replace("12AB34", "99ZZ99"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        // Without a key the same declaration numbers are a duplicate.
        Http.Response duplicate = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_DECLARATION_NUMBER");

        // Brokers see only their agency's crossings (another's do not exist for them); nobody decides before arrival.
        assertThat(otherBroker.get("/api/v1/crossings/" + id).status()).isEqualTo(404);
        assertThat(decide(officerMx, id, "MX", "RELEASE").status()).isEqualTo(409);

        Http.Response arrived = carrier.post("/api/v1/crossings/" + id + "/arrival",
                "{\"at\":\"" + Instant.now().minusSeconds(1800) + "\"}");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        JsonNode lanes = arrived.json().get("lanes");
        assertThat(arrived.json().get("status").asString()).as("a red joint lane sends the truck to the joint inspection")
                .isEqualTo("UNDER_INSPECTION");
        assertThat(lanes.get("us").asString()).isEqualTo("RED");
        assertThat(lanes.get("mx").asString()).as(officerMx.get("/api/v1/crossings/" + id).body()).isEqualTo("GREEN");
        assertThat(lanes.get("joint").asString()).isEqualTo("RED");
        // the carrier learns what to do, not why: the explanation is the officers'
        assertThat(lanes.has("selection")).isFalse();
        assertThat(lanes.get("outcomes").toString()).contains("PRESENT_FOR_INSPECTION");
        JsonNode selection = officerUs.get("/api/v1/crossings/" + id).json().get("lanes").get("selection");
        assertThat(selection.get("lanes").get("US").get("reasons").toString()).contains("RANDOM", "AD_CVD_LINE");
        assertThat(selection.get("lanes").get("MX").get("reasons")).isNotEmpty();

        // An officer decides only for their own authority; a red lane waits for the joint inspection.
        assertThat(decide(officerMx, id, "US", "RELEASE").status()).isEqualTo(403);
        Http.Response early = decide(officerUs, id, "US", "RELEASE");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("INSPECTION_REQUIRED");

        JsonNode scheduled = await(officerUs, "/api/v1/crossings/" + id + "/inspection", r -> r.status() == 200).json();
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("facility").asString()).contains("Nuevo Laredo").contains("Laredo, TX");

        assertThat(officerMx.post("/api/v1/crossings/" + id + "/inspection/participants", "").json().get("status").asString())
                .isEqualTo("SCHEDULED");
        assertThat(officerUs.post("/api/v1/crossings/" + id + "/inspection/participants", "").json().get("status").asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(broker.get("/api/v1/crossings/" + id).json().get("status").asString()).isEqualTo("UNDER_INSPECTION");
        officerUs.post("/api/v1/crossings/" + id + "/inspection/findings",
                "{\"kind\":\"QUANTITY\",\"line\":1,\"description\":\"17,640 kg counted against 18,000 declared\"}");
        JsonNode findings = officerMx.post("/api/v1/crossings/" + id + "/inspection/findings",
                "{\"kind\":\"NONE\",\"description\":\"Seals intact, goods as declared\"}").json().get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("authority").asString()).isEqualTo("US");
        assertThat(officerMx.post("/api/v1/crossings/" + id + "/inspection/end", "").json().get("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(broker.get("/api/v1/crossings/" + id).json().get("status").asString()).as("decisions awaited")
                .isEqualTo("INSPECTED");

        // The pedimento's contributions are not determined (no FIX for its date): MX may hold, not release.
        Http.Response pending = decide(officerMx, id, "MX", "RELEASE");
        assertThat(pending.status()).as(pending.body()).isEqualTo(409);
        assertThat(pending.json().get("code").asString()).isEqualTo("ASSESSMENT_PENDING");
        assertThat(pending.json().get("detail").asString()).contains("262434566001234", "2026-03-10");
        assertThat(pending.json().get("errors").toString()).contains("declarations[0].date", "DATE_OUTSIDE_REFERENCE_DATA");
        assertThat(decide(officerMx, id, "MX", "HOLD").json().get("status").asString()).isEqualTo("HELD");
        Http.Response usAlone = decide(officerUs, id, "US", "RELEASE");
        assertThat(usAlone.status()).as(usAlone.body()).isEqualTo(200);
        assertThat(usAlone.json().get("status").asString()).isNotEqualTo("RELEASED");
        // FIX determined Fri 2026-03-06, published Mon 03-09, governs 03-10 (test input, not Banxico data);
        // IGE of the tomato fracción (test fixture, not tariff data).
        assertThat(admin.put("/api/v1/reference/exchange-rates/USD/MXN", "text/csv",
                "date,mxn_per_usd_fix\n2026-03-06,18.0000\n").status()).isEqualTo(200);
        importTomatoRate();
        JsonNode reassessed = reassessUntilAssessed(officerMx, id, "MX");
        assertThat(declaration(reassessed, "MX").get("assessment").get("exchangeRate").decimalValue()).isEqualByComparingTo("18.0000");

        JsonNode afterMx = decide(officerMx, id, "MX", "RELEASE").json();
        assertThat(afterMx.get("status").asString()).isEqualTo("RELEASED");
        JsonNode released = afterMx;
        JsonNode times = released.get("timestamps");
        for (String t : List.of("filedAt", "arrivedAt", "selectedAt", "inspectionStartedAt", "inspectionEndedAt",
                "mxDecidedAt", "usDecidedAt", "releasedAt")) {
            assertThat(times.has(t)).as(t).isTrue();
        }
        assertThat(decide(officerUs, id, "US", "HOLD").status()).isEqualTo(409);

        JsonNode verification = auditor.get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        JsonNode entries = auditor.get("/api/v1/audit/entries?subjectId=" + id).json().get("entries");
        assertThat(entries.toString()).contains("CROSSING_FILED", "LANES_SELECTED", "INSPECTION_STARTED", "CROSSING_RELEASED");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode summary = await(analyst, "/api/v1/statistics/summary?from=" + today + "&to=" + today,
                r -> r.status() == 200 && r.json().get("total").get("releases").asLong() >= 1).json();
        JsonNode pair = null;
        for (JsonNode p : summary.get("byPortPair")) {
            if (p.get("mxCustomsOffice").asString().equals("240") && p.get("usPort").asString().equals("2304")) {
                pair = p.get("figures");
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.get("jointInspections").asLong()).isGreaterThanOrEqualTo(1);
        // other tests of this class release crossings on arrival: only the order of the percentiles is fixed
        assertThat(pair.get("arrivalToReleaseP90Minutes").decimalValue())
                .isGreaterThanOrEqualTo(pair.get("arrivalToReleaseP50Minutes").decimalValue());
    }

    @Test
    void southboundCrossingCarriesAUsExportAndAMexicanImport() {
        String csv = "fraccion,igi,ige,valid_from,valid_to,source\n72083901,0,Ex.,2025-01-01,,test fixture (not tariff data)\n";
        assertThat(admin.put("/api/v1/reference/tariff/MX/rates", "text/csv", csv).status()).isEqualTo(200);
        String body = TestResources.read("clearance/crossing-southbound-steel.json");
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode crossing = filed.json();
        assertThat(declaration(crossing, "US").get("assessmentStatus").asString()).isEqualTo("NOT_APPLICABLE");
        JsonNode mx = declaration(crossing, "MX");
        assertThat(mx.get("assessmentStatus").asString()).as(mx.toString()).isEqualTo("ASSESSED");
        // USMCA-originating definitive import: IGI 0, DTA exempt, IVA 16 % of the customs value.
        JsonNode assessment = mx.get("assessment");
        assertThat(total(assessment, "IGI")).isEqualTo("0");
        assertThat(total(assessment, "DTA")).isEqualTo("0");
        java.math.BigDecimal customsValue = assessment.get("customsValue").decimalValue();
        assertThat(assessment.get("totals").toString()).contains("\"IVA\"");
        java.math.BigDecimal iva = new java.math.BigDecimal(total(assessment, "IVA"));
        assertThat(iva.subtract(customsValue.multiply(new java.math.BigDecimal("0.16"))).abs())
                .isLessThanOrEqualTo(java.math.BigDecimal.ONE);
        // cross-check findings carry the officers' tolerances: the broker's answer has none, the case has them
        assertThat(crossing.has("crossCheckFindings")).isFalse();
        JsonNode official = officerMx.get("/api/v1/crossings/" + crossing.get("id").asString()).json();
        assertThat(official.get("crossCheckFindings")).isEmpty();
    }

    @Test
    void everyViolationOfABadFilingComesBackTogetherAndNothingIsStored() throws Exception {
        ObjectNode bad = (ObjectNode) JSON.readTree(TestResources.read("clearance/crossing-northbound-tomatoes.json"));
        bad.put("usPort", "2506");
        ObjectNode us = (ObjectNode) bad.get("declarations").get(1);
        us.put("number", "31600042713");
        ((ObjectNode) us.get("lines").get(0)).put("tariffCode", "0702009999");
        ((ObjectNode) us.get("lines").get(0)).put("origin", "CN");
        Http.Response rejected = broker.post("/api/v1/crossings", JSON.writeValueAsString(bad));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        String errors = rejected.json().get("errors").toString();
        assertThat(errors).contains("NOT_A_PORT_PAIR", "declarations[1].number", "declarations[1].lines[0].tariffCode",
                "declarations[1].lines[0].preference");
        Http.Response list = broker.get("/api/v1/crossings?limit=500");
        assertThat(list.body()).doesNotContain("31600042713");

        Http.Response malformed = broker.post("/api/v1/crossings", "{\"direction\": \"NORTHBOUND\", \"expectedArrival\": \"tomorrow\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("expectedArrival");
    }

    @Test
    void amendmentBeforeArrivalIsAssessedAgainAndRefusedAfterIt() {
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", "262434566009001")
                .replace("31600042712", entryNumber(9_001));
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(total(declaration(filed.json(), "US").get("assessment"), "ADD")).isEqualTo("3691.44");

        // 20,000 kg at USD 24,000 instead of 18,000 kg at 21,600: the AD cash deposit follows.
        String amended = body.replace("\"value\": 21600.0", "\"value\": 24000.0")
                .replace("\"value\": 18000", "\"value\": 20000").replace("\"netWeightKg\": 18000", "\"netWeightKg\": 20000");
        Http.Response changed = broker.put("/api/v1/crossings/" + id, "application/json", amended);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("status").asString()).isEqualTo("FILED");
        assertThat(changed.json().get("timestamps").has("amendedAt")).isTrue();
        assertThat(total(declaration(changed.json(), "US").get("assessment"), "ADD")).isEqualTo("4101.60");

        // another agency neither files under this agency's licences nor reaches its crossing
        Http.Response foreign = otherBroker.put("/api/v1/crossings/" + id, "application/json", amended);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asString()).isEqualTo("FILER_NOT_AUTHORISED");
        assertThat(otherBroker.post("/api/v1/crossings/" + id + "/reassessment", "").status()).isEqualTo(404);
        assertThat(broker.post("/api/v1/crossings/" + id + "/reassessment", "").status()).isEqualTo(200);

        carrier.post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}");
        Http.Response late = broker.put("/api/v1/crossings/" + id, "application/json", amended);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void brokersOfOneAgencyShareItsCrossings() {
        Http colleague = new Http(port).as("colleague", "colleague");
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", "262434566009101")
                .replace("31600042712", entryNumber(9_101));
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();

        Http.Response read = colleague.get("/api/v1/crossings/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("filedBy").asString()).isEqualTo("broker");
        assertThat(colleague.get("/api/v1/crossings?limit=500").body()).contains(id);
        assertThat(otherBroker.get("/api/v1/crossings?limit=500").body()).doesNotContain(id);
        // a colleague of the agency amends it too
        Http.Response amended = colleague.put("/api/v1/crossings/" + id, "application/json",
                body.replace("\"value\": 21600.0", "\"value\": 24000.0"));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(broker.get("/api/v1/crossings/" + id).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void concurrentDecisionsOfBothAuthoritiesEndInOneConsistentRelease() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = fileGreenCrossing(round);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Http.Response>> both = List.of(
                    () -> decide(officerMx, id, "MX", "RELEASE"),
                    () -> decide(officerUs, id, "US", "RELEASE"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Response> f : pool.invokeAll(both)) {
                statuses.add(f.get().status());
            }
            pool.shutdown();
            assertThat(statuses).containsOnly(200);
            JsonNode crossing = broker.get("/api/v1/crossings/" + id).json();
            assertThat(crossing.get("status").asString()).isEqualTo("RELEASED");
            assertThat(crossing.get("decisions")).hasSize(2);
        }
    }

    /** The IGE of the tomato fracción 07020003 (test fixture, not tariff data); idempotent. */
    private void importTomatoRate() {
        Http.Response r = admin.put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n07020003,Ex.,Ex.,2025-01-01,,test fixture (not tariff data)\n");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Asks for a reassessment until the authority's declaration is assessed (the catalogue refreshes after an import). */
    static JsonNode reassessUntilAssessed(Http as, String id, String authority) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Http.Response r = as.post("/api/v1/crossings/" + id + "/reassessment", "");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode d = declaration(r.json(), authority);
            if ("ASSESSED".equals(d.get("assessmentStatus").asString()) || System.nanoTime() > deadline) {
                assertThat(d.get("assessmentStatus").asString()).as(d.toString()).isEqualTo("ASSESSED");
                return r.json();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A crossing without the red US draw: the random rate only applies to entries; use a referral-free green path. */
    private String fileGreenCrossing(int round) {
        importTomatoRate();
        // the pedimento declares its exchange rate, so both assessments are complete and both may release
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", String.format("2624345660%05d", 10 + round))
                .replace("31600042712", entryNumber(round))
                .replace("\"regime\": \"EXD\",", "\"regime\": \"EXD\", \"exchangeRate\": 18.0,");
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(declaration(filed.json(), "MX").get("assessmentStatus").asString())
                .as(filed.body()).isEqualTo("ASSESSED");
        String id = filed.json().get("id").asString();
        carrier.post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}");
        // US is red by configuration: run the joint inspection so both may release.
        await(officerUs, "/api/v1/crossings/" + id + "/inspection", r -> r.status() == 200);
        officerMx.post("/api/v1/crossings/" + id + "/inspection/participants", "");
        officerUs.post("/api/v1/crossings/" + id + "/inspection/participants", "");
        officerUs.post("/api/v1/crossings/" + id + "/inspection/end", "");
        return id;
    }

    private static String entryNumber(int round) {
        return io.jointclear.declaration.DeclarationNumbers.usEntry("316", 5_000 + round);
    }

    static Http.Response decide(Http as, String id, String authority, String decision) {
        return as.post("/api/v1/crossings/" + id + "/decisions",
                "{\"authority\":\"" + authority + "\",\"decision\":\"" + decision + "\",\"notes\":\"test\"}");
    }

    static JsonNode declaration(JsonNode crossing, String authority) {
        for (JsonNode d : crossing.get("declarations")) {
            if (d.get("authority").asString().equals(authority)) {
                return d;
            }
        }
        throw new AssertionError("no " + authority + " declaration in " + crossing);
    }

    private static String total(JsonNode assessment, String code) {
        for (JsonNode t : assessment.get("totals")) {
            if (t.get("code").asString().equals(code)) {
                return t.get("amount").decimalValue().toPlainString();
            }
        }
        throw new AssertionError("no total " + code + " in " + assessment.get("totals"));
    }

    static Http.Response await(Http as, String path, Predicate<Http.Response> done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Http.Response r = as.get(path);
            if (done.test(r) || System.nanoTime() > deadline) {
                return r;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

}
