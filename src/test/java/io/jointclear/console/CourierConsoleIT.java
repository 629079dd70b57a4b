package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The courier pages of the console over HTTP, in Spanish and English: officer, analyst and courier. */
@DemoUsersIntegrationTest
class CourierConsoleIT {

    @LocalServerPort
    int port;

    private String file(String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/courier/manifests"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("courier:courier".getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(r.body()).get("manifestId").asString();
    }

    @Test
    void officerSeesFlagsFirstWithTheTaxAtStakeAnalystTheRatesCourierItsRejectionsWithoutTargeting() throws Exception {
        String flagged = "F" + UUID.randomUUID().toString().substring(0, 8), bad = "B" + UUID.randomUUID().toString().substring(0, 8);
        String id = file("""
                {"direction":"SOUTHBOUND","customsOffice":"240","date":"2025-09-02","consignments":[
                 {"guide":"%s","consignee":{"name":"Rosa Pérez","rfc":"PERR800101AB1","address":"Calle 5, Monterrey"},
                  "shipper":{"name":"Shop","address":"Bao'an, Shenzhen, China"},"origin":"US","description":"phone case",
                  "quantity":1,"weightKg":0.4,"value":100.00,"currency":"USD"},
                 {"guide":"%s","consignee":{"name":"Rosa Pérez","rfc":"PERR800101AB1","address":"Calle 5, Monterrey"},
                  "shipper":{"name":"Shop"},"origin":"ZZ","description":"phone case","quantity":1,"weightKg":0.4,"value":-3,
                  "currency":"USD"}]}""".formatted(flagged, bad));

        ConsoleSession officer = new ConsoleSession(port, "officer-mx");
        HttpResponse<String> en = officer.get("/console/officer/courier/manifests/" + id + "?lang=en");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("False USMCA origin", "Tax at stake", flagged, "16.50", "Shenzhen");
        assertThat(en.body().indexOf("id=\"flags\"")).isLessThan(en.body().indexOf("id=\"inspect\""));
        HttpResponse<String> es = officer.get("/console/officer/courier/manifests/" + id + "?lang=es");
        assertThat(es.body()).contains("Origen T-MEC falso", "Contribuciones en juego", "remitente", "16.50");
        assertThat(officer.get("/console/officer/courier/manifests?from=2025-09-02&to=2025-09-02").body()).contains(id);

        ConsoleSession analyst = new ConsoleSession(port, "analyst");
        HttpResponse<String> dash = analyst.get("/console/analyst/couriers?from=2025-09-02&to=2025-09-02&lang=es");
        assertThat(dash.statusCode()).isEqualTo(200);
        assertThat(dash.body()).contains("Tasa de irregularidades por paquetería", "Recaudación por tasa", "Origen T-MEC falso");
        assertThat(analyst.get("/console/analyst/couriers?from=2025-09-02&to=2025-09-02&lang=en").body())
                .contains("Irregularity rates by courier", "Revenue by rate band", "17 % rate");

        ConsoleSession courier = new ConsoleSession(port, "courier");
        HttpResponse<String> mine = courier.get("/console/courier/manifests?id=" + id + "&lang=es");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Mis manifiestos de paquetería", "Guías rechazadas", bad)
                .doesNotContain("FALSE_ORIGIN", "T-MEC falso", "Shenzhen", "16.50");
        assertThat(courier.get("/console/officer/courier/manifests/" + id).statusCode()).isEqualTo(403);
        assertThat(courier.get("/console/analyst/couriers").statusCode()).isEqualTo(403);
    }
}
