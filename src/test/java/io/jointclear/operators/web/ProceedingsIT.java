package io.jointclear.operators.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.OperatorDirectory;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Proceedings over HTTP on the real database with the demo users: a courier's case from opening to appeal with its
 * deadlines on Mexican business days, a provisional suspension the registry applies and lifts, late and early steps
 * refused with the rule, every step in the audit log; the demo's open courier case; confidentiality.
 */
@DemoUsersIntegrationTest
class ProceedingsIT {

    @LocalServerPort
    int port;
    @Autowired
    OperatorDirectory directory;
    @Autowired
    OperatorRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    private Http as(String user) {
        return new Http(port).as(user, user);
    }

    @Test
    void aCourierCaseRunsItsDueProcessAndTheRegistryAppliesItsSanctions() throws InterruptedException {
        OperatorRef courier = directory.find(OperatorType.COURIER, "paqueteria-del-bajio").orElseThrow();
        Http officer = as("officer-mx");
        Http.Response opened = officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"EMP-3.7.3-0417","legalBasis":"RGCE_3_7_3","date":"2026-11-09",
                 "causes":[{"code":"IRREGULAR_OPERATIONS","description":"split shipments below USD 117"}],
                 "evidence":[{"kind":"DOCUMENT","reference":"ACTA-2026-0001","summary":"acta de irregularidades"}]}
                """.formatted(courier.id()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        String steps = "/api/v1/proceedings/" + id + "/steps";
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.json().get("stage").asString()).isEqualTo("AWAITING_NOTIFICATION");
        assertThat(opened.json().get("evidence").get(0).get("reference").asString()).isEqualTo("ACTA-2026-0001");

        // a second case on the same registration while this one is pending
        assertThat(officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"EMP-3.7.3-0417","legalBasis":"RGCE_3_7_3","date":"2026-11-09",
                 "causes":[{"code":"FALSE_DATA","description":"again"}]}
                """.formatted(courier.id())).json().get("code").asString()).isEqualTo("PROCEEDING_ALREADY_PENDING");

        // notified Wednesday 11 Nov 2026: 10 días hábiles skip the weekend and Monday 16 Nov (Revolution Day)
        JsonNode notified = step(officer, steps, "{\"step\":\"NOTIFY\",\"date\":\"2026-11-11\"}", 200).json();
        assertThat(deadline(notified, "ARGUMENTS").get("dueOn").asString()).isEqualTo("2026-11-26");
        assertThat(deadline(notified, "ARGUMENTS").get("legalSource").asString()).contains("RGCE rule 3.7.3");
        assertThat(deadline(notified, "RESOLUTION").get("dueOn").asString()).isEqualTo("2027-03-11");

        step(officer, steps, "{\"step\":\"SUSPEND\",\"date\":\"2026-11-12\",\"text\":\"serious irregularities\"}", 200);
        awaitStatus("EMP-3.7.3-0417", LocalDate.of(2026, 11, 13), AuthorisationStatus.SUSPENDED);

        Http.Response late = step(officer, steps, "{\"step\":\"ARGUMENTS\",\"date\":\"2026-11-27\",\"text\":\"late brief\"}", 422);
        assertThat(late.json().get("code").asString()).isEqualTo("PROCEEDING_STEP_LATE");
        assertThat(late.json().get("detail").asString()).contains("2026-11-26", "RGCE rule 3.7.3");
        Http.Response lateEs = new Http(port).as("officer-mx", "officer-mx").header("Accept-Language", "es")
                .post(steps, "{\"step\":\"ARGUMENTS\",\"date\":\"2026-11-27\",\"text\":\"late brief\"}");
        assertThat(lateEs.json().get("detail").asString()).contains("plazo legal");
        assertThat(lateEs.json().get("deadline").get("dueOn").asString()).isEqualTo("2026-11-26");
        assertThat(lateEs.json().get("deadline").get("legalSource").asString()).contains("RGCE rule 3.7.3");
        step(officer, steps, "{\"step\":\"ARGUMENTS\",\"date\":\"2026-11-26\",\"text\":\"the courier denies the split\"}", 200);

        step(officer, steps, "{\"step\":\"LIFT_SUSPENSION\",\"date\":\"2026-11-27\"}", 200);
        awaitStatus("EMP-3.7.3-0417", LocalDate.of(2026, 11, 28), AuthorisationStatus.ACTIVE);

        Http.Response early = step(officer, steps, "{\"step\":\"RESOLVE\",\"date\":\"2026-11-26\",\"outcome\":\"CANCELLED\",\"text\":\"x\"}", 422);
        assertThat(early.json().get("code").asString()).isEqualTo("PROCEEDING_ARGUMENT_PERIOD_RUNNING");
        assertThat(as("broker").post(steps, "{\"step\":\"RESOLVE\"}").status()).isEqualTo(403);

        JsonNode resolved = step(officer, steps, """
                {"step":"RESOLVE","date":"2026-11-30","outcome":"SUSPENDED","suspensionDays":10,"text":"irregularities proven"}
                """, 200).json();
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolution").get("outcome").asString()).isEqualTo("SUSPENDED");
        assertThat(deadline(resolved, "RESOLUTION").get("state").asString()).isEqualTo("MET");
        awaitStatus("EMP-3.7.3-0417", LocalDate.of(2026, 12, 9), AuthorisationStatus.SUSPENDED);
        assertThat(registry.authorisation(AuthorisationKind.COURIER_REGISTRATION, "EMP-3.7.3-0417").orElseThrow()
                .statusOn(LocalDate.of(2026, 12, 10)).orElseThrow().status()).isEqualTo(AuthorisationStatus.ACTIVE);

        JsonNode appealed = step(officer, steps, "{\"step\":\"APPEAL\",\"date\":\"2026-12-02\",\"text\":\"RECURSO_REVOCACION\"}", 200).json();
        assertThat(appealed.get("status").asString()).isEqualTo("APPEALED");
        step(officer, steps, "{\"step\":\"NOTIFY\",\"date\":\"2026-12-02\"}", 409);

        List<String> audited = jdbc.queryForList("SELECT action FROM audit.entry WHERE subject_type = 'PROCEEDING' AND subject_id = ? ORDER BY id",
                String.class, id);
        assertThat(audited).containsExactly("PROCEEDING_OPENED", "PROCEEDING_EVIDENCE_ATTACHED", "PROCEEDING_NOTIFIED",
                "PROCEEDING_PROVISIONALLY_SUSPENDED", "PROCEEDING_ARGUMENTS_RECEIVED", "PROCEEDING_SUSPENSION_LIFTED",
                "PROCEEDING_RESOLVED", "PROCEEDING_APPEALED");
        assertThat(jdbc.queryForObject("SELECT details::jsonb ->> 'stepDate' FROM audit.entry WHERE subject_id = ? AND action = 'PROCEEDING_RESOLVED'",
                String.class, id)).isEqualTo("2026-11-30");
    }

    @Test
    void theDemoCourierHasAnOpenCancellationCaseWithEvidenceAndDeadlinesAndPatente3999WasCancelledByOne() {
        JsonNode open = as("officer-us").get("/api/v1/proceedings?status=OPEN").json();
        OperatorRef demoCourier = directory.find(OperatorType.COURIER, "envios-pacifico").orElseThrow();
        JsonNode demo = null;
        for (JsonNode p : open) {
            if (p.get("operatorId").asString().equals(demoCourier.id().toString())) {
                demo = p;
            }
        }
        assertThat(demo).as(open.toString()).isNotNull();
        assertThat(demo.get("legalBasis").asString()).isEqualTo("RGCE_3_7_3");
        assertThat(demo.get("status").asString()).isEqualTo("OPEN");
        assertThat(demo.get("stage").asString()).isEqualTo("ARGUMENT_PERIOD");
        assertThat(demo.get("evidence").size()).isPositive();
        assertThat(deadline(demo, "ARGUMENTS").get("state").asString()).isIn("RUNNING", "DUE_SOON");

        org.junit.jupiter.api.Assumptions.assumeTrue(registry.authorisation(AuthorisationKind.PATENTE, "3999").isPresent(),
                "the demo configuration names patente 3999 (broker3's agency)");
        JsonNode resolved = as("auditor").get("/api/v1/proceedings?status=RESOLVED").json();
        List<String> patentes = new ArrayList<>();
        resolved.forEach(p -> patentes.add(p.get("authorisationNumber").asString() + " " + p.get("resolution").get("resolvedOn").asString()
                + " " + p.get("resolution").get("outcome").asString()));
        assertThat(patentes).contains("3999 2025-09-15 CANCELLED");
    }

    @Test
    void proceedingsAndOtherOperatorsScoresAreConfidential() {
        assertThat(as("broker").get("/api/v1/proceedings?status=OPEN").status()).isEqualTo(403);
        assertThat(as("courier2").get("/api/v1/proceedings").status()).isEqualTo(403);
        OperatorRef other = directory.find(OperatorType.AGENCY, "frontera-sur").orElseThrow();
        OperatorRef own = directory.find(OperatorType.AGENCY, "aduanal-del-norte").orElseThrow();
        Http.Response others = as("broker").get("/api/v1/operators/" + other.id() + "/score");
        assertThat(others.status()).isEqualTo(403);
        assertThat(others.body()).doesNotContain("parts");
        assertThat(as("broker").get("/api/v1/operators/" + own.id() + "/score").status()).isEqualTo(200);
        OperatorRef bajio = directory.find(OperatorType.COURIER, "paqueteria-del-bajio").orElseThrow();
        assertThat(as("courier2").get("/api/v1/operators/" + bajio.id() + "/score").status()).isEqualTo(403);
        assertThat(as("courier").get("/api/v1/operators/" + bajio.id() + "/score").status()).isEqualTo(200);
        assertThat(as("analyst").get("/api/v1/operators/" + bajio.id() + "/score").status()).isEqualTo(200);
    }

    @Test
    void anAnalystProposesAnOfficerDeclinesAndBadInputIsAProblem() {
        OperatorRef carrier = directory.find(OperatorType.CARRIER, "FSTR").orElseThrow();
        String number = registry.view(carrier.id(), new io.jointclear.shared.Actor("t", java.util.Set.of("ADMIN"), null, null))
                .authorisations().get(0).number();
        Http.Response proposed = as("analyst").post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"%s","legalBasis":"ART_144_A_LA",
                 "causes":[{"code":"OBLIGATIONS_BREACHED","description":"seals broken twice"}]}
                """.formatted(carrier.id(), number));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");
        String steps = "/api/v1/proceedings/" + proposed.json().get("id").asString() + "/steps";
        assertThat(as("analyst").post(steps, "{\"step\":\"OPEN\"}").status()).isEqualTo(403);
        assertThat(step(as("officer-mx"), steps, "{\"step\":\"DECLINE\",\"text\":\"not serious enough\"}", 200).json()
                .get("status").asString()).isEqualTo("DECLINED");

        Http officer = as("officer-mx");
        assertThat(officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"%s","legalBasis":"ARTS_164_167_LA","causes":[{"code":"OMITTED_TAXES","description":"x"}]}
                """.formatted(carrier.id(), number)).json().get("code").asString()).isEqualTo("LEGAL_BASIS_NOT_FOR_OPERATOR");
        assertThat(officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"%s","legalBasis":"ART_144_A_LA","causes":[{"code":"NOT_A_CAUSE","description":"x"}]}
                """.formatted(carrier.id(), number)).json().get("code").asString()).isEqualTo("UNKNOWN_CAUSE");
        assertThat(officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"NOT-HELD","legalBasis":"ART_144_A_LA","causes":[{"code":"FALSE_DATA","description":"x"}]}
                """.formatted(carrier.id())).status()).isEqualTo(404);
        Http.Response evidence = officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"%s","legalBasis":"ART_144_A_LA","causes":[{"code":"FALSE_DATA","description":"x"}],
                 "evidence":[{"kind":"CROSSING","reference":"00000000-0000-0000-0000-000000000000"}]}
                """.formatted(carrier.id(), number));
        assertThat(evidence.status()).isEqualTo(422);
        assertThat(evidence.json().get("code").asString()).isEqualTo("UNKNOWN_EVIDENCE");
        Http.Response future = officer.post("/api/v1/proceedings", """
                {"operatorId":"%s","authorisationNumber":"%s","legalBasis":"ART_144_A_LA","date":"2999-01-01",
                 "causes":[{"code":"FALSE_DATA","description":"x"}]}
                """.formatted(carrier.id(), number));
        assertThat(future.status()).as(future.body()).isIn(400, 422);
        assertThat(future.body()).contains("date");
        assertThat(officer.post("/api/v1/proceedings", "{\"operatorId\":\"not-a-uuid\"}").status()).isIn(400, 422);
        assertThat(officer.get("/api/v1/proceedings?status=NOPE").status()).isEqualTo(400);
        assertThat(officer.get("/api/v1/proceedings/00000000-0000-0000-0000-000000000000").json().get("code").asString())
                .isEqualTo("PROCEEDING_NOT_FOUND");
    }

    private static Http.Response step(Http who, String path, String body, int expected) {
        Http.Response r = who.post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r;
    }

    private static JsonNode deadline(JsonNode proceeding, String term) {
        for (JsonNode d : proceeding.get("deadlines")) {
            if (d.get("term").asString().equals(term)) {
                return d;
            }
        }
        throw new AssertionError("no " + term + " deadline in " + proceeding);
    }

    /** The registry applies sanctions after the step's transaction commits (an application-module listener). */
    private void awaitStatus(String number, LocalDate on, AuthorisationStatus expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        AuthorisationStatus status = null;
        while (System.nanoTime() < until) {
            status = registry.authorisation(AuthorisationKind.COURIER_REGISTRATION, number).orElseThrow().statusOn(on)
                    .orElseThrow().status();
            if (status == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(status).as(number + " on " + on + ": " + registry.authorisation(AuthorisationKind.COURIER_REGISTRATION, number)
                .orElseThrow().history()).isEqualTo(expected);
    }
}
