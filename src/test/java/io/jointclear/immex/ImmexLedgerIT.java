package io.jointclear.immex;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Annex 24 ledger over HTTP on the real database: catalogues and entries by CSV, exits discharged
 * PEPS through the bills of materials, refusals that leave nothing behind, deadlines by category,
 * V1 transfers on a new clock, and who sees which program.
 */
@DemoUsersIntegrationTest
class ImmexLedgerIT {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));
    static final String MATERIALS = """
            part_number,description,fraccion,nico,umc,umt,conversion_factor,category,valid_from
            RES-1,"Resina de polipropileno, grado inyección",39021001,00,KGM,KGM,1,RAW_MATERIAL,2025-01-01
            BOX-1,Caja de cartón corrugado,48191001,00,C62,KGM,0.35,PACKAGING,2025-01-01
            CNT-1,Contenedor metálico retornable,86090001,00,C62,C62,1,CONTAINER,2025-01-01
            MOLD-1,Molde de inyección,84807101,00,C62,C62,1,FIXED_ASSET,2025-01-01
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http admin;
    Http officerMx;

    @BeforeEach
    void clients() {
        admin = new Http(port).as("admin", "admin");
        officerMx = new Http(port).as("officer-mx", "officer-mx");
    }

    /** A new program with the test catalogue; its id. */
    String program(String rfc, String validTo) {
        String number = "TEST-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Http.Response created = officerMx.post("/api/v1/immex/programs", """
                {"number":"%s","rfc":"%s","name":"Plásticos de Prueba SA de CV","modality":"INDUSTRIAL",
                 "plants":["Av. Industrial 100, Reynosa, Tamps."],"validFrom":"2024-01-01"%s}"""
                .formatted(number, rfc, validTo == null ? "" : ",\"validTo\":\"" + validTo + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Http.Response materials = admin.put(path(id, "materials"), "text/csv", MATERIALS);
        assertThat(materials.json().get("accepted").asInt()).as(materials.body()).isEqualTo(4);
        return id;
    }

    static String path(String id, String what) {
        return "/api/v1/immex/programs/" + id + "/" + what;
    }

    static String pedimento() {
        return "26243456" + String.format("%07d", 6_000_000 + SEQ.incrementAndGet() % 1_000_000);
    }

    void entries(String id, String... lines) {
        String csv = "pedimento,line,clave,date,part_number,quantity_umc,value_usd\n" + String.join("\n", lines) + "\n";
        Http.Response r = admin.post(path(id, "entries"), "text/csv", csv);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("rejected")).as(r.body()).isEmpty();
    }

    Http.Response exit(String id, String pedimento, String date, String lines) {
        return admin.post(path(id, "exits"), """
                {"pedimento":"%s","clave":"RT","date":"%s","destination":"US","lines":[%s]}""".formatted(pedimento, date, lines));
    }

    static String remaining(JsonNode balances, String pedimento) {
        for (JsonNode b : balances) {
            if (b.get("pedimento").asString().equals(pedimento)) {
                return b.get("remaining").decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        throw new AssertionError("no balance of " + pedimento + " in " + balances);
    }

    @Test
    void aReturnDischargesTheOldestEntriesFirstAcrossPedimentos() {
        String id = program("PLA010101AB1", null);
        String a = pedimento();
        String b = pedimento();
        String c = pedimento();
        // listed out of date order: PEPS follows the entry date, not the file
        entries(id, b + ",1,IN,2026-02-10,RES-1,100,150", a + ",1,IN,2026-01-10,RES-1,100,150",
                c + ",1,IN,2026-01-20,RES-1,50,75");
        String rt = pedimento();
        Http.Response out = exit(id, rt, "2026-03-01", "{\"partNumber\":\"RES-1\",\"quantity\":170}");
        assertThat(out.status()).as(out.body()).isEqualTo(201);
        assertThat(out.json().get("discharges").asInt()).isEqualTo(3);

        JsonNode balances = admin.get(path(id, "balances") + "?partNumber=RES-1").json();
        assertThat(remaining(balances, a)).isEqualTo("0");
        assertThat(remaining(balances, c)).isEqualTo("0");
        assertThat(remaining(balances, b)).isEqualTo("80");
        JsonNode discharges = admin.get(path(id, "discharges") + "?exitPedimento=" + rt).json();
        List<String> consumed = new ArrayList<>();
        discharges.forEach(d -> consumed.add(d.get("entryPedimento").asString() + ":"
                + d.get("quantity").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(consumed).containsExactlyInAnyOrder(a + ":100", c + ":50", b + ":20");
        discharges.forEach(d -> assertThat(d.get("entryLine").asInt()).isEqualTo(1));
    }

    @Test
    void anExportedProductExplodesThroughItsBillOfMaterialsWithScrap() {
        String id = program("PLA010101AB2", null);
        assertThat(admin.put(path(id, "products"), "text/csv", """
                part_number,description,fraccion,umc,valid_from
                WIDGET,Carcasa plástica,39269099,C62,2025-01-01
                WIDGET,Carcasa plástica (rev. B),39269099,C62,2026-02-01
                """).json().get("accepted").asInt()).isEqualTo(2);
        Http.Response boms = admin.put(path(id, "boms"), "text/csv", """
                product,valid_from,material,quantity_per_unit,scrap_pct
                WIDGET,2025-01-01,RES-1,2,5
                WIDGET,2025-01-01,BOX-1,1,0
                WIDGET,2026-02-01,RES-1,1.5,2
                WIDGET,2026-02-01,BOX-1,1,0
                WIDGET,2026-02-01,NOPE,1,0
                """);
        // a version with a rejected line is not stored at all (a half bill of materials would discharge too little)
        assertThat(boms.json().get("accepted").asInt()).as(boms.body()).isEqualTo(2);
        assertThat(boms.json().get("rejected").toString()).contains("UNKNOWN_PART_NUMBER", "BOM_VERSION_INCOMPLETE");
        String e1 = pedimento();
        entries(id, e1 + ",1,IN,2026-01-05,RES-1,1000,1500", e1 + ",2,IN,2026-01-05,BOX-1,500,100");

        // rev. B (in force from 2026-02-01) has no bill of materials: its export is refused, nothing discharged
        Http.Response noBom = exit(id, pedimento(), "2026-03-01", "{\"partNumber\":\"WIDGET\",\"quantity\":10}");
        assertThat(noBom.status()).as(noBom.body()).isEqualTo(422);
        assertThat(noBom.json().get("errors").get(0).get("code").asString()).isEqualTo("NO_BILL_OF_MATERIALS");

        // before rev. B the 2025 version governs: 10 × 2 kg × 1.05 = 21 kg of resin and 10 × 1 box
        Http.Response out = exit(id, pedimento(), "2026-01-20", "{\"partNumber\":\"WIDGET\",\"quantity\":10}");
        assertThat(out.status()).as(out.body()).isEqualTo(201);
        assertThat(balanceOf(admin.get(path(id, "balances")).json(), "RES-1").get("remaining").decimalValue())
                .isEqualByComparingTo("979");
        JsonNode box = balanceOf(admin.get(path(id, "balances")).json(), "BOX-1");
        assertThat(box.get("remaining").decimalValue()).isEqualByComparingTo("490");
        assertThat(box.get("remainingUmt").decimalValue()).isEqualByComparingTo("171.5"); // 490 × 0.35 kg

        // with rev. B's bill of materials: 4 × 1.5 kg × 1.02 = 6.12 kg
        assertThat(admin.put(path(id, "boms"), "text/csv", """
                product,valid_from,material,quantity_per_unit,scrap_pct
                WIDGET,2026-02-01,RES-1,1.5,2
                WIDGET,2026-02-01,BOX-1,1,0
                """).json().get("accepted").asInt()).isEqualTo(2);
        String rt = pedimento();
        assertThat(exit(id, rt, "2026-03-01", "{\"partNumber\":\"WIDGET\",\"quantity\":4}").status()).isEqualTo(201);
        assertThat(balanceOf(admin.get(path(id, "balances")).json(), "RES-1").get("remaining").decimalValue())
                .isEqualByComparingTo("972.88");
        JsonNode d = admin.get(path(id, "discharges") + "?exitPedimento=" + rt).json();
        assertThat(d).hasSize(2);
        d.forEach(x -> assertThat(x.get("entryPedimento").asString()).isEqualTo(e1));
    }

    static JsonNode balanceOf(JsonNode balances, String partNumber) {
        for (JsonNode b : balances) {
            if (b.get("partNumber").asString().equals(partNumber)) {
                return b;
            }
        }
        throw new AssertionError("no balance of " + partNumber + " in " + balances);
    }

    @Test
    void aReturnTheBalancesCannotCoverIsRefusedWithItsShortfallsAndNothingIsWritten() {
        String id = program("PLA010101AB3", null);
        String e1 = pedimento();
        entries(id, e1 + ",1,IN,2026-01-05,RES-1,100,150", e1 + ",2,IN,2026-01-05,BOX-1,10,2");
        long exitsBefore = jdbc.queryForObject("SELECT count(*) FROM immex.exit", Long.class);
        String rt = pedimento();
        Http.Response refused = exit(id, rt, "2026-03-01",
                "{\"partNumber\":\"RES-1\",\"quantity\":60},{\"partNumber\":\"RES-1\",\"quantity\":60},"
                        + "{\"partNumber\":\"BOX-1\",\"quantity\":25}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("IMMEX_BALANCE_SHORTFALL");
        assertThat(refused.json().get("errors").toString()).contains("RES-1", "needs 120", "open balance 100", "short by 20",
                "BOX-1", "short by 15");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM immex.exit", Long.class)).isEqualTo(exitsBefore);
        assertThat(admin.get(path(id, "discharges")).json()).isEmpty();
        admin.get(path(id, "balances")).json().forEach(b -> assertThat(b.get("remaining").decimalValue())
                .isEqualByComparingTo(b.get("quantity").decimalValue()));
        // an entry dated after the exit does not cover it either: PEPS looks back only
        entries(id, pedimento() + ",1,IN,2026-04-01,RES-1,500,150");
        assertThat(exit(id, rt, "2026-03-01", "{\"partNumber\":\"RES-1\",\"quantity\":120}").status()).isEqualTo(422);
        // the same pedimento within the balance goes through: nothing of the refusals stayed behind
        assertThat(exit(id, rt, "2026-03-01", "{\"partNumber\":\"RES-1\",\"quantity\":100}").status()).isEqualTo(201);
        assertThat(exit(id, rt, "2026-03-01", "{\"partNumber\":\"RES-1\",\"quantity\":1}").status()).isEqualTo(409);
    }

    @Test
    void deadlinesFollowTheCategoryOfTheGood() {
        String id = program("PLA010101AB4", "2030-12-31");
        String e = pedimento();
        entries(id, e + ",1,IN,2026-01-15,RES-1,10,1", e + ",2,IN,2026-01-15,BOX-1,10,1", e + ",3,IN,2026-01-15,CNT-1,2,1",
                e + ",4,AF,2026-01-15,MOLD-1,1,50000");
        JsonNode balances = admin.get(path(id, "balances")).json();
        java.util.Map<String, String> deadlines = new java.util.HashMap<>();
        balances.forEach(b -> deadlines.put(b.get("partNumber").asString(), b.get("deadline").asString()));
        assertThat(deadlines).containsEntry("RES-1", "2027-07-15")   // 18 months, art. 108-I LA
                .containsEntry("BOX-1", "2027-07-15")
                .containsEntry("CNT-1", "2028-01-15")                  // 2 years, art. 108-II
                .containsEntry("MOLD-1", "2030-12-31");                // fixed assets: while the program is in force
        balances.forEach(b -> assertThat(b.get("legalTerm").asString()).contains("art. 108"));

        String old = program("PLA010101AB5", null);
        String overdue = pedimento();
        String soon = pedimento();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
        entries(old, overdue + ",1,IN," + today.minusMonths(18).minusDays(3) + ",RES-1,10,1",
                soon + ",1,IN," + today.minusMonths(18).plusDays(5) + ",RES-1,10,1",
                pedimento() + ",1,IN," + today.minusMonths(18).plusDays(20) + ",RES-1,10,1",
                pedimento() + ",1,IN," + today.minusMonths(18).plusDays(50) + ",RES-1,10,1",
                pedimento() + ",1,IN," + today.minusMonths(12) + ",RES-1,10,1");
        JsonNode alerts = admin.get(path(old, "alerts")).json();
        List<String> levels = new ArrayList<>();
        alerts.forEach(a -> levels.add(a.get("alert").asString()));
        assertThat(levels).containsExactly("OVERDUE", "DAYS_7", "DAYS_30", "DAYS_60");
        assertThat(alerts.get(0).get("daysLeft").asLong()).isNegative();
        assertThat(alerts.get(0).get("pedimento").asString()).isEqualTo(overdue);
    }

    @Test
    void aVirtualTransferMovesBalanceToTheReceiverOnANewClock() {
        String from = program("PLA010101AB6", null);
        String to = program("REC020202CD1", null);
        String e = pedimento();
        entries(from, e + ",1,IN,2026-01-10,RES-1,100,300");
        String export = pedimento();
        String imp = pedimento();
        Http.Response moved = admin.post("/api/v1/immex/transfers", """
                {"fromProgram":"%s","toProgram":"%s","exportPedimento":"%s","importPedimento":"%s","date":"2026-06-01",
                 "lines":[{"partNumber":"RES-1","goods":"MATERIAL","quantity":30}]}""".formatted(from, to, export, imp));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(remaining(admin.get(path(from, "balances")).json(), e)).isEqualTo("70");
        JsonNode received = admin.get(path(to, "balances")).json();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).get("pedimento").asString()).isEqualTo(imp);
        assertThat(received.get(0).get("remaining").decimalValue()).isEqualByComparingTo("30");
        assertThat(received.get(0).get("entryDate").asString()).isEqualTo("2026-06-01");
        assertThat(received.get(0).get("deadline").asString()).as("a new 18-month clock from the transfer").isEqualTo("2027-12-01");
        // the transferor's entry keeps its own clock
        JsonNode kept = admin.get(path(from, "balances")).json().get(0);
        assertThat(kept.get("deadline").asString()).isEqualTo("2027-07-10");
        assertThat(admin.get(path(from, "discharges")).json().get(0).get("exitClave").asString()).isEqualTo("V1");
    }

    @Test
    void aCompanySeesOnlyItsOwnProgramOfficialsSeeAllTradersNone() {
        String own = program("MAQ990301AB1", null);
        String other = program("OTR030303EF1", null);
        Http company = new Http(port).as("immex", "immex");
        JsonNode mine = company.get("/api/v1/immex/programs").json();
        assertThat(mine).isNotEmpty();
        mine.forEach(p -> assertThat(p.get("rfc").asString()).isEqualTo("MAQ990301AB1"));
        assertThat(mine.toString()).contains(own).doesNotContain(other);
        assertThat(mine.get(0).has("number")).isTrue();
        assertThat(mine.get(0).has("modality")).isTrue();
        assertThat(company.get(path(own, "balances")).status()).isEqualTo(200);
        assertThat(company.get(path(other, "balances")).status()).isEqualTo(404);
        assertThat(company.get(path(other, "discharges")).status()).isEqualTo(404);
        assertThat(company.put(path(other, "materials"), "text/csv", MATERIALS).status()).isEqualTo(404);
        assertThat(company.put(path(own, "materials"), "text/csv", MATERIALS).status()).isEqualTo(200);
        assertThat(company.post("/api/v1/immex/programs", "{}").status()).isEqualTo(403);

        for (String official : List.of("officer-mx", "officer-us", "analyst", "auditor", "admin")) {
            JsonNode all = new Http(port).as(official, official).get("/api/v1/immex/programs").json();
            assertThat(all.toString()).as(official).contains(own, other);
        }
        assertThat(new Http(port).as("broker", "broker").get("/api/v1/immex/programs").status()).isEqualTo(403);
        assertThat(new Http(port).as("officer-mx", "officer-mx").put(path(own, "materials"), "text/csv", MATERIALS).status())
                .isEqualTo(403);
    }

    @Test
    void badFilesAndBadLinesAreRefusedAsProblems() {
        String id = program("PLA010101AB7", null);
        Http.Response noColumns = admin.put(path(id, "materials"), "text/csv", "part_number,description\nX,Y\n");
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.json().get("code").asString()).isEqualTo("MISSING_COLUMNS");
        Http.Response ragged = admin.put(path(id, "materials"), "text/csv", MATERIALS + "ODD,only two\n");
        assertThat(ragged.status()).isEqualTo(400);
        assertThat(ragged.json().get("code").asString()).isEqualTo("MALFORMED_CSV");
        Http.Response lines = admin.put(path(id, "materials"), "text/csv", """
                part_number,description,fraccion,nico,umc,umt,conversion_factor,category,valid_from
                GOOD-1,Tornillo,73181599,00,C62,KGM,0.01,RAW_MATERIAL,2025-01-01
                BAD-1,Tornillo,7318,00,C62,KGM,-1,SOMETHING,2025-13-01
                BAD-2,Tornillo,73181599,00,C62,KGM,1e20,RAW_MATERIAL,2025-01-01
                """);
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(lines.json().get("rejected").toString()).contains("MALFORMED_FRACCION", "NON_POSITIVE_QUANTITY",
                "UNKNOWN_CATEGORY", "MALFORMED_DATE", "NUMBER_OUT_OF_RANGE");
        Http.Response badExit = exit(id, "123", "2026-03-01", "{\"partNumber\":\"RES-1\",\"quantity\":-5}");
        assertThat(badExit.status()).isEqualTo(422);
        assertThat(badExit.json().get("errors").toString()).contains("MALFORMED_PEDIMENTO_NUMBER", "NON_POSITIVE_QUANTITY");
        assertThat(admin.get("/api/v1/immex/programs/not-a-uuid").status()).isEqualTo(404);
        assertThat(admin.get(path(id, "discharges") + "?limit=0").status()).isEqualTo(400);
    }
}
