package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.operators.OperatorDirectory;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The proceedings queue, a case page with its step form, and an operator's compliance panel, in both languages. */
@DemoUsersIntegrationTest
class ProceedingsConsoleIT {

    @LocalServerPort
    int port;
    @Autowired
    OperatorDirectory directory;

    @Test
    void officersWorkTheQueueAndTheCasePageAnalystsReadTheCompliancePanel() throws Exception {
        OperatorRef courier = directory.find(OperatorType.COURIER, "envios-pacifico").orElseThrow();
        String id = null;
        for (JsonNode p : new Http(port).as("officer-mx", "officer-mx").get("/api/v1/proceedings?status=OPEN&operatorId=" + courier.id()).json()) {
            id = p.get("id").asString();
        }
        assertThat(id).as("the DEMO courier case").isNotNull();

        ConsoleSession officer = new ConsoleSession(port, "officer-mx");
        String queue = officer.get("/console/officer/proceedings?lang=es").body();
        assertThat(queue).contains("Procedimientos de sanción", "envios-pacifico", "RGCE rule 3.7.3", "Pruebas y alegatos");

        String page = officer.get("/console/officer/proceedings/" + id + "?lang=en").body();
        assertThat(page).contains("Evidence and arguments", "RGCE rule 3.7.3", "DEMO-ANAM-ACOA-2026-1182", "Notified", "Record a step");

        // resolving while the argument period runs is refused, in the reader's language, and nothing changes
        var refused = officer.post("/console/officer/proceedings/" + id + "/steps",
                Map.of("step", "RESOLVE", "date", LocalDate.now().toString(), "outcome", "CANCELLED", "text", "x"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"step-error\"", "may offer evidence and arguments until", "RGCE rule 3.7.3");

        ConsoleSession analyst = new ConsoleSession(port, "analyst");
        String panel = analyst.get("/console/analyst/operators/" + courier.id() + "/compliance?lang=es").body();
        assertThat(panel).contains("Cumplimiento del operador", "RGCE rule 3.7.3", "Abierto");

        assertThat(new ConsoleSession(port, "broker").get("/console/officer/proceedings").statusCode()).isEqualTo(403);
    }
}
