package io.jointclear.clearance;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Authority per organisation with the demo users: {@code broker} acts for the agency of patente 3456 /
 * filer code 316, {@code broker2} for the agency of 3210 / 317, {@code carrier} for TDNM. A broker files
 * only under its agency's licences and sees only its agency's crossings; a carrier acts on and reads
 * only the crossings it carries.
 */
@DemoUsersIntegrationTest
class AgencyAuthorityIT {

    private static final String CONTRACT = TestResources.read("clearance/crossing-northbound-tomatoes.json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http broker;
    Http broker2;
    Http carrier;
    Http officerMx;

    @BeforeEach
    void clients() {
        broker = new Http(port).as("broker", "broker");
        broker2 = new Http(port).as("broker2", "broker2");
        carrier = new Http(port).as("carrier", "carrier");
        officerMx = new Http(port).as("officer-mx", "officer-mx");
    }

    @Test
    void broker2CannotFileUnderTheOtherAgencysPatenteAndNothingIsWritten() {
        int seq = TestNumbers.next();
        String theirs = crossing("3456", "316", seq, "TDNM");
        String pedimento = DeclarationNumbers.pedimento(2026, "24", "3456", seq);
        String key = "foreign-" + UUID.randomUUID();
        int crossingsBefore = count("SELECT count(*) FROM clearance.crossing");

        Http.Response refused = broker2.header("Idempotency-Key", key).post("/api/v1/crossings", theirs);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("FILER_NOT_AUTHORISED");
        assertThat(problem.get("detail").asString()).contains(pedimento, "declarations[0].filer", "patente 3456");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("declarations[0].filer");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("FILER_NOT_AUTHORISED");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains(pedimento);
        assertThat(problem.get("errors").get(1).get("field").asString()).isEqualTo("declarations[1].filer");
        // nothing written: no crossing, no number taken, the key not kept
        assertThat(count("SELECT count(*) FROM clearance.crossing")).isEqualTo(crossingsBefore);
        assertThat(count("SELECT count(*) FROM clearance.crossing_declaration WHERE number = '" + pedimento + "'")).isZero();
        Http.Response own = broker2.header("Idempotency-Key", key).post("/api/v1/crossings",
                crossing("3210", "317", TestNumbers.next(), "TDNM"));
        assertThat(own.status()).as("the refused filing kept no key: " + own.body()).isEqualTo(201);
        // the numbers stay free for the agency that holds them
        assertThat(broker.post("/api/v1/crossings", theirs).status()).isEqualTo(201);
    }

    @Test
    void broker2CannotFileUnderTheOtherAgencysFilerCodeEvenWithItsOwnPatente() {
        int seq = TestNumbers.next();
        String mixed = crossing("3210", "316", seq, "TDNM");
        String entry = DeclarationNumbers.usEntry("316", seq);

        Http.Response refused = broker2.post("/api/v1/crossings", mixed);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("FILER_NOT_AUTHORISED");
        assertThat(refused.json().get("detail").asString()).contains(entry, "declarations[1].filer", "filer code 316")
                .doesNotContain("declarations[0]");
        assertThat(refused.json().get("errors")).hasSize(1);
        assertThat(count("SELECT count(*) FROM clearance.crossing_declaration WHERE number = '" + entry + "'")).isZero();
        // the pedimento's number was not taken either: broker2 files it with an entry of its own
        String fixed = mixed.replace(entry, DeclarationNumbers.usEntry("317", seq)).replace("\"filer\": \"316\"", "\"filer\": \"317\"");
        assertThat(broker2.post("/api/v1/crossings", fixed).status()).isEqualTo(201);
    }

    @Test
    void aBatchRefusesOnlyTheItemFiledUnderAnotherAgencysLicence() {
        String own = crossing("3210", "317", TestNumbers.next(), "TDNM");
        int seq = TestNumbers.next();
        String foreign = crossing("3456", "316", seq, "TDNM");
        String body = "{\"crossings\":[{\"idempotencyKey\":\"b-" + UUID.randomUUID() + "\",\"crossing\":" + own
                + "},{\"idempotencyKey\":\"b-" + UUID.randomUUID() + "\",\"crossing\":" + foreign + "}]}";

        Http.Response answer = broker2.post("/api/v1/crossings/batch", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(results.get(1).get("status").asInt()).isEqualTo(403);
        JsonNode problem = results.get(1).get("problem");
        assertThat(problem.get("code").asString()).isEqualTo("FILER_NOT_AUTHORISED");
        assertThat(problem.get("errors").get(0).get("field").asString())
                .isEqualTo("crossings[1].crossing.declarations[0].filer");
        assertThat(problem.get("detail").asString()).contains(DeclarationNumbers.pedimento(2026, "24", "3456", seq));
        assertThat(count("SELECT count(*) FROM clearance.crossing_declaration WHERE number = '"
                + DeclarationNumbers.pedimento(2026, "24", "3456", seq) + "'")).isZero();
    }

    @Test
    void anAmendmentUnderAnotherAgencysLicenceIsRefusedAndChangesNothing() {
        int seq = TestNumbers.next();
        String own = crossing("3210", "317", seq, "TDNM");
        String id = filed(broker2, own);
        String foreignPedimento = DeclarationNumbers.pedimento(2026, "24", "3456", seq);
        String amended = own.replace(DeclarationNumbers.pedimento(2026, "24", "3210", seq), foreignPedimento)
                .replace("\"filer\": \"3210\"", "\"filer\": \"3456\"");

        Http.Response refused = broker2.put("/api/v1/crossings/" + id, "application/json", amended);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("FILER_NOT_AUTHORISED");
        assertThat(refused.json().get("detail").asString()).contains(foreignPedimento);
        JsonNode stored = broker2.get("/api/v1/crossings/" + id).json();
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(stored.toString()).doesNotContain(foreignPedimento);
    }

    @Test
    void aBrokerSeesOnlyItsAgencysCrossings() {
        String theirs = filed(broker, crossing("3456", "316", TestNumbers.next(), "TDNM"));
        String mine = filed(broker2, crossing("3210", "317", TestNumbers.next(), "TDNM"));

        Http.Response read = broker2.get("/api/v1/crossings/" + theirs);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("code").asString()).isEqualTo("CROSSING_NOT_FOUND");
        assertThat(broker2.get("/api/v1/crossings?limit=500").body()).contains(mine).doesNotContain(theirs);
        assertThat(broker.get("/api/v1/crossings?limit=500").body()).contains(theirs).doesNotContain(mine);
        // writes to a crossing it cannot see: the same 404, nothing recorded
        assertThat(broker2.post("/api/v1/crossings/" + theirs + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status())
                .isEqualTo(404);
        assertThat(broker2.post("/api/v1/crossings/" + theirs + "/reassessment", "").status()).isEqualTo(404);
        assertThat(officerMx.get("/api/v1/crossings/" + theirs).json().get("status").asString()).isEqualTo("FILED");
    }

    @Test
    void aCarrierRecordsTheArrivalOfWhatItCarriesAndOfNothingElse() {
        String tdnm = filed(broker, crossing("3456", "316", TestNumbers.next(), "TDNM"));
        String fxbr = filed(broker, crossing("3456", "316", TestNumbers.next(), "FXBR"));

        Http.Response other = carrier.post("/api/v1/crossings/" + fxbr + "/arrival", "{\"at\":\"" + Instant.now() + "\"}");
        assertThat(other.status()).as(other.body()).isEqualTo(404);
        assertThat(carrier.get("/api/v1/crossings/" + fxbr).status()).isEqualTo(404);
        assertThat(officerMx.get("/api/v1/crossings/" + fxbr).json().get("status").asString()).isEqualTo("FILED");

        Http.Response arrived = carrier.post("/api/v1/crossings/" + tdnm + "/arrival", "{\"at\":\"" + Instant.now() + "\"}");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        // a red joint lane (the random draw may give one) sends the truck to the joint inspection at once
        assertThat(arrived.json().get("status").asString()).isEqualTo(
                "RED".equals(arrived.json().get("lanes").get("joint").asString()) ? "UNDER_INSPECTION" : "SELECTED");
        assertThat(arrived.json().get("lanes").get("outcomes")).hasSize(2);
        assertThat(carrier.get("/api/v1/crossings/" + tdnm).status()).isEqualTo(200);
        assertThat(carrier.get("/api/v1/crossings?limit=500").body()).contains(tdnm).doesNotContain(fxbr);
        // a carrier does not file, amend or decide
        assertThat(carrier.put("/api/v1/crossings/" + tdnm, "application/json", "{}").status()).isEqualTo(403);
    }

    private String filed(Http as, String body) {
        Http.Response filed = as.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    /** The contract's tomato crossing under the given licences, numbered {@code seq}, carried by {@code scac}. */
    static String crossing(String patente, String filerCode, int seq, String scac) {
        return CONTRACT.replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", patente, seq))
                .replace("\"filer\": \"3456\"", "\"filer\": \"" + patente + "\"")
                .replace("31600042712", DeclarationNumbers.usEntry(filerCode, seq))
                .replace("\"filer\": \"316\"", "\"filer\": \"" + filerCode + "\"")
                .replace("\"scac\": \"TDNM\"", "\"scac\": \"" + scac + "\"");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

}
