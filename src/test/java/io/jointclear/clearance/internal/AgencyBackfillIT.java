package io.jointclear.clearance.internal;

import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Crossings stored before their agency was: officials only, until the start-up gives them their filer's agency. */
@DemoUsersIntegrationTest
class AgencyBackfillIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgencyBackfill backfill;

    @Test
    void aCrossingWithoutAgencyGoesToTheAgencyOfTheBrokerWhoFiledIt() {
        Http broker = new Http(port).as("broker", "broker");
        Http broker2 = new Http(port).as("broker2", "broker2");
        int seq = TestNumbers.next();
        String body = resource().replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                .replace("31600042712", DeclarationNumbers.usEntry("316", seq));
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        UUID id = UUID.fromString(filed.json().get("id").asString());
        assertThat(jdbc.queryForObject("SELECT agency FROM clearance.crossing WHERE id = ?", String.class, id))
                .isEqualTo("aduanal-del-norte");
        // as a row written before V2 looks
        jdbc.update("UPDATE clearance.crossing SET agency = NULL WHERE id = ?", id);
        assertThat(broker.get("/api/v1/crossings/" + id).status()).isEqualTo(404);

        backfill.assignAgencies();

        assertThat(jdbc.queryForObject("SELECT agency FROM clearance.crossing WHERE id = ?", String.class, id))
                .isEqualTo("aduanal-del-norte");
        assertThat(broker.get("/api/v1/crossings/" + id).status()).isEqualTo(200);
        assertThat(broker2.get("/api/v1/crossings/" + id).status()).isEqualTo(404);
    }

    private static String resource() {
        try {
            return new ClassPathResource("clearance/crossing-northbound-tomatoes.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
