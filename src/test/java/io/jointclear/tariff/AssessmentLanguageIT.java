package io.jointclear.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** US assessment warnings are worded by the es/en bundles in the reader's language (Accept-Language). */
@io.jointclear.support.DemoUsersIntegrationTest
class AssessmentLanguageIT {

    @LocalServerPort
    int port;

    /** A steel derivative (7308.90.95.90, Section 232 on the metal content) without metalContentValue. */
    private static String steelWithoutContent() {
        return Chapter99ApiIT.tshirts("2026-03-10", "100000").replace("6109100012", "7308909590")
                .replace("\"unit\": \"DZN\"", "\"unit\": \"KGM\"");
    }

    private JsonNode warning(Http.Response r, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode w : r.json().get("warnings")) {
            if (w.get("code").asString().equals(code)) {
                return w;
            }
        }
        throw new AssertionError("no " + code + " in " + r.body());
    }

    @Test
    void the_metal_content_warning_is_in_spanish_for_a_spanish_reader_with_its_figures() {
        Http.Response r = new Http(port).as("broker", "broker").header("Accept-Language", "es-MX")
                .post("/api/v1/assessments", steelWithoutContent());

        String text = warning(r, "METAL_CONTENT_REQUIRED").get("message").asString();
        assertThat(text).isEqualTo("Partida 1 (7308909590): la Sección 232 9903.81.90 se causa al 50% sobre el valor del "
                + "contenido de metal, que no se declaró; se cobra sobre el valor total hasta que se indique metalContentValue.");
        assertThat(r.json().get("warnings").toString()).doesNotContain("is due at", "not declared");
    }

    @Test
    void the_same_warning_is_in_english_for_an_english_reader() {
        Http.Response r = new Http(port).as("broker", "broker").header("Accept-Language", "en")
                .post("/api/v1/assessments", steelWithoutContent());

        assertThat(warning(r, "METAL_CONTENT_REQUIRED").get("message").asString())
                .startsWith("Line 1 (7308909590): Section 232 9903.81.90 is due at 50% on the value of the metal content");
    }

    @Test
    void both_sides_of_a_what_if_are_worded_for_the_reader() {
        String body = "{\"request\": " + steelWithoutContent() + ", \"scenario\": {\"withoutMeasures\": [\"S122\"]}}";
        Http.Response r = new Http(port).as("broker", "broker").header("Accept-Language", "es")
                .post("/api/v1/assessments/what-if", body);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (String side : new String[] {"actual", "scenario"}) {
            assertThat(r.json().get(side).get("assessment").get("warnings").toString()).as(side)
                    .contains("METAL_CONTENT_REQUIRED", "contenido de metal").doesNotContain("is due at");
        }
    }
}
