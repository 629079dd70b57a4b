package io.jointclear.immex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingEvents.CrossingReleased;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import io.jointclear.support.TestNumbers;
import io.jointclear.support.TestResources;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The ledger kept from the platform's own crossings: an IMMEX temporary import filed by a broker for
 * its client posts its lines at release (once, however often the release is delivered), a return the
 * balances cannot cover is refused at filing with nothing stored, and a covered one discharges PEPS
 * at release.
 */
@DemoUsersIntegrationTest
class ImmexCrossingIT {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10000));

    @LocalServerPort
    int port;

    @Autowired
    CrossingLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    String program(Http officer, Http admin, String rfc) {
        String number = "XING-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        JsonNode p = officer.post("/api/v1/immex/programs", """
                {"number":"%s","rfc":"%s","name":"Aceros de Prueba SA de CV","modality":"INDUSTRIAL","validFrom":"2024-01-01"}"""
                .formatted(number, rfc)).json();
        Http.Response m = admin.put("/api/v1/immex/programs/" + p.get("id").asString() + "/materials", "text/csv", """
                part_number,description,fraccion,nico,umc,umt,conversion_factor,category,valid_from
                COIL-1,Lámina rolada en caliente,72083901,99,KGM,KGM,1,RAW_MATERIAL,2025-01-01
                """);
        assertThat(m.json().get("accepted").asInt()).as(m.body()).isEqualTo(1);
        return p.get("id").asString() + "|" + number;
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The contract's steel crossing as an IMMEX temporary import (IN / ITE) of the program's company. */
    static String southbound(String program, String rfc, String partNumber, int seq) {
        tools.jackson.databind.node.ObjectNode c = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                TestResources.read("clearance/crossing-southbound-steel.json"));
        for (JsonNode d : c.get("declarations")) {
            tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode) d;
            if (doc.get("authority").asString().equals("US")) {
                doc.put("number", "X2026031" + String.format("%07d", seq));
                continue;
            }
            doc.put("number", DeclarationNumbers.pedimento(2026, "24", "3456", seq));
            doc.put("type", "IN").put("regime", "ITE").put("immexProgram", program);
            ((tools.jackson.databind.node.ObjectNode) doc.get("importer")).put("taxId", rfc);
            tools.jackson.databind.node.ObjectNode line = (tools.jackson.databind.node.ObjectNode) doc.get("lines").get(0);
            line.remove("preference");
            line.put("partNumber", partNumber);
        }
        return c.toString();
    }

    /** The contract's northbound crossing as an IMMEX return (RT / ETR) of {@code kg} of a part number. */
    static String northbound(String program, String rfc, String partNumber, long kg, int seq) {
        tools.jackson.databind.node.ObjectNode c = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                TestResources.read("clearance/crossing-northbound-tomatoes.json"));
        for (JsonNode d : c.get("declarations")) {
            tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode) d;
            tools.jackson.databind.node.ObjectNode line = (tools.jackson.databind.node.ObjectNode) doc.get("lines").get(0);
            ((tools.jackson.databind.node.ObjectNode) line.get("quantity")).put("value", kg);
            line.put("netWeightKg", kg);
            if (doc.get("authority").asString().equals("US")) {
                doc.put("number", DeclarationNumbers.usEntry("316", seq));
                continue;
            }
            doc.put("number", DeclarationNumbers.pedimento(2026, "24", "3456", seq));
            doc.put("type", "RT").put("regime", "ETR").put("immexProgram", program);
            ((tools.jackson.databind.node.ObjectNode) doc.get("exporter")).put("taxId", rfc);
            line.put("partNumber", partNumber);
        }
        return c.toString();
    }

    @Test
    void anImportPostsAtReleaseAndAReturnIsCheckedAtFilingAndDischargedAtRelease() throws Exception {
        Http broker = new Http(port).as("broker", "broker");
        Http officer = new Http(port).as("officer-mx", "officer-mx");
        Http admin = new Http(port).as("admin", "admin");
        String rfc = "ACE" + String.format("%02d", SEQ.get() % 100) + "0101AB1";
        String[] p = program(officer, admin, rfc).split("\\|");
        String id = p[0];
        String number = p[1];

        int seqIn = TestNumbers.next();
        Http.Response unknown = broker.post("/api/v1/crossings", southbound(number, rfc, "NOPE-9", seqIn));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("errors").toString()).contains("UNKNOWN_PART_NUMBER", "lines[0].partNumber");
        Http.Response filed = broker.post("/api/v1/crossings", southbound(number, rfc, "COIL-1", seqIn));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String crossing = filed.json().get("id").asString();

        Instant released = Instant.parse("2026-03-10T18:00:00Z");
        ledger.on(new CrossingReleased(java.util.UUID.fromString(crossing), released.minusSeconds(3600), released));
        JsonNode balances = awaitBalances(admin, id, 1);
        JsonNode entry = balances.get(0);
        assertThat(entry.get("partNumber").asString()).isEqualTo("COIL-1");
        assertThat(entry.get("quantity").decimalValue()).isEqualByComparingTo("25000");
        assertThat(entry.get("entryDate").asString()).isEqualTo("2026-03-10");
        assertThat(entry.get("deadline").asString()).isEqualTo("2027-09-10");
        assertThat(admin.get("/api/v1/immex/programs/" + id + "/balances").body()).as("plain decimals, never 2.5E+4")
                .contains("\"quantity\":25000,").doesNotContain("E+");
        // delivered again (a restart replays unfinished publications): posted once
        ledger.on(new CrossingReleased(java.util.UUID.fromString(crossing), released.minusSeconds(3600), released));
        Thread.sleep(500);
        assertThat(admin.get("/api/v1/immex/programs/" + id + "/balances").json()).hasSize(1);

        int seqOut = TestNumbers.next();
        long crossingsBefore = jdbc.queryForObject("SELECT count(*) FROM clearance.crossing", Long.class);
        Http.Response tooMuch = broker.post("/api/v1/crossings", northbound(number, rfc, "COIL-1", 30000, seqOut));
        assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
        assertThat(tooMuch.json().get("errors").toString()).contains("IMMEX_BALANCE_SHORTFALL", "COIL-1", "short by 5000");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM clearance.crossing", Long.class)).isEqualTo(crossingsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM immex.exit WHERE program_id = ?::uuid", Long.class, id)).isZero();

        // the same numbers within the balance: nothing of the refusal was stored
        Http.Response ok = broker.post("/api/v1/crossings", northbound(number, rfc, "COIL-1", 18000, seqOut));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        Instant out = Instant.parse("2026-04-02T18:00:00Z");
        ledger.on(new CrossingReleased(java.util.UUID.fromString(ok.json().get("id").asString()), out, out));
        JsonNode discharges = awaitDischarges(admin, id);
        assertThat(discharges.get(0).get("entryPedimento").asString()).isEqualTo(DeclarationNumbers.pedimento(2026, "24", "3456", seqIn));
        assertThat(discharges.get(0).get("exitClave").asString()).isEqualTo("RT");
        assertThat(discharges.get(0).get("quantity").decimalValue()).isEqualByComparingTo("18000");
        assertThat(admin.get("/api/v1/immex/programs/" + id + "/balances").json().get(0).get("remaining").decimalValue())
                .isEqualByComparingTo("7000");
    }

    private static JsonNode awaitBalances(Http http, String id, int size) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode b = http.get("/api/v1/immex/programs/" + id + "/balances").json();
            if (b.size() >= size) {
                return b;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no balance posted");
    }

    private static JsonNode awaitDischarges(Http http, String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode d = http.get("/api/v1/immex/programs/" + id + "/discharges").json();
            if (!d.isEmpty()) {
                return d;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no discharge recorded");
    }
}
