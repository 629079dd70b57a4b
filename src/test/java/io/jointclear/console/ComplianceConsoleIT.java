package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The analyst's misclassification page in both languages; traders are refused it. */
@DemoUsersIntegrationTest
class ComplianceConsoleIT {

    @LocalServerPort
    int port;

    @Test
    void analystsSeeTheFiguresInSpanishAndEnglishBrokersAreRefused() throws Exception {
        ConsoleSession analyst = new ConsoleSession(port, "analyst");
        HttpResponse<String> es = analyst.get("/console/analyst/detections?from=2026-01-01&to=2026-12-31&lang=es");
        assertThat(es.statusCode()).isEqualTo(200);
        assertThat(es.body()).contains("Combustibles mal clasificados", "Contribuciones en riesgo confirmadas",
                "Partidas reclasificadas", "format=csv");
        HttpResponse<String> en = analyst.get("/console/analyst/detections?from=2026-01-01&to=2026-12-31&lang=en");
        assertThat(en.body()).contains("Misclassified fuels", "Tax at stake confirmed", "Reclassified lines");
        assertThat(analyst.get("/console/analyst/detections?from=2026-13-01").statusCode()).isEqualTo(400);
        assertThat(new ConsoleSession(port, "broker").get("/console/analyst/detections").statusCode()).isEqualTo(403);
    }
}
