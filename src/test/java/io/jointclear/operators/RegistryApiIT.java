package io.jointclear.operators;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.risk.TrustedTraders;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import io.jointclear.support.TestResources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The registry's API with the demo users and the DEMO registry: reads scoped to the trader's own
 * record, changes by the granting authority only, broker3's cancelled patente, CSV import line by line,
 * and certifications read on a date.
 */
@DemoUsersIntegrationTest
class RegistryApiIT {

    private static final String NORTHBOUND = TestResources.read("clearance/crossing-northbound-tomatoes.json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrustedTraders trustedTraders;

    private Http as(String user) {
        return new Http(port).as(user, user);
    }

    @Test
    void aTraderReadsItsOwnRecordsAndNoOtherOperator() {
        assertThat(codes(as("broker").get("/api/v1/operators").json()))
                .containsExactlyInAnyOrder("aduanal-del-norte", "3456", "316");
        assertThat(codes(as("broker").get("/api/v1/operators?type=IMPORTER").json())).isEmpty();
        assertThat(codes(as("carrier").get("/api/v1/operators").json())).containsExactly("TDNM");
        assertThat(codes(as("courier").get("/api/v1/operators").json())).containsExactly("paqueteria-del-bajio");

        String otherAgency = idOf(as("admin").get("/api/v1/operators?type=AGENCY").json(), "frontera-sur");
        Http.Response foreign = as("broker").get("/api/v1/operators/" + otherAgency);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("code").asString()).isEqualTo("OPERATOR_NOT_FOUND");
        assertThat(as("broker2").get("/api/v1/operators/" + otherAgency).status()).isEqualTo(200);
        // officials see every type of operator, the DEMO ones included
        for (String type : List.of("COURIER", "CUSTOMS_AGENT", "AGENCY", "US_BROKER", "CARRIER", "IMPORTER", "WAREHOUSE", "IMMEX")) {
            assertThat(as("analyst").get("/api/v1/operators?type=" + type).json()).as(type).isNotEmpty();
        }
        assertThat(as("analyst").get("/api/v1/operators?type=SMUGGLER").status()).isEqualTo(400);
    }

    @Test
    void broker3sPatenteWasCancelledByAResolvedProceedingAndItsFilingIsRefused() {
        String pedimento = "262439996" + String.format("%06d", 1);
        String body = NORTHBOUND.replace("262434566001234", pedimento).replace("\"filer\": \"3456\"", "\"filer\": \"3999\"")
                .replace("31600042712", DeclarationNumbers.usEntry("399", 4_200)).replace("\"filer\": \"316\"", "\"filer\": \"399\"");

        Http.Response refused = as("broker3").post("/api/v1/crossings", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("AUTHORISATION_CANCELLED");
        assertThat(refused.json().get("detail").asString()).contains("Patente 3999", "CANCELLED since 2025-09-15", "arts. 164-167 LA");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM declaration.declaration WHERE number = ?", Integer.class, pedimento))
                .isZero();
        // broker3 sees its cancelled patente and the dated fact behind it
        JsonNode own = as("broker3").get("/api/v1/operators?type=CUSTOMS_AGENT").json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("authorisations").get(0).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void onlyTheGrantingAuthorityChangesAnAuthorisation() {
        String agent = idOf(as("admin").get("/api/v1/operators?type=CUSTOMS_AGENT").json(), "3210");
        String authorisation = as("admin").get("/api/v1/operators/" + agent).json().get("authorisations").get(0).get("id").asString();
        String path = "/api/v1/operators/" + agent + "/authorisations/" + authorisation + "/status";
        String suspension = "{\"status\":\"SUSPENDED\",\"from\":\"2031-01-01\",\"until\":\"2031-01-10\",\"reason\":\"art. 164 LA\"}";

        Http.Response byUsOfficer = as("officer-us").post(path, suspension);
        assertThat(byUsOfficer.status()).isEqualTo(403);
        assertThat(byUsOfficer.json().get("code").asString()).isEqualTo("FORBIDDEN");
        Http.Response reversed = as("officer-mx").post(path, suspension.replace("2031-01-10", "2030-12-31"));
        assertThat(reversed.status()).isEqualTo(422);
        Http.Response byMxOfficer = as("officer-mx").post(path, suspension);
        assertThat(byMxOfficer.status()).as(byMxOfficer.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = 'AUTHORISATION_STATUS_CHANGED' "
                + "AND subject_id = ? AND actor = 'officer-mx'", Integer.class, authorisation)).isEqualTo(1);
    }

    @Test
    void aCsvImportRejectsBadLinesOneByOneAndAMalformedFileWhole() {
        String header = "type,code,name,country,taxId,agencyCode,authorisationKind,authorisationNumber,sector,validFrom,validUntil\n";
        String body = header
                + "IMPORTER,IMP010101AA1,Importadora Uno SA de CV,MX,IMP010101AA1,,PADRON_IMPORTADORES,IMP010101AA1,,2015-01-01,\n"
                + "IMPORTER,IMP020202BB2,\"Importadora Dos, SA de CV\",MX,IMP020202BB2,,PADRON_SECTORIAL,IMP020202BB2,13,2016-02-02,\n"
                + "SMUGGLER,X1,Nobody,MX,,,,,,,\n"
                + "IMPORTER,IMP030303CC3,Importadora Tres,MX,,,PADRON_IMPORTADORES,IMP030303CC3,,2020-13-01,\n"
                + "IMPORTER,IMP040404DD4,Too few fields,MX\n"
                + "IMPORTER,IMP010101AA1,Importadora Uno SA de CV,MX,IMP010101AA1,,PADRON_IMPORTADORES,IMP010101AA1,,2015-01-01,\n";

        Http.Response answer = postCsv("officer-mx", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("imported").asInt()).isEqualTo(2);
        List<Integer> lines = new ArrayList<>();
        answer.json().get("rejected").forEach(r -> lines.add(r.get("line").asInt()));
        assertThat(lines).containsExactly(4, 5, 6, 7);
        assertThat(answer.json().get("rejected").get(3).get("errors").get(0).get("code").asString()).isEqualTo("AUTHORISATION_EXISTS");

        int before = jdbc.queryForObject("SELECT count(*) FROM operators.operator", Integer.class);
        Http.Response malformed = postCsv("officer-mx", header + "IMPORTER,IMP050505EE5,\"never closed,MX,,,,,,,\n");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("MALFORMED_CSV");
        Http.Response wrongHeader = postCsv("officer-mx", "type,code\nIMPORTER,IMP060606FF6\n");
        assertThat(wrongHeader.json().get("code").asString()).isEqualTo("MISSING_COLUMNS");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM operators.operator", Integer.class)).isEqualTo(before);
        // the US officer does not register Mexican importers
        Http.Response foreign = postCsv("officer-us", header + "IMPORTER,IMP070707GG7,Siete,MX,,,,,,,\n");
        assertThat(foreign.json().get("rejected").get(0).get("errors").get(0).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void certificationsAreReadOnTheDayAndAnExpiredOneIsNotUsed() {
        // DEMO: FRU120912QX5 holds OEA 2026-01-01..2027-12-31; Sonoran Produce's CTPAT ended 2026-06-30
        assertThat(trustedTraders.programmesOn("FRU120912QX5", LocalDate.of(2026, 3, 10))).containsExactly("OEA");
        assertThat(trustedTraders.programmesOn("FRU120912QX5", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(trustedTraders.programmesOn("86-765432100", LocalDate.of(2026, 6, 30))).containsExactly("CTPAT");
        assertThat(trustedTraders.programmesOn("86-765432100", LocalDate.of(2026, 7, 1))).isEmpty();
        assertThat(trustedTraders.programmesOn("ACE050607T23", LocalDate.of(2026, 3, 10))).isEmpty();

        String sonoran = idOf(as("officer-us").get("/api/v1/operators?type=IMPORTER").json(), "86-765432100");
        JsonNode certification = as("officer-us").get("/api/v1/operators/" + sonoran).json().get("certifications").get(0);
        assertThat(certification.get("program").asString()).isEqualTo("CTPAT");
        assertThat(certification.get("inForce").asBoolean()).isFalse();
    }

    @Test
    void aCourierIsRefusedOnAManifestDateInsideTheSuspensionOfItsRegistration() {
        String courier = idOf(as("admin").get("/api/v1/operators?type=COURIER").json(), "envios-pacifico");
        String registration = as("admin").get("/api/v1/operators/" + courier).json().get("authorisations").get(0).get("id").asString();
        Http.Response suspended = as("officer-mx").post("/api/v1/operators/" + courier + "/authorisations/" + registration + "/status",
                "{\"status\":\"SUSPENDED\",\"from\":\"2025-06-01\",\"until\":\"2025-06-03\",\"reason\":\"art. 144-A LA\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);

        Http.Response during = as("courier2").post("/api/v1/courier/manifests", courierManifest("2025-06-02"));
        assertThat(during.status()).as(during.body()).isEqualTo(403);
        assertThat(during.json().get("code").asString()).isEqualTo("AUTHORISATION_SUSPENDED");
        assertThat(during.json().get("detail").asString()).contains("EMP-3.7.3-0522", "2025-06-02");
        Http.Response after = as("courier2").post("/api/v1/courier/manifests", courierManifest("2025-06-04"));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
    }

    private static String courierManifest(String date) {
        return "{\"direction\":\"SOUTHBOUND\",\"customsOffice\":\"240\",\"date\":\"" + date + "\",\"consignments\":["
                + "{\"guide\":\"G" + date.replace("-", "") + "\",\"consignee\":{\"name\":\"Ana López\",\"rfc\":\"LOPA800101AB1\","
                + "\"address\":\"Av. Juárez 10, Saltillo\"},\"shipper\":{\"name\":\"Store\"},\"origin\":\"US\","
                + "\"description\":\"phone case\",\"quantity\":1,\"weightKg\":0.4,\"value\":40,\"currency\":\"USD\"}]}";
    }

    private Http.Response postCsv(String user, String body) {
        return as(user).post("/api/v1/operators/import", "text/csv", body);
    }

    private static List<String> codes(JsonNode operators) {
        List<String> codes = new ArrayList<>();
        operators.forEach(o -> codes.add(o.get("code").asString()));
        return codes;
    }

    private static String idOf(JsonNode operators, String code) {
        for (JsonNode o : operators) {
            if (o.get("code").asString().equals(code)) {
                return o.get("id").asString();
            }
        }
        throw new AssertionError(code + " not in " + operators);
    }
}
