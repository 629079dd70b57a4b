package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import io.jointclear.support.TestResources;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The registry in the console: officials list operators and read an operator's dated history; a trader
 * sees only its own record; the officer's case page shows what the registry says today.
 */
@DemoUsersIntegrationTest
class OperatorConsoleIT {

    @LocalServerPort
    int port;

    @Test
    void officialsReadTheRegistryAndATraderOnlyItsOwnRecord() throws Exception {
        ConsoleSession officer = new ConsoleSession(port, "officer-mx");
        String agents = officer.get("/console/operators?type=CUSTOMS_AGENT&lang=en").body();
        assertThat(agents).contains("Registry of operators", "3999", "3456", "Cancelled", "Active");

        String id = idOf("CUSTOMS_AGENT", "3999");
        String page = officer.get("/console/operators/" + id + "?lang=es").body();
        assertThat(page).contains("Patente", "Cancelada", "desde el 2025-09-15", "arts. 164-167 LA", "Historial (hechos fechados)");
        // officials go on to the operator's compliance panel (score, parts, cases); the operator itself is not shown the link
        assertThat(page).contains("id=\"operator-compliance\"", "/console/analyst/operators/" + id + "/compliance");

        ConsoleSession broker3 = new ConsoleSession(port, "broker3");
        String mine = broker3.get("/console/operators?lang=es").body();
        assertThat(mine).contains("Mi registro", "3999", "Cancelada", "despachos-del-valle").doesNotContain("3456", "aduanal-del-norte");
        assertThat(broker3.get("/console/operators/" + id + "?lang=es").statusCode()).isEqualTo(200);
        assertThat(broker3.get("/console/operators/" + id + "?lang=es").body()).doesNotContain("operator-compliance");
        ConsoleSession broker = new ConsoleSession(port, "broker");
        assertThat(broker.get("/console/operators/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void theOfficersCasePageShowsAnImporterTheRegistryDoesNotHold() throws Exception {
        String body = TestResources.read("clearance/crossing-southbound-steel.json")
                .replace("262434566001201", "262434566031201").replace("X20260310123456", "X20260310923456");
        Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);

        String page = new ConsoleSession(port, "officer-mx").get("/console/officer/crossings/" + filed.json().get("id").asString()
                + "?lang=en").body();

        assertThat(page).contains("id=\"registry-flags\"", "id=\"registry-flag-IMPORTER_NOT_IN_REGISTRY\"", "MET980312AB4");
    }

    @Test
    void anOfficerSuspendsAnAuthorisationFromTheConsoleAndABrokerCannot() throws Exception {
        Http admin = new Http(port).as("admin", "admin");
        Http.Response registered = admin.post("/api/v1/operators", "{\"type\":\"IMPORTER\",\"code\":\"CON900101AB1\","
                + "\"name\":\"Consola de Prueba SA de CV\",\"country\":\"MX\",\"taxId\":\"CON900101AB1\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        String authorisation = new Http(port).as("officer-mx", "officer-mx").post("/api/v1/operators/" + id + "/authorisations",
                "{\"kind\":\"PADRON_IMPORTADORES\",\"number\":\"CON900101AB1\",\"validFrom\":\"2020-01-01\"}").json()
                .get("authorisations").get(0).get("id").asString();
        String path = "/console/operators/" + id + "/authorisations/" + authorisation + "/status";

        ConsoleSession officer = new ConsoleSession(port, "officer-mx");
        assertThat(officer.get("/console/operators/" + id + "?lang=es").body()).contains("class=\"status-change\"", "Registrar el cambio");
        // a bad date is answered on the page, nothing recorded
        HttpResponse<String> refused = officer.post(path, Map.of("status", "SUSPENDED", "from", "2026-13-40", "reason", "x"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"registry-error\"");
        HttpResponse<String> done = officer.post(path, Map.of("status", "SUSPENDED", "from", "2026-02-01", "until", "2026-02-28",
                "reason", "suspensión del padrón (prueba de consola)"));
        assertThat(done.statusCode()).isEqualTo(302);
        JsonNode a = admin.get("/api/v1/operators/" + id).json().get("authorisations").get(0);
        assertThat(a.get("history").toString()).contains("SUSPENDED", "2026-02-01", "2026-02-28", "prueba de consola");

        // a broker sees no form, and a post of its own is refused by the registry
        ConsoleSession broker = new ConsoleSession(port, "broker");
        HttpResponse<String> byBroker = broker.post(path, Map.of("status", "CANCELLED", "from", "2026-03-01", "reason", "no"));
        assertThat(byBroker.statusCode()).isNotEqualTo(302);
        assertThat(admin.get("/api/v1/operators/" + id).json().get("authorisations").get(0).get("history").toString())
                .doesNotContain("CANCELLED");
    }

    private String idOf(String type, String code) {
        JsonNode list = new Http(port).as("admin", "admin").get("/api/v1/operators?type=" + type).json();
        for (JsonNode o : list) {
            if (o.get("code").asString().equals(code)) {
                return o.get("id").asString();
            }
        }
        throw new AssertionError(code);
    }
}
