package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The officer's case list and case page, and the analysts' report, rendered in both languages. */
@DemoUsersIntegrationTest
class EnforcementConsoleIT {

    @LocalServerPort
    int port;

    @Test
    void officerSeesTheCaseWithItsTermsCustodyAndLiabilities() throws Exception {
        Http admin = new Http(port).as("admin", "admin");
        Http officer = new Http(port).as("officer-mx", "officer-mx");
        // test fixtures through the import paths (see EnforcementCasesIT): IGI 0 % for 2710.19.99, INPC factor 1.0200
        admin.put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n27101999,0,Ex.,2026-01-01,,test fixture (MX-4 treats IGI as 0)\n");
        admin.put("/api/v1/enforcement/inpc", "text/csv", "month,value,source\n2026-02,142.000,test fixture\n2026-08,144.840,test fixture\n");
        Http.Response opened = officer.post("/api/v1/cases", """
                {"jurisdiction":"MX","procedure":"PAMA","port":"240","summary":"diesel declared as lubricating base oil",
                 "subjects":[{"role":"IMPORTER","key":"ICO050101AB1","name":"Importadora del Cobre"}],
                 "goods":[{"line":1,"declarationNumber":"26 24 3456 6001235","declarationDate":"2026-03-10","declaredCode":"2710199901",
                   "foundCode":"2710199903","origin":"US","quantity":40000,"unit":"LTR","value":30000,"currency":"USD","exchangeRate":18}]}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        officer.post("/api/v1/cases/" + id + "/steps", "{\"step\":\"NOTIFY\"}");
        officer.post("/api/v1/cases/" + id + "/custody", """
                {"item":"TANK-9","action":"TAKEN","to":"verificador A. Soto","place":"Nuevo Laredo","seals":["Z1"]}""");
        assertThat(officer.post("/api/v1/cases/" + id + "/liability", """
                {"asOf":"2026-09-15","fines":[{"article":"CFF_76","percent":60}]}""").status()).isEqualTo(200);

        ConsoleSession session = new ConsoleSession(port, "officer-mx");
        HttpResponse<String> list = session.get("/console/officer/cases?lang=es");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/console/officer/cases/" + id, "Casos de cumplimiento", "Pruebas y alegatos (10 días hábiles)");

        HttpResponse<String> page = session.get("/console/officer/cases/" + id + "?lang=es");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cadena de custodia", "La cadena de custodia está íntegra.", "TANK-9", "IEPS omitido",
                "294,536.00", "Recargos (7 meses)", "Multa CFF_76", "Importadora del Cobre");
        HttpResponse<String> english = session.get("/console/officer/cases/" + id + "?lang=en");
        assertThat(english.body()).contains("Chain of custody", "Omitted IEPS", "Evidence and arguments (10 business days)");

        ConsoleSession analyst = new ConsoleSession(port, "analyst");
        HttpResponse<String> report = analyst.get("/console/analyst/cases?lang=es");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("case-report", "Procedimiento administrativo en materia aduanera");
        assertThat(new Http(port).as("analyst", "analyst").get("/api/v1/cases/report?format=csv").body())
                .startsWith("month,procedure,status,port,cases\n").contains(",PAMA,NOTIFIED,240,");
    }
}
