package io.jointclear.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.compliance.DetectionConfirmed;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Enforcement cases over real HTTP and the real database: MX-4 (diesel declared as lubricating base oil)
 * from a confirmed detection to a resolved PAMA with the engine's figures; a term across a Mexican
 * holiday and a late step refused; the custody chain and its tampering; upload limits; what a broker sees.
 */
@DemoUsersIntegrationTest
class EnforcementCasesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.jointclear.reference.LegalCalendar calendar;

    private Http as(String user) {
        return new Http(port).as(user, user);
    }

    // ---------------------------------------------------------------- MX-4 from detection to resolution

    @Test
    void mx4FromConfirmedDetectionToResolvedPama() {
        // test fixtures, loaded through the import paths: IGI of 2710.19.99 treated as 0 % (as MX-4 does) and two
        // INPC months chosen so that the factor is exactly 1.0200 (not published values)
        assertThat(as("admin").put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n27101999,0,Ex.,2026-01-01,,test fixture (MX-4 treats IGI as 0)\n").status())
                .isEqualTo(200);
        assertThat(as("admin").put("/api/v1/enforcement/inpc", "text/csv",
                "month,value,source\n2026-02,142.000,test fixture\n2026-08,144.840,test fixture\n").status()).isEqualTo(200);

        UUID detection = UUID.randomUUID();
        DetectionConfirmed confirmed = new DetectionConfirmed(detection, null, "26 24 3456 6001234", LocalDate.of(2026, 3, 10),
                "ICO050101AB1", "2710199901", "2710199903", new BigDecimal("351661"),
                "described as lubricating base oil, density 0.84 kg/L and distillation 90 % at 338 °C are diesel", "analyst");
        publish(confirmed);
        UUID id = awaitCase(detection);
        publish(confirmed); // a repeated event opens nothing more
        awaitListeners();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enforcement.enforcement_case WHERE detection_id = ?", Integer.class, detection))
                .isEqualTo(1);

        JsonNode opened = as("officer-mx").get("/api/v1/cases/" + id).json();
        assertThat(opened.get("origin").asString()).isEqualTo("DETECTION");
        assertThat(opened.get("procedure").asString()).isEqualTo("PAMA");
        assertThat(opened.get("goods").get(0).get("foundCode").asString()).isEqualTo("2710199903");

        Http officer = as("officer-mx");
        assertThat(officer.post("/api/v1/cases/" + id + "/measures", "{\"kind\":\"EMBARGO\",\"place\":\"Aduana de Nuevo Laredo\"}").status())
                .isEqualTo(200);
        assertThat(officer.post("/api/v1/cases/" + id + "/goods", """
                {"line":1,"declarationNumber":"26 24 3456 6001234","declarationDate":"2026-03-10","declaredCode":"2710199901",
                 "foundCode":"2710199903","description":"Aceite diésel declarado como aceite lubricante básico","origin":"US",
                 "quantity":40000,"unit":"LTR","value":30000,"currency":"USD","exchangeRate":18.0000,
                 "labResult":"PEMEX mobile lab: density 0.84 kg/L, T90 338 °C, sulphur 12 ppm"}""").status()).isEqualTo(200);
        assertThat(officer.post("/api/v1/cases/" + id + "/steps", "{\"step\":\"RESOLVE\"}").json().get("code").asString())
                .isEqualTo("INVALID_CASE_STEP");
        assertThat(officer.post("/api/v1/cases/" + id + "/steps", "{\"step\":\"NOTIFY\"}").status()).isEqualTo(200);

        // a fine outside its legal range is refused with the range
        JsonNode outside = officer.post("/api/v1/cases/" + id + "/liability",
                "{\"asOf\":\"2026-09-15\",\"fines\":[{\"article\":\"CFF_76\",\"percent\":80}]}").json();
        assertThat(outside.get("code").asString()).isEqualTo("FINE_OUT_OF_RANGE");
        assertThat(outside.get("detail").asString()).contains("55–75");
        // a month without INPC is a clear problem, not a guess
        assertThat(officer.post("/api/v1/cases/" + id + "/liability", "{\"asOf\":\"2026-07-15\",\"fines\":[]}").json()
                .get("code").asString()).isEqualTo("INPC_NOT_LOADED");

        JsonNode liability = officer.post("/api/v1/cases/" + id + "/liability", """
                {"asOf":"2026-09-15","fines":[{"article":"CFF_76","percent":55},{"article":"LA_178_I","percent":130}]}""")
                .json().get("liability");
        // omitted: diesel owes IEPS 294,536 + carbon 8,620 + IVA 135,596; as lubricating oil it paid IVA 87,091
        // (0.16 × (540,000 + 4,320)); IGI and DTA are the same under both codes
        assertThat(amounts(liability.get("omitted"))).containsExactly("IEPS=294536", "IEPS_CARBON=8620", "IVA=48505");
        assertThat(liability.get("omittedTotal").decimalValue()).isEqualByComparingTo("351661");
        // actualización: INPC Aug 2026 / INPC Feb 2026 = 144.840 / 142.000 = 1.0200 → 351,661 × 0.02 = 7,033.22 → 7,033
        assertThat(liability.get("update").get("factor").decimalValue()).isEqualByComparingTo("1.0200");
        assertThat(liability.get("update").get("amount").decimalValue()).isEqualByComparingTo("7033");
        // recargos: 10 Mar → 15 Sep is 6 months and a fraction = 7 months at 2.07 % (LIF 2026) = 14.49 %
        // of the updated 358,694.22 = 51,974.79 → 51,975
        assertThat(liability.get("recargos").get("months").asInt()).isEqualTo(7);
        assertThat(liability.get("recargos").get("ratePercentSum").decimalValue()).isEqualByComparingTo("14.49");
        assertThat(liability.get("recargos").get("amount").decimalValue()).isEqualByComparingTo("51975");
        // CFF 76 at 55 % of the updated internal taxes 358,694.22 = 197,281.82 → 197,282; art. 178-I on the
        // omitted foreign-trade taxes (none: IGI 0 %) = 0
        assertThat(amountsOf(liability.get("fines"), "article")).containsExactly("CFF_76=197282", "LA_178_I=0");
        assertThat(liability.get("total").decimalValue()).isEqualByComparingTo("607951");

        assertThat(officer.post("/api/v1/cases/" + id + "/steps", "{\"step\":\"RESOLVE\",\"note\":\"resolución definitiva\"}")
                .json().get("status").asString()).isEqualTo("RESOLVED");
        JsonNode resolved = as("analyst").get("/api/v1/cases?status=RESOLVED").json();
        assertThat(resolved.findValuesAsString("id")).contains(id.toString());
        // the resolution's figures are fixed: no recomputation after it
        assertThat(officer.post("/api/v1/cases/" + id + "/liability", "{\"asOf\":\"2026-09-15\",\"fines\":[]}").json()
                .get("code").asString()).isEqualTo("INVALID_CASE_STEP");
    }

    // ---------------------------------------------------------------- from a joint inspection's seizure

    @Test
    void aSeizureAfterAJointInspectionFindingOpensOnePamaWithItsEmbargo() throws InterruptedException {
        int seq = io.jointclear.support.TestNumbers.next();
        String body = io.jointclear.support.TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", io.jointclear.declaration.DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                .replace("31600042712", io.jointclear.declaration.DeclarationNumbers.usEntry("316", seq));
        Http.Response filed = as("broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String crossing = filed.json().get("id").asString();
        String mxCode = null;
        for (JsonNode d : as("officer-mx").get("/api/v1/crossings/" + crossing).json().get("declarations")) {
            if ("MX".equals(d.get("authority").asString())) {
                mxCode = d.get("document").get("lines").get(0).get("tariffCode").asString();
            }
        }
        assertThat(as("carrier").post("/api/v1/crossings/" + crossing + "/arrival", "{\"at\":\"" + java.time.Instant.now() + "\"}").status())
                .isEqualTo(200);
        if (as("officer-mx").get("/api/v1/crossings/" + crossing + "/inspection").status() == 404) {
            as("officer-mx").post("/api/v1/crossings/" + crossing + "/decisions", "{\"authority\":\"MX\",\"decision\":\"REFER\"}");
        }
        for (int i = 0; i < 200 && as("officer-mx").get("/api/v1/crossings/" + crossing + "/inspection").status() != 200; i++) {
            pause();
        }
        as("officer-mx").post("/api/v1/crossings/" + crossing + "/inspection/participants", "");
        as("officer-us").post("/api/v1/crossings/" + crossing + "/inspection/participants", "");
        assertThat(as("officer-mx").post("/api/v1/crossings/" + crossing + "/inspection/findings",
                "{\"kind\":\"CLASSIFICATION\",\"line\":1,\"description\":\"goods are not what line 1 declares\"}").status()).isEqualTo(200);
        as("officer-mx").post("/api/v1/crossings/" + crossing + "/inspection/end", "");
        Http.Response seized = as("officer-mx").post("/api/v1/crossings/" + crossing + "/decisions",
                "{\"authority\":\"MX\",\"decision\":\"SEIZE\",\"notes\":\"embargo precautorio\"}");
        assertThat(seized.status()).as(seized.body()).isEqualTo(200);

        UUID id = null;
        for (int i = 0; i < 200 && id == null; i++) {
            id = jdbc.queryForList("SELECT id FROM enforcement.enforcement_case WHERE crossing_id = ?", UUID.class, UUID.fromString(crossing))
                    .stream().findFirst().orElse(null);
            pause();
        }
        assertThat(id).as("a case opened from the seizure").isNotNull();
        JsonNode c = as("officer-mx").get("/api/v1/cases/" + id).json();
        assertThat(c.get("origin").asString()).isEqualTo("INSPECTION");
        assertThat(c.get("jurisdiction").asString()).isEqualTo("MX");
        assertThat(c.get("procedure").asString()).isEqualTo("PAMA");
        assertThat(c.get("measures").get(0).get("kind").asString()).isEqualTo("EMBARGO");
        assertThat(c.get("goods").get(0).get("declaredCode").asString()).isEqualTo(mxCode);
        assertThat(c.get("summary").asString()).contains("CLASSIFICATION line 1");
        assertThat(c.get("subjects").findValuesAsString("key")).contains("3456", "TDNM");
        // the carrier named in it sees it only once notified
        assertThat(as("carrier").get("/api/v1/cases/" + id).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- US: duty difference and the 1592 penalty

    @Test
    void usPenaltyCaseOwesTheDutyDifferenceAndAPenaltyWithinItsMaximumThenRunsTheProtestTerm() {
        Http officer = as("officer-us");
        Http.Response opened = officer.post("/api/v1/cases", """
                {"jurisdiction":"US","procedure":"US_PENALTY_1592","origin":"COUNTERPART","counterpartReference":"ANAM-2026-0042",
                 "port":"2304","subjects":[{"role":"IMPORTER","key":"12-3456789"}],
                 "goods":[{"line":1,"declarationDate":"2026-03-10","declaredCode":"6109100012","foundCode":"6109901007",
                   "origin":"MX","quantity":2000,"unit":"DZN","value":48000,"currency":"USD"}]}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(as("officer-mx").get("/api/v1/cases/" + id).status()).isEqualTo(404);
        // the seizure notice term belongs to 1595a cases only
        assertThat(opened.json().get("deadlines").size()).isZero();
        officer.post("/api/v1/cases/" + id + "/steps", "{\"step\":\"NOTIFY\"}");

        assertThat(officer.post("/api/v1/cases/" + id + "/liability",
                "{\"fines\":[{\"culpability\":\"NEGLIGENCE\",\"amount\":1000}]}").json().get("code").asString())
                .isEqualTo("DOMESTIC_VALUE_REQUIRED");
        JsonNode tooMuch = officer.post("/api/v1/cases/" + id + "/liability",
                "{\"fines\":[{\"culpability\":\"NEGLIGENCE\",\"amount\":99999999}],\"domesticValue\":150000}").json();
        assertThat(tooMuch.get("code").asString()).isEqualTo("FINE_OUT_OF_RANGE");
        assertThat(tooMuch.get("detail").asString()).contains("19 U.S.C. 1592(c)", "NEGLIGENCE", "at most");

        JsonNode liability = officer.post("/api/v1/cases/" + id + "/liability",
                "{\"fines\":[{\"culpability\":\"NEGLIGENCE\",\"amount\":1000}],\"domesticValue\":150000}").json().get("liability");
        assertThat(liability.get("currency").asString()).isEqualTo("USD");
        JsonNode duty = liability.get("omitted").get(0);
        assertThat(duty.get("code").asString()).isEqualTo("DUTY");
        BigDecimal loss = liability.get("omittedTotal").decimalValue();
        assertThat(loss).isPositive();
        // negligence: at most twice the loss of duties (below the domestic value here)
        assertThat(liability.get("fines").get(0).get("range").asString())
                .isEqualTo("up to " + loss.multiply(BigDecimal.TWO).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " USD");
        assertThat(liability.get("total").decimalValue()).isEqualByComparingTo(loss.add(new BigDecimal("1000")));

        JsonNode resolved = officer.post("/api/v1/cases/" + id + "/steps", "{\"step\":\"RESOLVE\"}").json();
        LocalDate today = LocalDate.parse(resolved.get("steps").get(resolved.get("steps").size() - 1).get("on").asString());
        assertThat(deadline(resolved, "US_PROTEST")).isEqualTo(calendar.plusCalendarDays(io.jointclear.shared.Authority.US, today, 180).toString());
    }

    // ---------------------------------------------------------------- terms, holidays, late steps, alerts

    @Test
    void evidenceTermRunsPastTheRevolutionHolidayAndALateStepIsRefusedWithTheRule() {
        UUID id = openPama("2026-11-10", "3210");
        JsonNode notified = as("officer-mx").post("/api/v1/cases/" + id + "/steps", "{\"step\":\"NOTIFY\",\"on\":\"2026-11-12\"}").json();
        // 10 días hábiles from Friday 13 Nov: Monday 16 Nov 2026 is the Revolution holiday (3rd Monday), so the
        // tenth is Friday 27 Nov, not Thursday 26
        assertThat(deadline(notified, "PAMA_EVIDENCE")).isEqualTo("2026-11-27");
        assertThat(deadline(notified, "PAMA_RESOLUTION")).isEqualTo("2027-03-12");

        JsonNode alerts = as("officer-mx").get("/api/v1/cases/deadlines?within=0").json();
        assertThat(alerts.findValues("caseId").stream().map(JsonNode::asString).toList()).contains(id.toString());

        Http.Response late = as("officer-mx").post("/api/v1/cases/" + id + "/steps", "{\"step\":\"REQUEST_JUNTA\",\"on\":\"2026-11-30\"}");
        assertThat(late.status()).isEqualTo(422);
        JsonNode problem = late.json();
        assertThat(problem.get("code").asString()).isEqualTo("CASE_STEP_LATE");
        assertThat(problem.get("detail").asString()).contains("PAMA_EVIDENCE", "2026-11-27", "Ley Aduanera art. 153");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("deadlines.PAMA_EVIDENCE");

        // on the last day it is in time, and the term stops alerting
        assertThat(as("officer-mx").post("/api/v1/cases/" + id + "/steps", "{\"step\":\"FILE_EVIDENCE\",\"on\":\"2026-11-27\"}").status())
                .isEqualTo(200);
        JsonNode after = as("officer-mx").get("/api/v1/cases/deadlines?within=0").json();
        assertThat(after.findValues("caseId").stream().map(JsonNode::asString).toList()).doesNotContain(id.toString());
        // a US officer neither sees nor acts on a Mexican case
        assertThat(as("officer-us").get("/api/v1/cases/" + id).status()).isEqualTo(404);
        assertThat(as("officer-us").post("/api/v1/cases/" + id + "/steps", "{\"step\":\"CLOSE\"}").status()).isEqualTo(404);
    }

    @Test
    void aBrokerSeesItsCaseOnlyOnceNotifiedAndNeverTheInternalNotes() {
        UUID id = openPama("2026-11-20", "3456");
        as("officer-mx").post("/api/v1/cases/" + id + "/notes", "{\"text\":\"informant says the importer does this weekly\"}");
        assertThat(as("broker").get("/api/v1/cases/" + id).status()).isEqualTo(404);
        assertThat(as("broker").get("/api/v1/cases").json().findValuesAsString("id")).doesNotContain(id.toString());
        as("officer-mx").post("/api/v1/cases/" + id + "/steps", "{\"step\":\"NOTIFY\",\"on\":\"2026-11-23\"}");
        Http.Response seen = as("broker").get("/api/v1/cases/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).doesNotContain("informant", "notes", "summary", "origin");
        assertThat(seen.json().get("deadlines").size()).isGreaterThan(0);
        assertThat(as("broker2").get("/api/v1/cases/" + id).status()).isEqualTo(404);
        assertThat(as("broker").get("/api/v1/cases/" + id + "/custody").status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- custody

    @Test
    void custodyChainIsIntactUntilARowIsAlteredInTheDatabase() {
        UUID id = openPama("2026-11-25", "3210");
        Http officer = as("officer-mx");
        String path = "/api/v1/cases/" + id + "/custody";
        assertThat(officer.post(path, movement("TANK-1", "TAKEN", null, "verificador J. Ruiz", List.of("A100", "A101"))).status()).isEqualTo(201);
        assertThat(officer.post(path, movement("TANK-1", "HANDED_OVER", "verificador J. Ruiz", "Almacén SAT Nuevo Laredo",
                List.of("A100", "A101"))).status()).isEqualTo(201);
        assertThat(officer.post(path, movement("TANK-1", "RECEIVED", null, "Almacén SAT Nuevo Laredo", List.of("A101", "A100"))).status())
                .isEqualTo(201);
        // a receipt by someone else than the one handed to is refused at once
        assertThat(officer.post(path, movement("TANK-1", "RECEIVED", null, "someone else", List.of())).json().get("code").asString())
                .isEqualTo("CUSTODY_OUT_OF_ORDER");
        // the lab sample arrives with a seal other than the one it left with
        officer.post(path, movement("SAMPLE-1", "TAKEN", null, "verificador J. Ruiz", List.of("M7")));
        officer.post(path, movement("SAMPLE-1", "HANDED_OVER", "verificador J. Ruiz", "Laboratorio PEMEX", List.of("M7")));
        officer.post(path, movement("SAMPLE-1", "RECEIVED", null, "Laboratorio PEMEX", List.of("M8")));

        JsonNode report = officer.get(path).json();
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(item(report, "TANK-1").get("intact").asBoolean()).isTrue();
        JsonNode sampleBreak = item(report, "SAMPLE-1").get("breaks").get(0);
        assertThat(sampleBreak.get("seq").asInt()).isEqualTo(3);
        assertThat(sampleBreak.get("reason").asString()).isEqualTo("SEAL_MISMATCH");

        // someone with database rights moves the hand-over to another warehouse
        alter("UPDATE enforcement.custody_entry SET place = 'Bodega particular' WHERE case_id = ? AND item = 'TANK-1' AND seq = 2", id);
        JsonNode tampered = officer.get(path).json();
        JsonNode tank = item(tampered, "TANK-1");
        assertThat(tank.get("intact").asBoolean()).isFalse();
        assertThat(tank.get("breaks").get(0).get("seq").asInt()).isEqualTo(2);
        assertThat(tank.get("breaks").get(0).get("reason").asString()).isEqualTo("HASH_MISMATCH");

        // and deletes the entry after it: the next one is a gap that no longer follows the chain
        officer.post(path, movement("TANK-1", "HANDED_OVER", "Almacén SAT Nuevo Laredo", "SAE", List.of("A100", "A101")));
        alter("DELETE FROM enforcement.custody_entry WHERE case_id = ? AND item = 'TANK-1' AND seq = 3", id);
        JsonNode gap = item(officer.get(path).json(), "TANK-1");
        assertThat(gap.get("breaks").findValuesAsString("reason")).contains("GAP");
        assertThat(gap.get("breaks").findValues("seq").stream().map(JsonNode::asInt).toList()).contains(4);
        // the table refuses changes through the application's own connection
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                jdbc.update("UPDATE enforcement.custody_entry SET place = 'x' WHERE case_id = ?", id))).isNotNull();
    }

    // ---------------------------------------------------------------- evidence uploads

    @Test
    void uploadsAreContentAddressedAndLimitedBySizeAndType() throws Exception {
        UUID id = openPama("2026-11-26", "3210");
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        HttpResponse<String> first = upload(id, "PHOTO", "photo.png", "image/png", png);
        HttpResponse<String> second = upload(id, "PHOTO", "same-photo.png", "image/png", png);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode a = json(first);
        JsonNode b = json(second);
        assertThat(a.get("sha256").asString()).isEqualTo(b.get("sha256").asString()).hasSize(64);
        assertThat(a.get("newContent").asBoolean()).isTrue();
        assertThat(b.get("newContent").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enforcement.evidence_object WHERE encode(sha256, 'hex') = ?",
                Integer.class, a.get("sha256").asString())).isEqualTo(1);

        assertThat(problemCode(upload(id, "PHOTO", "x.zip", "application/zip", new byte[]{'P', 'K', 3, 4}), 415))
                .isEqualTo("EVIDENCE_TYPE_NOT_ALLOWED");
        assertThat(problemCode(upload(id, "PHOTO", "fake.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8)), 422))
                .isEqualTo("EVIDENCE_CONTENT_MISMATCH");
        byte[] big = new byte[1_600_000];
        big[0] = '%';
        assertThat(problemCode(upload(id, "LAB_REPORT", "big.pdf", "application/pdf", big), 413)).isEqualTo("EVIDENCE_TOO_LARGE");
        assertThat(upload(id, "LAB_REPORT", "huge.pdf", "application/pdf", new byte[3_000_000]).statusCode()).isEqualTo(413);
        assertThat(problemCode(upload(id, "LAB_REPORT", "lab.csv", "text/csv", new byte[0]), 422)).isEqualTo("EVIDENCE_EMPTY");

        HttpResponse<String> lab = upload(id, "LAB_REPORT", "lab.csv", "text/csv",
                "sample,density_kg_l,t90_c,sulfur_ppm\nM7,0.84,338,12\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lab.statusCode()).isEqualTo(201);
        Http.Response download = as("officer-mx").get("/api/v1/cases/" + id + "/evidence/" + json(lab).get("id").asString());
        assertThat(download.body()).startsWith("sample,density_kg_l");
        assertThat(as("officer-mx").get("/api/v1/cases/" + id + "/evidence").json().size()).isEqualTo(3);
        assertThat(upload(id, "PHOTO", "p.png", "image/png", png, "analyst").statusCode()).isEqualTo(403);
        // a body that says multipart but is not: a 400 problem, not an error
        HttpResponse<String> malformed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/cases/" + id + "/evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer-mx:officer-mx".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problemCode(malformed, 400)).isEqualTo("MALFORMED_REQUEST");
    }

    // ---------------------------------------------------------------- helpers

    private UUID openPama(String openedOn, String patente) {
        Http.Response opened = as("officer-mx").post("/api/v1/cases", """
                {"jurisdiction":"MX","procedure":"PAMA","openedOn":"%s","port":"240",
                 "subjects":[{"role":"IMPORTER","key":"ICO050101AB1"},{"role":"AGENT","key":"%s"}],
                 "goods":[{"line":1,"declaredCode":"2710199901","description":"aceite lubricante básico"}]}"""
                .formatted(openedOn, patente));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return UUID.fromString(opened.json().get("id").asString());
    }

    private void publish(DetectionConfirmed event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
    }

    private UUID awaitCase(UUID detection) {
        for (int i = 0; i < 200; i++) {
            List<UUID> ids = jdbc.queryForList("SELECT id FROM enforcement.enforcement_case WHERE detection_id = ?", UUID.class, detection);
            if (!ids.isEmpty()) {
                return ids.getFirst();
            }
            pause();
        }
        throw new AssertionError("no case opened from detection " + detection);
    }

    private void awaitListeners() {
        for (int i = 0; i < 200; i++) {
            Integer pending = jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Integer.class);
            if (pending == null || pending == 0) {
                return;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void alter(String sql, UUID id) {
        transactions.executeWithoutResult(s -> {
            jdbc.execute("ALTER TABLE enforcement.custody_entry DISABLE TRIGGER custody_append_only");
            jdbc.update(sql, id);
            jdbc.execute("ALTER TABLE enforcement.custody_entry ENABLE TRIGGER custody_append_only");
        });
    }

    private static String movement(String item, String action, String from, String to, List<String> seals) {
        return """
                {"item":"%s","action":"%s",%s"to":"%s","place":"Aduana de Nuevo Laredo, patio fiscal","seals":[%s]}"""
                .formatted(item, action, from == null ? "" : "\"from\":\"" + from + "\",", to,
                        String.join(",", seals.stream().map(s -> "\"" + s + "\"").toList()));
    }

    private static JsonNode item(JsonNode report, String item) {
        for (JsonNode i : report.get("items")) {
            if (i.get("item").asString().equals(item)) {
                return i;
            }
        }
        throw new AssertionError("no item " + item + " in " + report);
    }

    private static String deadline(JsonNode c, String term) {
        for (JsonNode d : c.get("deadlines")) {
            if (d.get("term").asString().equals(term)) {
                return d.get("dueOn").asString();
            }
        }
        throw new AssertionError("no deadline " + term + " in " + c);
    }

    private static List<String> amounts(JsonNode omitted) {
        return amountsOf(omitted, "code");
    }

    private static List<String> amountsOf(JsonNode lines, String key) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode l : lines) {
            BigDecimal amount = l.has("omitted") ? l.get("omitted").decimalValue() : l.get("amount").decimalValue();
            out.add(l.get(key).asString() + "=" + amount.stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private HttpResponse<String> upload(UUID id, String kind, String name, String type, byte[] content) throws IOException, InterruptedException {
        return upload(id, kind, name, type, content, "officer-mx");
    }

    private HttpResponse<String> upload(UUID id, String kind, String name, String type, byte[] content, String user)
            throws IOException, InterruptedException {
        String boundary = "----jc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + id + "/evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    private static String problemCode(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return json(response).get("code").asString();
    }
}
