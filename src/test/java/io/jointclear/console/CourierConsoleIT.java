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

    @Test
    void officerDecidesFromTheManifestPageAndSeesTheDecidedConsignments() throws Exception {
        String flagged = "F" + UUID.randomUUID().toString().substring(0, 8);
        String id = file("""
                {"direction":"SOUTHBOUND","customsOffice":"240","date":"2025-09-03","consignments":[
                 {"guide":"%s","consignee":{"name":"Rosa Pérez","rfc":"PERR800101AB1","address":"Calle 5, Monterrey"},
                  "shipper":{"name":"Shop","address":"Bao'an, Shenzhen, China"},"origin":"US","description":"phone case",
                  "quantity":1,"weightKg":0.4,"value":100.00,"currency":"USD"}]}""".formatted(flagged));
        ConsoleSession officer = new ConsoleSession(port, "officer-mx");
        String page = "/console/officer/courier/manifests/" + id;
        HttpResponse<String> es = officer.get(page + "?lang=es");
        assertThat(es.body()).contains("decide-RELEASE-" + flagged, "decide-REQUIRE_REGULAR_PEDIMENTO-" + flagged, "hx-post",
                "Exigir pedimento ordinario", "Hallazgos del reconocimiento", "COURIER_ORIGIN_OR_PERMITS", "Aún no hay decisiones");

        HttpResponse<String> posted = officer.post(page + "/decisions", java.util.Map.of("guide", flagged, "decision", "HOLD",
                "foundValueUsd", "180.50", "foundWeightKg", "0.4", "foundDescription", "earbuds", "foundHs6", "851830"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).endsWith(page);
        HttpResponse<String> after = officer.get(page + "?lang=en");
        assertThat(after.body()).contains("Decision recorded", "Decided consignments", "officer-mx", "180.50", "851830", "Hold");

        officer.post(page + "/decisions", java.util.Map.of("guide", flagged, "decision", "RELEASE"));
        assertThat(officer.get(page + "?lang=es").body()).contains("Decisión registrada", "Liberar");
        HttpResponse<String> refused = officer.post(page + "/decisions", java.util.Map.of("guide", flagged, "decision", "INSPECT"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(officer.get(page + "?lang=es").body()).contains("Esta decisión no puede seguir");
        HttpResponse<String> bad = officer.post(page + "/decisions", java.util.Map.of("guide", flagged, "decision", "RELEASE",
                "foundValueUsd", "lots"));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(officer.get(page + "?lang=en").body()).contains("La decisión tiene errores"); // worded when refused, in es

        ConsoleSession other = new ConsoleSession(port, "officer-us");
        other.get(page); // the page's form token
        assertThat(other.post(page + "/decisions", java.util.Map.of("guide", flagged, "decision", "RELEASE")).statusCode())
                .isEqualTo(302);
        assertThat(other.get(page + "?lang=en").body()).contains("class=\"flash error\"");
        assertThat(officer.get(page + "?lang=en").body()).doesNotContain("officer-us");
        ConsoleSession courier = new ConsoleSession(port, "courier");
        courier.get("/console/courier/manifests"); // a valid form token: the refusal is the role's, not the token's
        assertThat(courier.post(page + "/decisions", java.util.Map.of("guide", flagged, "decision", "RELEASE")).statusCode())
                .isEqualTo(403);
    }
}
