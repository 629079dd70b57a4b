package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import io.jointclear.support.TestResources;
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

        ConsoleSession broker3 = new ConsoleSession(port, "broker3");
        String mine = broker3.get("/console/operators?lang=es").body();
        assertThat(mine).contains("Mi registro", "3999", "Cancelada", "despachos-del-valle").doesNotContain("3456", "aduanal-del-norte");
        assertThat(broker3.get("/console/operators/" + id + "?lang=es").statusCode()).isEqualTo(200);
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
