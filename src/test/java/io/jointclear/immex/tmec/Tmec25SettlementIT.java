package io.jointclear.immex.tmec;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.support.TestNumbers;
import io.jointclear.support.TestResources;
import java.time.Instant;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Art. 2.5 T-MEC settled on the real database: the ledger's discharges of a return, the US duty of the
 * crossing's US entry, the governing exchange rate of the export date and the legal calendar (worked
 * example MX-6 to the peso); originating inputs and third countries owe nothing, with the reason; a
 * replayed release settles nothing twice; the company reads its own program's obligations only.
 */
@DemoUsersIntegrationTest
class Tmec25SettlementIT {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));
    /** Export on Wednesday 8 Oct 2025: the FIX determined on 6 Oct and published in the DOF on 7 Oct governs it. */
    private static final String EXPORT = "2025-10-08";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Tmec25Settlement settlement;
    @Autowired
    ExchangeRates rates;

    Http admin;
    String programNumber;

    @BeforeEach
    void clients() {
        admin = new Http(port).as("admin", "admin");
    }

    String program(String rfc) {
        return program(rfc, "CMP-1,Componente electrónico,85423999,99,C62,C62,1,RAW_MATERIAL,2025-01-01");
    }

    String program(String rfc, String material) {
        String number = "TMEC-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Http.Response created = new Http(port).as("officer-mx", "officer-mx").post("/api/v1/immex/programs", """
                {"number":"%s","rfc":"%s","name":"Componentes de Prueba SA de CV","modality":"INDUSTRIAL",
                 "plants":["Av. Industrial 100, Reynosa, Tamps."],"validFrom":"2024-01-01"}""".formatted(number, rfc));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        programNumber = number;
        Http.Response materials = admin.put(path(id, "materials"), "text/csv", """
                part_number,description,fraccion,nico,umc,umt,conversion_factor,category,valid_from
                %s
                """.formatted(material));
        assertThat(materials.json().get("accepted").asInt()).as(materials.body()).isEqualTo(1);
        return id;
    }

    static String path(String id, String what) {
        return "/api/v1/immex/programs/" + id + "/" + what;
    }

    static String pedimento() {
        return "25243456" + String.format("%07d", 7_000_000 + SEQ.incrementAndGet() % 1_000_000);
    }

    /** Entries by CSV (pedimento, date, quantity, value USD, IGI deferred MXN, origin); the return's exit id. */
    UUID entriesAndReturn(String id, String destination, int quantity, String... entries) {
        StringBuilder csv = new StringBuilder("pedimento,line,clave,date,part_number,quantity_umc,value_usd,igi_mxn,payment_form,origin\n");
        for (String e : entries) {
            csv.append(e).append('\n');
        }
        Http.Response r = admin.post(path(id, "entries"), "text/csv", csv.toString());
        assertThat(r.json().get("rejected")).as(r.body()).isEmpty();
        Http.Response out = admin.post(path(id, "exits"), """
                {"pedimento":"%s","clave":"RT","date":"%s","destination":"%s","lines":[{"partNumber":"CMP-1","goods":"MATERIAL","quantity":%d}]}"""
                .formatted(pedimento(), EXPORT, destination, quantity));
        assertThat(out.status()).as(out.body()).isEqualTo(201);
        return UUID.fromString(out.json().get("exitId").asString());
    }

    @Test
    void mx6TheUsDutyOfTheSameCrossingCapsTheWaiverAndTheRestIsPayableWithin60Days() {
        assertThat(rates.usdMxn(LocalDate.parse(EXPORT)).rate()).isEqualByComparingTo("18.3528");
        String id = program("CPR010101AB1");
        // Chinese component USD 10,000, MFN 15% → IGI USD 1,500 = MXN 28,895.70 at the entry's 19.2638;
        // a USMCA-originating lot of the same part number is discharged too and must not count
        UUID exit = entriesAndReturn(id, "US", 150, pedimento() + ",1,IN,2025-06-04,CMP-1,100,10000,28895.70,5,CN",
                pedimento() + ",1,IN,2025-06-05,CMP-1,50,5000,1000.00,5,US");
        UUID crossing = UUID.randomUUID();

        // US duty USD 1,000 × 18.3528 = MXN 18,352.80 waived; 28,895.70 − 18,352.80 = 10,542.90 → 10,543 pesos
        Obligation o = settlement.settle(UUID.fromString(id), crossing, exit, new BigDecimal("1000.00"), null);
        assertThat(o.amountMxn()).isEqualByComparingTo("10543");
        assertThat(o.reason()).isEqualTo(Obligation.REASON_PAYABLE);
        assertThat(o.basis().igiMxn()).isEqualByComparingTo("28895.70");
        assertThat(o.basis().usDutyMxn()).isEqualByComparingTo("18352.80");
        assertThat(o.basis().waivedMxn()).isEqualByComparingTo("18352.80");
        assertThat(o.basis().inputs()).hasSize(2).filteredOn(Obligation.Input::originating).singleElement()
                .extracting(Obligation.Input::origin).isEqualTo("US");
        // 8 Oct + 60 calendar days = Sunday 7 Dec 2025 → the next business day
        assertThat(o.dueDate()).isEqualTo(LocalDate.of(2025, 12, 8));

        // a redelivered release: the stored obligation, nothing written twice, whatever the replay carries
        Obligation again = settlement.settle(UUID.fromString(id), crossing, exit, BigDecimal.ZERO, null);
        assertThat(again.id()).isEqualTo(o.id());
        assertThat(again.amountMxn()).isEqualByComparingTo("10543");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM immex.obligation WHERE crossing_id = ?", Integer.class, crossing))
                .isEqualTo(1);

        JsonNode listed = admin.get(path(id, "obligations")).json();
        assertThat(listed).hasSize(1);
        JsonNode first = listed.get(0);
        assertThat(first.get("kind").asString()).isEqualTo("TMEC_2_5");
        assertThat(first.get("crossingId").asString()).isEqualTo(crossing.toString());
        assertThat(first.get("amountMxn").decimalValue()).isEqualByComparingTo("10543");
        assertThat(first.get("dueDate").asString()).isEqualTo("2025-12-08");
        assertThat(first.get("basis").get("usDutyUsd").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void mx6DutyFreeInTheUsTheWholeIgiIsPayable() {
        String id = program("CPR010101AB2");
        UUID exit = entriesAndReturn(id, "US", 100, pedimento() + ",1,IN,2025-06-04,CMP-1,100,10000,28895.70,5,CN");
        Obligation o = settlement.settle(UUID.fromString(id), UUID.randomUUID(), exit, BigDecimal.ZERO, null);
        assertThat(o.amountMxn()).isEqualByComparingTo("28896");
        assertThat(o.reason()).isEqualTo(Obligation.REASON_PAYABLE);
    }

    @Test
    void originatingInputsOrAThirdCountryOweNothingWithTheReason() {
        String id = program("CPR010101AB3");
        UUID exit = entriesAndReturn(id, "US", 100, pedimento() + ",1,IN,2025-06-04,CMP-1,100,10000,0,5,CA");
        Obligation o = settlement.settle(UUID.fromString(id), UUID.randomUUID(), exit, BigDecimal.ZERO, null);
        assertThat(o.amountMxn()).isZero();
        assertThat(o.dueDate()).isNull();
        assertThat(o.reason()).isEqualTo(Obligation.REASON_ORIGINATING);

        String other = program("CPR010101AB4");
        UUID toJapan = entriesAndReturn(other, "JP", 100, pedimento() + ",1,IN,2025-06-04,CMP-1,100,10000,28895.70,5,CN");
        Obligation none = settlement.settle(UUID.fromString(other), UUID.randomUUID(), toJapan, new BigDecimal("1000"), null);
        assertThat(none.amountMxn()).isZero();
        assertThat(none.reason()).isEqualTo(Obligation.REASON_THIRD_COUNTRY);
        assertThat(admin.get(path(other, "obligations")).json().get(0).get("reason").asString()).isEqualTo("THIRD_COUNTRY");
    }

    /**
     * End to end: a return (RT) of a program filed on a joint northbound crossing with its US entry, released
     * by both authorities; the release discharges the entry and settles art. 2.5 from the crossing's own US
     * assessment. The good enters the US duty-free (USMCA preference S), so the whole IGI is payable (MX-6).
     */
    @Test
    void aJointCrossingsReleaseSettlesTheReturnFromItsUsEntry() {
        String rfc = "AGR010215KJ3";
        String id = program(rfc, "TOM-1,Tomate saladette fresco,07020003,04,KGM,KGM,1,RAW_MATERIAL,2025-01-01");
        String csv = "pedimento,line,clave,date,part_number,quantity_umc,value_usd,igi_mxn,payment_form,origin\n"
                + pedimento() + ",1,IN,2025-06-04,TOM-1,18000,10000,28895.70,5,GT\n";
        assertThat(admin.post(path(id, "entries"), "text/csv", csv).json().get("rejected")).isEmpty();
        // the IGE of the fracción (test fixture, not tariff data), so that the return is assessed and can be released
        Http.Response rates = admin.put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n07020003,Ex.,Ex.,2025-01-01,,test fixture (not tariff data)\n");
        assertThat(rates.status()).as(rates.body()).isEqualTo(200);
        int serial = TestNumbers.next();
        String rt = DeclarationNumbers.pedimento(2025, "24", "3456", serial);
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", rt).replace("31600042712", DeclarationNumbers.usEntry("316", serial))
                .replace("\"type\": \"A1\"", "\"type\": \"RT\"").replace("\"regime\": \"EXD\"",
                        "\"regime\": \"ETR\", \"immexProgram\": \"" + programNumber + "\"")
                .replace("\"type\": \"03\"", "\"type\": \"01\"").replace("\"adCvdCases\": [\n            \"A-201-820\"\n          ],", "")
                .replaceFirst("\"origin\": \"MX\",", "\"origin\": \"MX\", \"partNumber\": \"TOM-1\",")
                .replace("\"date\": \"2026-03-10\"", "\"date\": \"" + EXPORT + "\"");
        Http broker = new Http(port).as("broker", "broker");
        Http.Response filed = broker.post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String crossing = filed.json().get("id").asString();
        Http officerMx = new Http(port).as("officer-mx", "officer-mx");
        Http officerUs = new Http(port).as("officer-us", "officer-us");
        assertThat(officerMx.post("/api/v1/crossings/" + crossing + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status())
                .isLessThan(300);
        for (int i = 0; i < 50 && !"ASSESSED".equals(mxStatus(officerMx.post("/api/v1/crossings/" + crossing + "/reassessment", "")
                .json())); i++) {
            sleep(); // the catalogue refreshes after the import
        }
        JsonNode c = broker.get("/api/v1/crossings/" + crossing).json();
        if (c.path("inspection").path("required").asBoolean(false)) {
            officerMx.post("/api/v1/crossings/" + crossing + "/inspection/participants", "");
            officerUs.post("/api/v1/crossings/" + crossing + "/inspection/participants", "");
            officerUs.post("/api/v1/crossings/" + crossing + "/inspection/end", "");
        }
        for (String[] d : new String[][] {{"MX", "officer-mx"}, {"US", "officer-us"}}) {
            Http.Response r = new Http(port).as(d[1], d[1]).post("/api/v1/crossings/" + crossing + "/decisions",
                    "{\"authority\":\"" + d[0] + "\",\"decision\":\"RELEASE\",\"notes\":\"test\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        JsonNode listed = null;
        for (int i = 0; i < 100 && (listed == null || listed.isEmpty()); i++) {
            listed = admin.get(path(id, "obligations")).json();
            if (listed.isEmpty()) {
                sleep();
            }
        }
        assertThat(listed).as("obligation settled at release").hasSize(1);
        JsonNode o = listed.get(0);
        assertThat(o.get("kind").asString()).isEqualTo("TMEC_2_5");
        assertThat(o.get("crossingId").asString()).isEqualTo(crossing);
        assertThat(o.get("exitPedimento").asString()).isEqualTo(rt);
        assertThat(o.get("basis").get("usDutyUsd").decimalValue()).isZero();
        assertThat(o.get("amountMxn").decimalValue()).isEqualByComparingTo("28896");
        assertThat(o.get("dueDate").isNull()).isFalse();
        assertThat(new Http(port).as("immex", "immex").get(path(id, "obligations")).status()).isEqualTo(404);
    }

    private static String mxStatus(JsonNode crossing) {
        for (JsonNode d : crossing.path("declarations")) {
            if ("MX".equals(d.path("authority").asString())) {
                return d.path("assessmentStatus").asString();
            }
        }
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void theCompanyReadsItsOwnProgramsObligationsOfficialsAllTradersNone() {
        String own = program("MAQ990301AB1");
        String other = program("OTR030303EF9");
        Http company = new Http(port).as("immex", "immex");
        assertThat(company.get(path(own, "obligations")).status()).isEqualTo(200);
        assertThat(company.get(path(other, "obligations")).status()).isEqualTo(404);
        assertThat(new Http(port).as("officer-mx", "officer-mx").get(path(other, "obligations")).status()).isEqualTo(200);
        assertThat(new Http(port).as("auditor", "auditor").get(path(other, "obligations")).status()).isEqualTo(200);
        assertThat(new Http(port).as("broker", "broker").get(path(own, "obligations")).status()).isEqualTo(403);
        assertThat(admin.get(path("not-a-uuid", "obligations")).status()).isEqualTo(404);
    }
}
