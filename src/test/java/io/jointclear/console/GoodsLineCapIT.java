package io.jointclear.console;

import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented caps on goods lines: the form takes {@code CrossingForm.MAX_LINES}, a declaration
 * {@link DeclarationDocument#MAX_LINES}. Beyond them the answer is a 4xx with a field error on the lines,
 * never a 500, and nothing is filed.
 */
@DemoUsersIntegrationTest
class GoodsLineCapIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aFormNamingLine4999IsRefusedWithAFieldErrorAndNothingIsFiled() throws Exception {
        ConsoleSession broker = new ConsoleSession(port, "broker");
        int seq = TestNumbers.next();
        Map<String, String> form = FilingFormIT.threeLineForm(seq);
        form.put("lines[4999].mxTariffCode", "0804400100");
        form.put("lines[4999].quantity", "1");

        HttpResponse<String> en = broker.post("/console/broker/crossings?lang=en", form);
        assertThat(en.statusCode()).as(en.body()).isEqualTo(422);
        assertThat(en.body()).contains("id=\"lines-error\"", "TOO_MANY_LINES", "at most 50 goods lines", "named 5,000")
                .doesNotContain("Whitelabel");
        assertThat(filed(form.get("pedimentoNumber"))).as("nothing filed").isZero();

        HttpResponse<String> es = broker.post("/console/broker/crossings?lang=es", form);
        assertThat(es.statusCode()).isEqualTo(422);
        assertThat(es.body()).contains("como máximo 50 partidas");

        // an index no number can hold is refused the same way, and so is an amendment
        form.remove("lines[4999].mxTariffCode");
        form.remove("lines[4999].quantity");
        form.put("lines[99999999999999999999].value", "1");
        assertThat(broker.post("/console/broker/crossings?lang=en", form).statusCode()).isEqualTo(422);
        assertThat(filed(form.get("pedimentoNumber"))).isZero();

        // within the cap the form files as before
        form.remove("lines[99999999999999999999].value");
        HttpResponse<String> ok = broker.post("/console/broker/crossings", form);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        assertThat(filed(form.get("pedimentoNumber"))).isEqualTo(1);
    }

    @Test
    void aDeclarationOf5000LinesIsA422OnItsLinesAndNothingIsStored() throws Exception {
        int seq = TestNumbers.next();
        String pedimento = DeclarationNumbers.pedimento(2026, "24", "3456", seq);
        ObjectNode crossing = (ObjectNode) JSON.readTree(new ClassPathResource("clearance/crossing-northbound-tomatoes.json")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("262434566001234", pedimento)
                .replace("31600042712", DeclarationNumbers.usEntry("316", seq)));
        ArrayNode lines = (ArrayNode) crossing.get("declarations").get(0).get("lines");
        JsonNode line = lines.get(0);
        while (lines.size() < 5_000) {
            lines.add(line.deepCopy());
        }
        Http broker = new Http(port).as("broker", "broker");
        Http.Response refused = broker.post("/api/v1/crossings", JSON.writeValueAsString(crossing));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors")).hasSize(1);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("declarations[0].lines");
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo(DeclarationDocument.TOO_MANY_LINES);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("999", "5000");
        assertThat(filed(pedimento)).isZero();

        Http.Response spanish = broker.header("Accept-Language", "es-MX").post("/api/v1/crossings", JSON.writeValueAsString(crossing));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.json().get("errors").get(0).get("message").asString()).contains("como máximo 999 partidas");

        // at the cap the lines are looked at (and judged) one by one again
        while (lines.size() > DeclarationDocument.MAX_LINES) {
            lines.remove(lines.size() - 1);
        }
        Http.Response atCap = new Http(port).as("broker", "broker").post("/api/v1/crossings", JSON.writeValueAsString(crossing));
        assertThat(atCap.body()).doesNotContain(DeclarationDocument.TOO_MANY_LINES);
    }

    private long filed(String pedimento) {
        Http.Response list = new Http(port).as("officer-mx", "officer-mx").get("/api/v1/crossings?number=" + pedimento);
        assertThat(list.status()).isEqualTo(200);
        return list.json().size();
    }
}
