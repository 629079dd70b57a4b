package io.jointclear.tariff.reassessment;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The batch what-if over stored declarations: a background job, its progress, its CSV, who may run it. */
@DemoUsersIntegrationTest
class WhatIfBatchIT {

    private static final String CROSSING = TestResources.read("clearance/crossing-northbound-tomatoes.json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Http as(String user) {
        return new Http(port).as(user, user);
    }

    @Test
    void a_batch_without_ieepa_reassesses_every_stored_declaration_of_the_period_of_both_countries() throws Exception {
        UUID crossing = file("2026-01-06");
        long expected = jdbc.queryForObject("SELECT count(*) FROM clearance.crossing_declaration"
                + " WHERE document ->> 'date' BETWEEN '2026-01-05' AND '2026-01-07'", Long.class);
        Http analyst = as("analyst");
        Http.Response started = analyst.post("/api/v1/assessments/what-if/batch",
                "{\"from\": \"2026-01-05\", \"to\": \"2026-01-07\", \"scenario\": {\"withoutMeasures\": [\"IEEPA\"]}}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();

        JsonNode job = null;
        for (int i = 0; i < 200; i++) {
            job = analyst.get("/api/v1/assessments/what-if/batch/" + id).json();
            if (job.get("status").asString().equals("DONE") || job.get("status").asString().equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("total").asLong()).isEqualTo(expected).isGreaterThanOrEqualTo(2);
        assertThat(job.get("processed").asLong()).isEqualTo(expected);

        Http.Response csv = analyst.get("/api/v1/assessments/what-if/batch/" + id + "/result");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = Arrays.asList(csv.body().split("\r\n"));
        assertThat(rows.getFirst()).isEqualTo(WhatIfBatch.CSV_HEADER.strip());
        // the US entry of this crossing: tomatoes, USD 21,600, not USMCA-claimed: IEEPA 5,400 → 0
        assertThat(rows).anyMatch(r -> r.startsWith(crossing + ",US,") && r.contains(",IEEPA,USD,5400.00,0,-5400.00,"));
        // both countries: the pedimento of the same crossing is in the batch (assessed or with its problem)
        assertThat(rows).anyMatch(r -> r.startsWith(crossing + ",MX,"));
        JsonNode usIeepa = null;
        for (JsonNode t : job.get("totals")) {
            if (t.get("authority").asString().equals("US") && t.get("code").asString().equals("IEEPA")) {
                usIeepa = t;
            }
        }
        assertThat(usIeepa.get("difference").decimalValue().negate()).isEqualByComparingTo(usIeepa.get("actual").decimalValue());
    }

    /**
     * The batch's shortcuts (scenario without the request checks, indexed prefix lists, reused texts) change
     * no figure: every row of a sample of crossings equals the single what-if of the same declaration.
     */
    @Test
    void the_batch_rows_equal_single_what_if_answers_on_a_sample() throws Exception {
        java.util.Map<UUID, String> bodies = new java.util.HashMap<>();
        List<UUID> sample = List.of(file("2026-01-20", bodies), file("2026-01-20", bodies), file("2026-01-21", bodies));
        Http analyst = as("analyst");
        String scenario = "{\"withoutMeasures\": [\"IEEPA\"]}";
        Http.Response started = analyst.post("/api/v1/assessments/what-if/batch",
                "{\"from\": \"2026-01-20\", \"to\": \"2026-01-21\", \"scenario\": " + scenario + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        for (int i = 0; i < 300 && !analyst.get("/api/v1/assessments/what-if/batch/" + id).json().get("status").asString()
                .matches("DONE|FAILED"); i++) {
            Thread.sleep(100);
        }
        List<String> rows = Arrays.asList(analyst.get("/api/v1/assessments/what-if/batch/" + id + "/result").body().split("\r\n"));

        int compared = 0;
        for (UUID crossing : sample) {
            for (JsonNode declaration : tools.jackson.databind.json.JsonMapper.builder().build().readTree(bodies.get(crossing))
                    .get("declarations")) {
                String authority = declaration.get("authority").asString();
                Http.Response single = analyst.post("/api/v1/assessments/what-if",
                        "{\"request\": " + declaration + ", \"scenario\": " + scenario + "}");
                List<String> mine = rows.stream().filter(r -> r.startsWith(crossing + "," + authority + ",")).toList();
                assertThat(mine).as(crossing + " " + authority).isNotEmpty();
                if (single.status() != 200) {
                    assertThat(mine).singleElement().asString().endsWith("," + single.json().get("code").asString());
                    continue;
                }
                JsonNode answer = single.json();
                JsonNode difference = answer.get("difference").get("totals");
                assertThat(mine).hasSize(difference.size());
                for (String row : mine) {
                    String[] f = row.split(",", -1);
                    String code = f[5];
                    assertThat(new java.math.BigDecimal(f[7])).as(row).isEqualByComparingTo(amount(answer.get("actual"), code));
                    assertThat(new java.math.BigDecimal(f[8])).as(row).isEqualByComparingTo(amount(answer.get("scenario"), code));
                    assertThat(new java.math.BigDecimal(f[9])).as(row).isEqualByComparingTo(difference.get(code).decimalValue());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(6);
    }

    private static java.math.BigDecimal amount(JsonNode side, String code) {
        JsonNode v = side.get("totals").get(code);
        return v == null ? java.math.BigDecimal.ZERO : v.decimalValue();
    }

    @Test
    void only_analysts_and_admins_run_batches_and_bad_input_is_refused_before_anything_runs() {
        String body = "{\"from\": \"2026-01-01\", \"to\": \"2026-01-31\", \"scenario\": {\"withoutMeasures\": [\"IEEPA\"]}}";
        for (String user : List.of("broker", "carrier", "officer-us", "auditor")) {
            assertThat(as(user).post("/api/v1/assessments/what-if/batch", body).status()).as(user).isEqualTo(403);
        }
        Http analyst = as("analyst");
        Http.Response unknown = analyst.post("/api/v1/assessments/what-if/batch", body.replace("IEEPA", "NOPE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_MEASURE");
        assertThat(analyst.post("/api/v1/assessments/what-if/batch", body.replace("2026-01-31", "2025-01-31")).status())
                .isEqualTo(400);
        assertThat(analyst.post("/api/v1/assessments/what-if/batch", "{\"from\": \"2026-01-01\"}").status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/assessments/what-if/batch/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as("broker").get("/api/v1/assessments/what-if/batch").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/assessments/what-if/batch").status()).isEqualTo(200);
    }

    private UUID file(String date) {
        return file(date, new java.util.HashMap<>());
    }

    /** Files a crossing dated {@code date}; its body is put in {@code bodies} under the crossing id. */
    private UUID file(String date, java.util.Map<UUID, String> bodies) {
        int seq = TestNumbers.next();
        String body = CROSSING.replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                .replace("31600042712", DeclarationNumbers.usEntry("316", seq))
                .replace("\"preference\": \"S\",", "")
                .replace("\"date\": \"2026-03-10\"", "\"date\": \"" + date + "\"");
        Http.Response r = as("broker").header("Idempotency-Key", "what-if-" + UUID.randomUUID()).post("/api/v1/crossings", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        UUID id = UUID.fromString(r.json().get("id").asString());
        bodies.put(id, body);
        return id;
    }
}
