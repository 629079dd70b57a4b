package io.jointclear.operators;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.Http;
import io.jointclear.support.TestResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Authority to file comes from the registry, on the declaration's date: a suspended patente is refused
 * for the suspension only, a cancelled one from the resolution date, an importer inactive in the Padrón
 * is refused while one the registry does not know is accepted and flagged for officers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.security.agencies[0].id=norte", "jointclear.security.agencies[0].patentes=3456",
        "jointclear.security.agencies[0].filer-codes=316",
        "jointclear.security.agencies[1].id=sur", "jointclear.security.agencies[1].patentes=3210",
        "jointclear.security.agencies[1].filer-codes=317",
        "jointclear.security.agencies[2].id=valle", "jointclear.security.agencies[2].patentes=3999",
        "jointclear.security.agencies[2].filer-codes=399",
        "jointclear.security.users[0].username=broker", "jointclear.security.users[0].password=broker",
        "jointclear.security.users[0].roles=BROKER", "jointclear.security.users[0].agency=norte",
        "jointclear.security.users[1].username=broker2", "jointclear.security.users[1].password=broker2",
        "jointclear.security.users[1].roles=BROKER", "jointclear.security.users[1].agency=sur",
        "jointclear.security.users[2].username=broker3", "jointclear.security.users[2].password=broker3",
        "jointclear.security.users[2].roles=BROKER", "jointclear.security.users[2].agency=valle",
        "jointclear.security.users[3].username=officer-mx", "jointclear.security.users[3].password=officer-mx",
        "jointclear.security.users[3].roles=OFFICER_MX",
        "jointclear.security.users[4].username=officer-us", "jointclear.security.users[4].password=officer-us",
        "jointclear.security.users[4].roles=OFFICER_US",
        "jointclear.security.users[5].username=admin", "jointclear.security.users[5].password=admin",
        "jointclear.security.users[5].roles=ADMIN"})
class FilingAuthorityIT {

    private static final String NORTHBOUND = TestResources.read("clearance/crossing-northbound-tomatoes.json");
    private static final String SOUTHBOUND = TestResources.read("clearance/crossing-southbound-steel.json");

    @LocalServerPort
    int port;

    Http officerMx;

    @BeforeEach
    void clients() {
        officerMx = new Http(port).as("officer-mx", "officer-mx");
    }

    @Test
    void aSuspendedPatenteIsRefusedForTheSuspensionOnlyAndAcceptedFromTheReinstatement() {
        String patente = authorisationPath("CUSTOMS_AGENT", "3210");
        status(patente, "{\"status\":\"SUSPENDED\",\"from\":\"2026-03-05\",\"reason\":\"art. 164 LA: provisional suspension\"}");

        Http.Response before = new Http(port).as("broker2", "broker2").post("/api/v1/crossings", northbound("3210", "317", 1, "2026-03-04"));
        Http.Response during = new Http(port).as("broker2", "broker2").post("/api/v1/crossings", northbound("3210", "317", 2, "2026-03-07"));
        assertThat(before.status()).as(before.body()).isEqualTo(201);
        assertThat(during.status()).as(during.body()).isEqualTo(403);
        assertThat(during.json().get("code").asString()).isEqualTo("AUTHORISATION_SUSPENDED");
        assertThat(during.json().get("detail").asString()).contains("Patente 3210", "SUSPENDED from 2026-03-05", "art. 164 LA");

        status(patente, "{\"status\":\"ACTIVE\",\"from\":\"2026-03-08\",\"reason\":\"resolution: suspension lifted\"}");

        Http.Response dayBefore = new Http(port).as("broker2", "broker2").post("/api/v1/crossings", northbound("3210", "317", 3, "2026-03-07"));
        Http.Response dayAfter = new Http(port).as("broker2", "broker2").post("/api/v1/crossings", northbound("3210", "317", 4, "2026-03-08"));
        assertThat(dayBefore.status()).as("still inside the suspension").isEqualTo(403);
        assertThat(dayAfter.status()).as(dayAfter.body()).isEqualTo(201);
    }

    @Test
    void aCancelledPatenteIsRefusedFromTheResolutionDateWithItsCodeAndEarlierCrossingsAreFlagged() {
        Http broker3 = new Http(port).as("broker3", "broker3");
        Http.Response earlier = broker3.post("/api/v1/crossings", northbound("3999", "399", 1, "2026-03-04"));
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(201);

        status(authorisationPath("CUSTOMS_AGENT", "3999"),
                "{\"status\":\"CANCELLED\",\"from\":\"2026-03-05\",\"reason\":\"arts. 164-167 LA: resolution of proceeding 17/2026\"}");

        Http.Response onResolution = broker3.post("/api/v1/crossings", northbound("3999", "399", 2, "2026-03-05"));
        assertThat(onResolution.status()).isEqualTo(403);
        JsonNode problem = onResolution.json();
        assertThat(problem.get("code").asString()).isEqualTo("AUTHORISATION_CANCELLED");
        assertThat(problem.get("detail").asString()).contains("Patente 3999", "CANCELLED since 2026-03-05", "proceeding 17/2026");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("declarations[0].filer");
        JsonNode authorisation = problem.get("authorisation");
        assertThat(authorisation.get("kind").asString()).isEqualTo("PATENTE");
        assertThat(authorisation.get("number").asString()).isEqualTo("3999");
        assertThat(authorisation.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(authorisation.get("since").asString()).isEqualTo("2026-03-05");
        // a Spanish caller gets the same facts, in Spanish words
        Http.Response spanish = new Http(port).as("broker3", "broker3").header("Accept-Language", "es")
                .post("/api/v1/crossings", northbound("3999", "399", 5, "2026-03-06"));
        assertThat(spanish.json().get("title").asString()).isEqualTo("Autorización cancelada");
        assertThat(spanish.json().get("authorisation").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(broker3.post("/api/v1/crossings", northbound("3999", "399", 3, "2026-03-04")).status())
                .as("a declaration dated before the resolution").isEqualTo(201);

        // the crossing filed before stays, flagged for officers
        String id = earlier.json().get("id").asString();
        assertThat(officerMx.get("/api/v1/crossings/" + id).status()).isEqualTo(200);
        JsonNode flags = officerMx.get("/api/v1/operators/crossing-flags/" + id).json();
        assertThat(codes(flags)).contains("AUTHORISATION_CANCELLED");
        assertThat(broker3.get("/api/v1/operators/crossing-flags/" + id).status()).isEqualTo(403);
    }

    @Test
    void anImporterInactiveInThePadronIsRefusedOnTheDeclarationDateAndAnUnknownOneIsAcceptedAndFlagged() {
        Http admin = new Http(port).as("admin", "admin");
        Http.Response registered = admin.post("/api/v1/operators", "{\"type\":\"IMPORTER\",\"code\":\"PAD900101AB1\","
                + "\"name\":\"Padrón de Prueba SA de CV\",\"country\":\"MX\",\"taxId\":\"PAD900101AB1\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        JsonNode withPadron = officerMx.post("/api/v1/operators/" + id + "/authorisations", "{\"kind\":\"PADRON_IMPORTADORES\","
                + "\"number\":\"PAD900101AB1\",\"validFrom\":\"2020-01-01\"}").json();
        String authorisation = withPadron.get("authorisations").get(0).get("id").asString();
        status("/api/v1/operators/" + id + "/authorisations/" + authorisation,
                "{\"status\":\"SUSPENDED\",\"from\":\"2026-03-05\",\"until\":\"2026-03-09\",\"reason\":\"regla 1.3.3 fr. XL\"}");

        Http broker = new Http(port).as("broker", "broker");
        Http.Response suspended = broker.post("/api/v1/crossings", southbound("PAD900101AB1", 1, "2026-03-06"));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(422);
        assertThat(suspended.json().get("code").asString()).isEqualTo("IMPORTER_NOT_ACTIVE_IN_PADRON");
        assertThat(suspended.json().get("errors").get(0).get("field").asString()).isEqualTo("declarations[1].importer.taxId");
        assertThat(suspended.json().get("authorisation").get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.json().get("authorisation").get("until").asString()).isEqualTo("2026-03-09");
        Http.Response afterSuspension = broker.post("/api/v1/crossings", southbound("PAD900101AB1", 2, "2026-03-10"));
        assertThat(afterSuspension.status()).as(afterSuspension.body()).isEqualTo(201);

        Http.Response unknown = broker.post("/api/v1/crossings", southbound("MET980312AB4", 3, "2026-03-10"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(201);
        JsonNode flags = officerMx.get("/api/v1/operators/crossing-flags/" + unknown.json().get("id").asString()).json();
        assertThat(codes(flags)).containsExactly("IMPORTER_NOT_IN_REGISTRY");
    }

    @Test
    void aLicenceTheRegistryDoesNotHoldOnTheDateIsNotRegistered() {
        // the administrator files for any agency, but not under a patente the registry does not know
        Http.Response unknown = new Http(port).as("admin", "admin").post("/api/v1/crossings", northbound("3777", "316", 1, "2026-03-10"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(403);
        assertThat(unknown.json().get("code").asString()).isEqualTo("AUTHORISATION_NOT_REGISTERED");
    }

    private void status(String authorisation, String body) {
        Http.Response changed = officerMx.post(authorisation + "/status", body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** The path of the only authorisation of the operator of that type and code. */
    private String authorisationPath(String type, String code) {
        JsonNode list = officerMx.get("/api/v1/operators?type=" + type).json();
        for (JsonNode o : list) {
            if (o.get("code").asString().equals(code)) {
                String id = o.get("id").asString();
                JsonNode view = officerMx.get("/api/v1/operators/" + id).json();
                return "/api/v1/operators/" + id + "/authorisations/" + view.get("authorisations").get(0).get("id").asString();
            }
        }
        throw new AssertionError(type + " " + code + " not in " + list);
    }

    private static List<String> codes(JsonNode flags) {
        List<String> codes = new ArrayList<>();
        flags.forEach(f -> codes.add(f.get("code").asString()));
        return codes;
    }

    private static String northbound(String patente, String filerCode, int round, String date) {
        int sequence = 6_000_000 + round + Math.floorMod(patente.hashCode(), 1000) * 100;
        return NORTHBOUND.replace("262434566001234", "26" + "24" + patente + sequence)
                .replace("\"filer\": \"3456\"", "\"filer\": \"" + patente + "\"")
                .replace("31600042712", DeclarationNumbers.usEntry(filerCode, 40_000 + round + Math.floorMod(patente.hashCode(), 1000) * 100))
                .replace("\"filer\": \"316\"", "\"filer\": \"" + filerCode + "\"")
                .replace("2026-03-10", date);
    }

    private static String southbound(String importer, int round, String date) {
        return SOUTHBOUND.replace("262434566001201", "2624345660" + String.format("%05d", 20_000 + round + Math.floorMod(importer.hashCode(), 100) * 100))
                .replace("X20260310123456", "X2026031" + String.format("%07d", 100_000 + round + Math.floorMod(importer.hashCode(), 100) * 100))
                .replace("MET980312AB4", importer)
                .replace("2026-03-10", date);
    }
}
