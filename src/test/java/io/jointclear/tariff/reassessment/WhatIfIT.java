package io.jointclear.tariff.reassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/assessments/what-if on the running application and its embedded database. */
@DemoUsersIntegrationTest
class WhatIfIT {

    /** The 2026-01-15 t-shirt entry: IEEPA 25 % of USD 48,000 = 12,000.00. */
    private static final String TSHIRTS = IeepaRefundsIT.tshirts("2026-01-15", null, "6109100012");

    @LocalServerPort
    int port;

    Http broker;

    @BeforeEach
    void client() {
        broker = new Http(port).as("broker", "broker");
    }

    private JsonNode whatIf(String scenario) {
        Http.Response r = broker.post("/api/v1/assessments/what-if", "{\"request\": " + TSHIRTS + ", \"scenario\": " + scenario + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void without_ieepa_the_scenario_drops_exactly_the_ieepa_duty() {
        JsonNode r = whatIf("{\"date\": null, \"withoutMeasures\": [\"IEEPA\"], \"withMeasures\": []}");
        assertThat(r.get("actual").get("totals").get("IEEPA").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(r.get("scenario").get("totals").has("IEEPA")).isFalse();
        assertThat(r.get("difference").get("totals").get("IEEPA").decimalValue()).isEqualByComparingTo("-12000.00");
        assertThat(r.get("difference").get("totals").get("MPF").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.get("difference").get("total").decimalValue()).isEqualByComparingTo("-12000.00");
        assertThat(r.get("difference").get("lines").get(0).get("taxes").get("IEEPA").decimalValue())
                .isEqualByComparingTo("-12000.00");
        assertThat(r.get("actual").get("total").decimalValue().subtract(r.get("scenario").get("total").decimalValue()))
                .isEqualByComparingTo("12000.00");
    }

    @Test
    void with_ieepa_unchanged_the_difference_is_zero_and_the_rule_id_also_names_a_measure() {
        JsonNode same = whatIf("{\"withoutMeasures\": []}");
        assertThat(same.get("difference").get("total").decimalValue()).isEqualByComparingTo("0");
        JsonNode byRule = whatIf("{\"withoutMeasures\": [\"US.IEEPA.MX\"]}");
        assertThat(byRule.get("difference").get("totals").get("IEEPA").decimalValue()).isEqualByComparingTo("-12000.00");
    }

    @Test
    void another_date_assesses_the_law_of_that_date() {
        // from 24 Feb 2026 Section 122 (10 %) replaces IEEPA (25 %)
        JsonNode r = whatIf("{\"date\": \"2026-03-10\"}");
        assertThat(r.get("scenario").get("date").asString()).isEqualTo("2026-03-10");
        assertThat(r.get("scenario").get("totals").has("IEEPA")).isFalse();
        assertThat(r.get("scenario").get("totals").get("S122").decimalValue()).isEqualByComparingTo("4800.00");
        assertThat(r.get("difference").get("totals").get("IEEPA").decimalValue()).isEqualByComparingTo("-12000.00");
        assertThat(r.get("difference").get("totals").get("S122").decimalValue()).isEqualByComparingTo("4800.00");
    }

    @Test
    void an_added_measure_is_assessed_in_the_scenario_only() {
        JsonNode r = whatIf("""
                {"withoutMeasures": ["IEEPA"], "withMeasures": [{"ruleId": "SCENARIO.S122.APPAREL", "authority": "US",
                  "taxCode": "S122", "kind": "PERCENT", "rate": 15, "tariffPrefixes": ["6109"], "origins": ["MX"],
                  "stacking": "RESIDUAL", "heading": "9903.03.99", "validFrom": "2026-01-01", "legalBasis": "scenario",
                  "confidence": "LOW"}]}""");
        assertThat(r.get("actual").get("totals").has("S122")).isFalse();
        assertThat(r.get("scenario").get("totals").get("S122").decimalValue()).isEqualByComparingTo("7200.00");
        assertThat(r.get("difference").get("total").decimalValue()).isEqualByComparingTo("-4800.00");
        JsonNode tax = null;
        for (JsonNode t : r.get("scenario").get("assessment").get("lines").get(0).get("taxes")) {
            if (t.get("code").asString().equals("S122")) {
                tax = t;
            }
        }
        assertThat(tax.get("ruleId").asString()).isEqualTo("SCENARIO.S122.APPAREL");
        // nothing stored: the actual assessment does not see it
        Http.Response actual = broker.post("/api/v1/assessments", TSHIRTS);
        assertThat(actual.body()).doesNotContain("SCENARIO.S122.APPAREL");
    }

    @Test
    void bad_scenarios_are_problems() {
        Http.Response unknown = broker.post("/api/v1/assessments/what-if",
                "{\"request\": " + TSHIRTS + ", \"scenario\": {\"withoutMeasures\": [\"NOPE\"]}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_MEASURE");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("scenario.withoutMeasures[0]");

        Http.Response badRow = broker.post("/api/v1/assessments/what-if", "{\"request\": " + TSHIRTS
                + ", \"scenario\": {\"withMeasures\": [{\"ruleId\": \"X\", \"authority\": \"US\", \"taxCode\": \"S122\","
                + " \"kind\": \"PERCENT\", \"validFrom\": \"2026-01-01\", \"legalBasis\": \"x\"}]}}");
        assertThat(badRow.status()).isEqualTo(400);
        assertThat(badRow.json().get("errors").findValuesAsString("field"))
                .contains("scenario.withMeasures[0].rate", "scenario.withMeasures[0].confidence");

        assertThat(broker.post("/api/v1/assessments/what-if", "{\"request\": " + TSHIRTS + "}").status()).isEqualTo(400);
        assertThat(broker.post("/api/v1/assessments/what-if", "{\"scenario\": {}}").status()).isEqualTo(400);

        Http.Response unknownCode = broker.post("/api/v1/assessments/what-if", "{\"request\": "
                + TSHIRTS.replace("6109100012", "6109100099") + ", \"scenario\": {}}");
        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(unknownCode.json().get("errors").get(0).get("field").asString()).isEqualTo("request.lines[0].tariffCode");

        Http.Response before = broker.post("/api/v1/assessments/what-if", "{\"request\": " + TSHIRTS
                + ", \"scenario\": {\"date\": \"2019-01-01\"}}");
        assertThat(before.status()).as(before.body()).isBetween(400, 422);
        assertThat(before.json().get("errors").get(0).get("field").asString()).startsWith("scenario.");
        assertThat(new Http(port).post("/api/v1/assessments/what-if", "{}").status()).isEqualTo(401);
    }
}
