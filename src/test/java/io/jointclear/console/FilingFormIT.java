package io.jointclear.console;

import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The broker's filing form over real HTTP with the demo users: several goods lines, every problem of
 * the whole declaration in one answer with an exact count, amendment before arrival and its refusal
 * after, and a copy of a filed crossing as the starting point of a new one.
 */
@DemoUsersIntegrationTest
class FilingFormIT {

    private static final Pattern COUNT = Pattern.compile("(\\d+) problem\\(s\\) to fix");

    @LocalServerPort
    int port;

    @Test
    void threeLinesWithFourMistakesGetFourErrorsInOneRound() throws Exception {
        ConsoleSession broker = new ConsoleSession(port, "broker");
        Map<String, String> form = threeLineForm(seq());
        form.put("carrierScac", "");                       // blank SCAC: required, as its hint says
        form.put("usPort", "2402");                        // El Paso does not face Nuevo Laredo
        form.put("lines[1].quantity", "mucho");            // not a number
        form.put("lines[2].mxTariffCode", "0804409999");   // no such fracción
        HttpResponse<String> page = broker.post("/console/broker/crossings?lang=en", form);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String html = page.body();
        assertThat(count(html)).as(html).isEqualTo(4);
        assertThat(html).contains("id=\"carrierScac-error\"", "id=\"usPort-error\"", "NOT_A_PORT_PAIR",
                "id=\"lines1.quantity-error\"", "NOT_A_NUMBER", "id=\"lines2.mxTariffCode-error\"");
        assertThat(html).contains("value=\"mucho\"", "Goods line 3 of 3");

        form.put("carrierScac", "TDNM");
        form.put("usPort", "2304");
        form.put("lines[1].quantity", "1500");
        form.put("lines[2].mxTariffCode", "0804400100");
        HttpResponse<String> filed = broker.post("/console/broker/crossings", form);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String id = crossingId(filed);
        var crossing = new Http(port).as("broker", "broker").get("/api/v1/crossings/" + id).json();
        assertThat(crossing.get("declarations").get(0).get("document").get("lines").size()).isEqualTo(3);
        assertThat(crossing.get("declarations").get(1).get("document").get("lines").get(1).get("quantity").get("value").asString())
                .isIn("1500", "1500.0");
    }

    @Test
    void addingAndRemovingLinesWorksWithoutJavaScript() throws Exception {
        ConsoleSession broker = new ConsoleSession(port, "broker");
        Map<String, String> form = threeLineForm(seq());
        form.put("lineAction", "add");
        String added = broker.post("/console/broker/crossings?lang=en", form).body();
        assertThat(added).contains("Goods line 4 of 4", "id=\"remove-line-3\"").doesNotContain("id=\"form-errors\"");
        form.put("lineAction", "remove:0");
        String removed = broker.post("/console/broker/crossings?lang=en", form).body();
        assertThat(removed).contains("Goods line 2 of 2").doesNotContain("Goods line 3 of");
        // line 0 went: what was line 1 is now the first
        assertThat(removed).contains("name=\"lines[0].description\" value=\"Aguacate Hass, caja 2\"");
    }

    @Test
    void amendBeforeArrivalThenRefusedAfterArrival() throws Exception {
        ConsoleSession broker = new ConsoleSession(port, "broker");
        Map<String, String> form = threeLineForm(seq());
        String id = crossingId(broker.post("/console/broker/crossings", form));

        String amendPage = broker.get("/console/broker/crossings/" + id + "/amend?lang=en").body();
        assertThat(amendPage).contains("Amend a crossing", "value=\"" + form.get("pedimentoNumber") + "\"", "Goods line 3 of 3");
        form.put("lines[2].quantity", "777");
        form.put("lines[2].netWeightKg", "777");
        HttpResponse<String> amended = broker.post("/console/broker/crossings/" + id + "/amend", form);
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(302);
        Http api = new Http(port).as("broker", "broker");
        var crossing = api.get("/api/v1/crossings/" + id).json();
        assertThat(crossing.get("timestamps").has("amendedAt")).isTrue();
        assertThat(crossing.get("declarations").get(0).get("document").get("lines").get(2).get("quantity").get("value").asString())
                .isIn("777", "777.0");
        assertThat(broker.get("/console/broker/crossings/" + id + "?lang=en").body()).contains("id=\"amend-crossing\"");

        assertThat(new Http(port).as("carrier", "carrier").post("/api/v1/crossings/" + id + "/arrival",
                "{\"at\":\"" + Instant.now() + "\"}").status()).isEqualTo(200);
        assertThat(broker.get("/console/broker/crossings/" + id + "?lang=en").body()).doesNotContain("id=\"amend-crossing\"");
        form.put("lines[2].quantity", "778");
        form.put("carrierScac", "");   // after arrival the refusal is the answer, not the form's details
        HttpResponse<String> late = broker.post("/console/broker/crossings/" + id + "/amend?lang=en", form);
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(count(late.body())).isEqualTo(1);
        assertThat(late.body()).contains("INVALID_TRANSITION", "the truck has arrived").doesNotContain("carrierScac-error");
        int other = seq();
        String valid = new org.springframework.core.io.ClassPathResource("clearance/crossing-northbound-tomatoes.json")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", "3456", other))
                .replace("31600042712", DeclarationNumbers.usEntry("316", other));
        Http.Response refused = api.header("Idempotency-Key", "late-" + other).put("/api/v1/crossings/" + id, "application/json", valid);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("INVALID_TRANSITION");
        var unchanged = api.get("/api/v1/crossings/" + id).json();
        assertThat(unchanged.get("declarations").get(0).get("document").get("lines").get(2).get("quantity").get("value").asString())
                .isIn("777", "777.0");
    }

    @Test
    void copyStartsANewFilingWithoutTheNumbers() throws Exception {
        ConsoleSession broker = new ConsoleSession(port, "broker");
        Map<String, String> form = threeLineForm(seq());
        String id = crossingId(broker.post("/console/broker/crossings", form));

        String copy = broker.get("/console/broker/crossings/new?lang=en&copy=" + id).body();
        assertThat(copy).contains("id=\"copied-from\"", "Goods line 3 of 3", "value=\"Aguacate Hass, caja 3\"", "value=\"TDNM\"")
                .doesNotContain(form.get("pedimentoNumber"), form.get("usNumber"));
        // the broker gives new numbers and files the copy
        Map<String, String> next = threeLineForm(seq());
        String copiedId = crossingId(broker.post("/console/broker/crossings", next));
        assertThat(copiedId).isNotEqualTo(id);
        // another agency's crossing cannot be copied: it does not exist for them
        assertThat(new ConsoleSession(port, "broker2").get("/console/broker/crossings/new?copy=" + id).statusCode()).isEqualTo(404);
    }

    private static int count(String html) {
        Matcher m = COUNT.matcher(html);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String crossingId(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static int seq() {
        return TestNumbers.next();
    }

    /** A valid northbound truck of avocados in three lines under the demo broker's licences. */
    static Map<String, String> threeLineForm(int seq) {
        LocalDateTime arrival = LocalDateTime.now(ZoneId.of("America/Mexico_City")).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("direction", "NORTHBOUND");
        f.put("mxCustomsOffice", "240");
        f.put("usPort", "2304");
        f.put("expectedArrival", arrival.toString());
        f.put("carrierScac", "TDNM");
        f.put("carrierName", "Transportes del Norte SA de CV");
        f.put("plate", "12AB34");
        f.put("plateCountry", "MX");
        f.put("driverName", "Juan Pérez");
        f.put("pedimentoNumber", DeclarationNumbers.pedimento(arrival.getYear(), "24", "3456", seq));
        f.put("clave", "A1");
        f.put("usNumber", DeclarationNumbers.usEntry("316", seq));
        f.put("usType", "01");
        f.put("mxTaxId", "AGR010215KJ3");
        f.put("mxName", "Aguacates de Michoacán SA de CV");
        f.put("usTaxId", "12-345678900");
        f.put("usName", "Border Produce LLC");
        f.put("preference", "S");
        f.put("manufacturer", "MXAGRACE101URU");
        f.put("incoterm", "FCA");
        for (int i = 0; i < 3; i++) {
            String p = "lines[" + i + "].";
            f.put(p + "mxTariffCode", "0804400100");
            f.put(p + "usTariffCode", "0804400040");
            f.put(p + "description", "Aguacate Hass, caja " + (i + 1));
            f.put(p + "origin", "MX");
            f.put(p + "quantity", String.valueOf(1000 * (i + 1)));
            f.put(p + "mxUnit", "KGM");
            f.put(p + "usUnit", "KGM");
            f.put(p + "value", String.valueOf(2500 * (i + 1)));
            f.put(p + "netWeightKg", String.valueOf(1000 * (i + 1)));
        }
        return f;
    }
}
