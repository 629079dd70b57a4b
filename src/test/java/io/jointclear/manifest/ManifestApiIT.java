package io.jointclear.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The truck manifest over real HTTP: the pre-arrival deadline measured against the actual arrival (one
 * hour, 30 minutes for a FAST movement), a crossing arriving without a manifest, amendments before and
 * after arrival, who may file and read, field errors, the risk rule over {@code manifestTimeliness},
 * and the DODA.
 */
@DemoUsersIntegrationTest
class ManifestApiIT {

    @LocalServerPort
    int port;

    ManifestFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ManifestFixtures(port);
    }

    @Test
    void aManifestFiledAnHourBeforeArrivalIsOnTimeAndOneFiledTenMinutesBeforeIsLate() throws Exception {
        var onTime = fx.crossing("TDNM");
        var late = fx.crossing("TDNM");
        assertThat(file(ManifestFixtures.manifest("TDNM", onTime, null, false)).status()).isEqualTo(201);
        assertThat(file(ManifestFixtures.manifest("TDNM", late, null, false)).status()).isEqualTo(201);

        fx.arrive(onTime.id(), Instant.now().plus(Duration.ofMinutes(65)));
        fx.arrive(late.id(), Instant.now().plus(Duration.ofMinutes(10)));

        assertThat(fx.timeliness(onTime.id())).isEqualTo("ON_TIME");
        assertThat(fx.timeliness(late.id())).isEqualTo("LATE_MANIFEST");
        JsonNode check = fx.as("officer-mx").get("/api/v1/crossings/" + late.id() + "/manifest").json().get("timeliness").get(0);
        assertThat(check.get("requiredMinutes").asInt()).isEqualTo(60);
        assertThat(check.get("leadMinutes").asLong()).isBetween(5L, 10L);
        assertThat(check.get("reason").asString()).contains("19 CFR 123.92");
    }

    @Test
    void aFastMovementNeedsThirtyMinutesOnlyWhenEveryCrewMemberAndTheShipmentAreFast() throws Exception {
        var fast = fx.crossing("TDNM");
        var crewOnly = fx.crossing("TDNM");
        assertThat(file(ManifestFixtures.manifest("TDNM", fast, "42000012345", true)).status()).isEqualTo(201);
        assertThat(file(ManifestFixtures.manifest("TDNM", crewOnly, "42000012345", false)).status()).isEqualTo(201);

        Instant in45 = Instant.now().plus(Duration.ofMinutes(45));
        fx.arrive(fast.id(), in45);
        fx.arrive(crewOnly.id(), in45);

        assertThat(fx.timeliness(fast.id())).isEqualTo("ON_TIME");
        assertThat(fx.as("officer-us").get("/api/v1/crossings/" + fast.id() + "/manifest").json()
                .get("timeliness").get(0).get("requiredMinutes").asInt()).isEqualTo(30);
        assertThat(fx.timeliness(crewOnly.id())).as("a FAST driver with a non-FAST shipment has the one-hour deadline")
                .isEqualTo("LATE_MANIFEST");
    }

    @Test
    void aCrossingArrivingWithoutAManifestIsMissingItAndRulesOverTheAttributeFire() throws Exception {
        String ruleId = "LATE_EMANIFEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Http.Response rule = fx.as("admin").post("/api/v1/risk/rules", """
                {"ruleId":"%s","authority":"US","description":"Truck manifest received late",
                 "when":[{"attribute":"manifestTimeliness","operator":"EQ","values":["LATE_MANIFEST"]}],
                 "lane":"YELLOW","validFrom":"2026-01-01T00:00:00Z","status":"ACTIVE","reason":"issue 19"}
                """.formatted(ruleId));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);

        var late = fx.crossing("TDNM");
        var missing = fx.crossing("TDNM");
        assertThat(file(ManifestFixtures.manifest("TDNM", late, null, false)).status()).isEqualTo(201);
        fx.arrive(late.id(), Instant.now().plus(Duration.ofMinutes(20)));
        fx.arrive(missing.id(), Instant.now());

        assertThat(reasons(late.id())).as("the rule saw the late manifest at arrival").contains(ruleId);
        assertThat(reasons(missing.id())).doesNotContain(ruleId);
        Http.Response none = fx.as("officer-us").get("/api/v1/crossings/" + missing.id() + "/manifest");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("code").asString()).isEqualTo("MANIFEST_NOT_FOUND");
    }

    @Test
    void amendmentsAreTakenBeforeArrivalAndRefusedAfter() throws Exception {
        var c = fx.crossing("TDNM");
        Http.Response filed = file(ManifestFixtures.manifest("TDNM", c, null, false));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        String amended = ManifestFixtures.manifest("TDNM", c, "42000098765", false)
                .replace("\"SL123456\"", "\"SL999999\"");

        Http.Response before = fx.as("carrier").put("/api/v1/manifests/" + id, "application/json", amended);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().get("version").asLong()).isEqualTo(2);
        assertThat(before.json().get("equipment").get(0).get("seals").get(0).asString()).isEqualTo("SL999999");
        assertThat(before.json().get("filedAt").asString()).as("the first receipt counts for the deadline")
                .isEqualTo(filed.json().get("filedAt").asString());

        fx.arrive(c.id(), Instant.now().plus(Duration.ofHours(2)));
        Http.Response after = fx.as("carrier").put("/api/v1/manifests/" + id, "application/json", amended);
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(after.json().get("code").asString()).isEqualTo("MANIFEST_LOCKED_AFTER_ARRIVAL");
        assertThat(fx.as("carrier").get("/api/v1/manifests/" + id).json().get("version").asLong()).isEqualTo(2);
        assertThat(fx.timeliness(c.id())).isEqualTo("ON_TIME");
        // every change and the deadline check are in the audit log
        assertThat(fx.as("auditor").get("/api/v1/audit/entries?subjectId=" + id).body())
                .contains("MANIFEST_FILED", "MANIFEST_AMENDED").doesNotContain("SL999999");
        assertThat(ManifestFixtures.await(fx.as("auditor"), "/api/v1/audit/entries?subjectId=" + c.id(),
                r -> r.body().contains("MANIFEST_DEADLINE_CHECKED")).body()).contains("MANIFEST_DEADLINE_CHECKED", "ON_TIME");
    }

    @Test
    void onlyTheFilingCarrierAndOfficialsSeeTheCrewBrokersOfTheCrossingSeeTheTripOthersNothing() throws Exception {
        var c = fx.crossing("TDNM");
        Http.Response filed = file(ManifestFixtures.manifest("TDNM", c, "42000012345", true));
        String id = filed.json().get("id").asString();
        String path = "/api/v1/crossings/" + c.id() + "/manifest";

        assertThat(fx.as("carrier").get(path).json().get("crew").get(0).get("fastCard").asString()).isEqualTo("42000012345");
        assertThat(fx.as("auditor").get(path).json().has("crew")).isTrue();
        Http.Response broker = fx.as("broker").get(path);
        assertThat(broker.status()).isEqualTo(200);
        assertThat(broker.json().has("crew")).isFalse();
        assertThat(broker.body()).doesNotContain("42000012345", "Juan", "B1234567");
        assertThat(broker.json().get("crewSummary").get("allFast").asBoolean()).isTrue();
        assertThat(broker.json().get("shipments").get(0).get("pedimento").asString()).isEqualTo(c.pedimento());

        assertThat(fx.as("broker2").get(path).status()).as("another agency's crossing does not exist for it").isEqualTo(404);
        assertThat(fx.as("carrier2").get(path).status()).isEqualTo(404);
        assertThat(fx.as("carrier2").get("/api/v1/manifests/" + id).status()).isEqualTo(404);
        Http.Response steal = fx.as("carrier2").put("/api/v1/manifests/" + id, "application/json",
                ManifestFixtures.manifest("FSTR", c, null, false));
        assertThat(steal.status()).isEqualTo(404);
        assertThat(fx.as("broker").post("/api/v1/manifests", ManifestFixtures.manifest("TDNM", c, null, false)).status())
                .isEqualTo(403);
        // another carrier cannot put a crossing it does not carry on its trip
        Http.Response foreign = fx.as("carrier2").post("/api/v1/manifests", ManifestFixtures.manifest("FSTR", fx.crossing("TDNM"), null, false));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(codes(foreign)).contains("shipments[0].crossingId:UNKNOWN_CROSSING");
    }

    @Test
    void badInputIsAProblemWithEveryFieldErrorAndNothingIsStored() throws Exception {
        var c = fx.crossing("TDNM");
        var other = fx.crossing("TDNM");
        String body = ManifestFixtures.manifest("TDNM", c, "FAST-1", false)
                .replaceFirst("\"tripNumber\":\"TDNM", "\"tripNumber\":\"XXXX")
                .replace("CSQU3054383", "CSQU3054384")
                .replace("\"arrivalPort\":\"2304\"", "\"arrivalPort\":\"2506\"")
                .replace("\"usEntry\":\"" + c.entry() + "\"", "\"usEntry\":\"" + other.entry() + "\"")
                .replace("\"vin\":\"3AKJHHDR5KSKE1234\"", "\"vin\":\"3AKJHHDR5KSKE12O4\"");

        Http.Response refused = fx.as("carrier").header("Accept-Language", "es").post("/api/v1/manifests", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("INVALID_MANIFEST");
        assertThat(codes(refused)).contains("tripNumber:NOT_THE_CARRIERS_SCAC", "equipment[0].number:BAD_CONTAINER_CHECK_DIGIT",
                "crew[0].fastCard:MALFORMED_FAST_CARD", "arrivalPort:NOT_THE_CROSSINGS_PORT",
                "shipments[0].usEntry:NUMBER_NOT_IN_CROSSING", "conveyance.vin:MALFORMED_VIN");
        assertThat(refused.body()).as("field messages in Spanish").contains("dígito verificador");
        assertThat(fx.as("officer-us").get("/api/v1/crossings/" + c.id() + "/manifest").status()).isEqualTo(404);

        Http.Response empty = fx.as("carrier").post("/api/v1/manifests", "{}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(codes(empty)).contains("tripNumber:REQUIRED", "conveyance:REQUIRED", "crew:REQUIRED", "shipments:REQUIRED",
                "arrivalPort:REQUIRED", "estimatedArrival:REQUIRED");
        Http.Response unknown = fx.as("carrier").post("/api/v1/manifests",
                ManifestFixtures.manifest("TDNM", new ManifestFixtures.Crossing(UUID.randomUUID(), c.pedimento(), c.entry()), null, false)
                        .replaceFirst("\"scn\":\"TDNM", "\"scn\":\"TD NM"));
        assertThat(codes(unknown)).contains("shipments[0].crossingId:UNKNOWN_CROSSING", "shipments[0].scn:MALFORMED_SCN");
        Http.Response malformed = fx.as("carrier").post("/api/v1/manifests", "{\"tripNumber\": [1,");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        // a crossing goes on one trip, and an SCN is used once
        String first = ManifestFixtures.manifest("TDNM", c, null, false);
        assertThat(file(first).status()).isEqualTo(201);
        Http.Response twice = file(ManifestFixtures.manifest("TDNM", c, null, false));
        assertThat(codes(twice)).contains("shipments[0].crossingId:CROSSING_ALREADY_MANIFESTED");
    }

    @Test
    void malformedShapesAndPathsAreProblemsNeverServerErrors() {
        String many = "[" + String.join(",", java.util.Collections.nCopies(51, "{\"scn\":\"TDNM1\"}")) + "]";
        List<String> bodies = List.of("{\"crew\":[null],\"shipments\":[null],\"equipment\":[null]}",
                "{\"equipment\":[{\"type\":\"CONTAINER\",\"number\":\"X\",\"seals\":[null]}]}",
                "{\"shipments\":" + many + "}", "{\"estimatedArrival\":\"not-a-date\"}", "[]", "null",
                "{\"shipments\":[{\"crossingId\":\"not-a-uuid\"}]}", "{\"crew\":[{\"name\":\"" + "x".repeat(5000) + "\"}]}",
                "{\"estimatedArrival\":\"+999999999-12-31T23:59:59Z\"}", "{\"tripNumber\":12}");
        for (String body : bodies) {
            Http.Response r = fx.as("carrier").post("/api/v1/manifests", body);
            assertThat(r.status()).as(body.length() > 200 ? body.substring(0, 200) : body).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        for (String path : List.of("/api/v1/crossings/not-a-uuid/doda", "/api/v1/crossings/not-a-uuid/manifest",
                "/api/v1/manifests/not-a-uuid", "/api/v1/crossings/" + UUID.randomUUID() + "/doda")) {
            Http.Response r = fx.as("officer-mx").get(path);
            assertThat(r.status()).as(path).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        Http.Response put = fx.as("carrier").put("/api/v1/manifests/" + UUID.randomUUID(), "application/json", "{}");
        assertThat(put.status()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyFilesOnce() {
        var c = fx.crossing("TDNM");
        String body = ManifestFixtures.manifest("TDNM", c, null, false);
        String key = "m-" + UUID.randomUUID();
        Http.Response first = fx.as("carrier").header("Idempotency-Key", key).post("/api/v1/manifests", body);
        Http.Response again = fx.as("carrier").header("Idempotency-Key", key).post("/api/v1/manifests", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    @Test
    void theDodaOfACrossingLinksItsPedimentoTheTruckAndTheUsSide() {
        var c = fx.crossing("TDNM");
        Http.Response filed = file(ManifestFixtures.manifest("TDNM", c, "42000012345", true));
        String scn = filed.json().get("shipments").get(0).get("scn").asString();

        Http.Response doda = fx.as("broker").get("/api/v1/crossings/" + c.id() + "/doda");
        assertThat(doda.status()).as(doda.body()).isEqualTo(200);
        JsonNode d = doda.json();
        assertThat(d.get("aduanaSeccion").asString()).isEqualTo("240");
        assertThat(d.get("pedimentos").get(0).get("number").asString()).isEqualTo(c.pedimento());
        assertThat(d.get("pedimentos").get(0).get("patente").asString()).isEqualTo("3456");
        assertThat(d.get("plates").asString()).isEqualTo("12AB34");
        assertThat(d.get("fastId").asString()).isEqualTo("42000012345");
        assertThat(d.get("containers").get(0).get("seals").get(0).asString()).isEqualTo("SL123456");
        assertThat(d.get("usReferences").toString()).contains(c.entry(), scn);
        assertThat(d.has("integrationNumber")).as("SAT assigns it; the platform never invents one").isFalse();
        assertThat(d.get("cadenaOriginal").asString()).startsWith("||240|3456|1|" + c.pedimento() + "||12AB34|CSQU3054383|");
        assertThat(d.get("qrPayload").asString()).startsWith("JOINTCLEAR-DODA|1|" + c.id() + "|240|" + c.pedimento() + "|12AB34|")
                .contains("SCN:" + scn).doesNotContain("42000012345");
        assertThat(fx.as("broker2").get("/api/v1/crossings/" + c.id() + "/doda").status()).isEqualTo(404);
    }

    private Http.Response file(String body) {
        return fx.as("carrier").post("/api/v1/manifests", body);
    }

    private String reasons(UUID crossing) {
        return fx.as("officer-us").get("/api/v1/crossings/" + crossing).json().get("lanes").get("selection").toString();
    }

    private static List<String> codes(Http.Response problem) {
        List<String> out = new ArrayList<>();
        problem.json().get("errors").forEach(e -> out.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return out;
    }
}
