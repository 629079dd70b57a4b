package io.jointclear.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.compliance.DetectionConfirmed;
import io.jointclear.compliance.DetectionView;
import io.jointclear.compliance.detection.DeclaredLine;
import io.jointclear.compliance.detection.Transport;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.math.BigDecimal;
import java.time.LocalDate;
import io.jointclear.shared.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * The analyst's workflow on the real database over HTTP: MX-4 (40,000 L of diesel declared as lubricating base
 * oil, lab density 0.838) is detected with its exact tax at stake, confirmed once (one DetectionConfirmed),
 * reclassified with the importer's other line of the same goods within five years, and refused to brokers.
 */
@DemoUsersIntegrationTest
@RecordApplicationEvents
class DetectionWorkflowIT {

    private static final Actor ANALYST = new Actor("analyst", Set.of(Actor.Roles.ANALYST), null, null);
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    DetectionService detections;

    @Autowired
    ApplicationEvents events;

    private Http as(String user) {
        return new Http(port).as(user, user);
    }

    private static String pedimento() {
        return "26 24 3456 " + String.format("%07d", NUMBERS.incrementAndGet() % 10_000_000);
    }

    private static Screened line(String number, LocalDate date, String importer, String litres, String density) {
        DeclaredLine l = new DeclaredLine(number + "/1", date, "Aceite básico lubricante a granel", "2710199901",
                new BigDecimal(litres), "LTR", new BigDecimal(litres).multiply(new BigDecimal("0.75")), "US",
                density == null ? null : new BigDecimal(density), null, null, false, Transport.TANK_TRUCK, "240");
        return new Screened(l, number, 1, null, importer, "3456");
    }

    private JsonNode find(String declaration) {
        for (JsonNode d : as("analyst").get("/api/v1/compliance/detections?limit=1000").json()) {
            if (d.get("declaration").asString().equals(declaration)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void mx4FromDetectionToConfirmationAndReclassification() {
        String importer = "HUA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "A1";
        String mx4 = pedimento();
        String earlier = pedimento();
        String tooOld = pedimento();
        assertThat(detections.screen(List.of(line(mx4, LocalDate.of(2026, 3, 10), importer, "40000", "0.838"),
                line(earlier, LocalDate.of(2026, 1, 20), importer, "30000", null),
                line(tooOld, LocalDate.of(2020, 1, 10), importer, "30000", null)))).isGreaterThanOrEqualTo(1);
        // the same lines again (a redelivered event, a batch re-run) open nothing
        assertThat(detections.screen(List.of(line(mx4, LocalDate.of(2026, 3, 10), importer, "40000", "0.838")))).isZero();

        JsonNode d = find(mx4);
        assertThat(d).isNotNull();
        assertThat(d.get("declaredTariffCode").asString()).isEqualTo("2710199901");
        assertThat(d.get("proposedTariffCode").asString()).isEqualTo("2710199903");
        assertThat(d.get("taxAtStake").get("amount").decimalValue()).isEqualByComparingTo("351660.54");
        assertThat(d.get("taxAtStake").get("currency").asString()).isEqualTo("MXN");
        assertThat(d.get("status").asString()).isEqualTo("OPEN");
        assertThat(d.get("explanation").asString()).contains("0.838", "2710199903", "351,660.54");
        String id = d.get("id").asString();

        // traders never see it
        assertThat(as("broker").get("/api/v1/compliance/detections").status()).isEqualTo(403);
        assertThat(as("broker").get("/api/v1/compliance/detections/" + id).status()).isEqualTo(403);

        assertThat(as("analyst").post("/api/v1/compliance/detections/" + id + "/confirm", "{}").status()).isEqualTo(400);
        // confirmed on this thread, where the published events are recorded (the HTTP path is the same service)
        DetectionView confirmed = detections.confirm(ANALYST, UUID.fromString(id), "Lab density 0.838 kg/L: diesel");
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(as("analyst").get("/api/v1/compliance/detections/" + id).json().get("status").asString())
                .isEqualTo("CONFIRMED");
        assertThat(as("analyst").post("/api/v1/compliance/detections/" + id + "/confirm", "{\"reason\":\"again\"}")
                .status()).isEqualTo(409);
        Http.Response again = as("officer-mx").post("/api/v1/compliance/detections/" + id + "/dismiss",
                "{\"reason\":\"second thoughts\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DETECTION_ALREADY_DECIDED");
        List<DetectionConfirmed> published = events.stream(DetectionConfirmed.class)
                .filter(e -> e.detectionId().toString().equals(id)).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.taxAtStakeMxn()).isEqualByComparingTo("351660.54");
            assertThat(e.proposedTariffCode()).isEqualTo("2710199903");
            assertThat(e.importerRfc()).isEqualTo(importer);
            assertThat(e.confirmedBy()).isEqualTo("analyst");
        });

        // 40,000 L (351,660.54) + 30,000 L on 2026-01-20: 220,902.00 + 6,464.73 + IVA 36,378.68 = 263,745.41;
        // the 2020 line is beyond the five years of CFF art. 67
        JsonNode proposal = as("analyst").get("/api/v1/compliance/detections/" + id + "/reclassification").json();
        assertThat(proposal.get("lines")).hasSize(2);
        assertThat(proposal.get("total").get("amount").decimalValue()).isEqualByComparingTo("615405.95");
        assertThat(proposal.get("status").asString()).isEqualTo("DRAFT");
        assertThat(as("broker").post("/api/v1/compliance/detections/" + id + "/reclassification", "{}").status()).isEqualTo(403);
        Http.Response proposed = as("officer-mx").post("/api/v1/compliance/detections/" + id + "/reclassification", "{}");
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.json().get("total").get("amount").decimalValue()).isEqualByComparingTo("615405.95");
        assertThat(as("analyst").post("/api/v1/compliance/detections/" + id + "/reclassification", "{}").status())
                .isEqualTo(409);

        String csv = as("analyst").get("/api/v1/compliance/reports/misclassifications?from=2026-01-01&to=2026-12-31&format=csv").body();
        assertThat(csv).startsWith(MisclassificationReport.CSV_HEADER).contains("\n2026-03,27,");
    }

    @Test
    void aDismissedHitCannotBeReclassifiedAndBecomesALabel() {
        String number = pedimento();
        detections.screen(List.of(line(number, LocalDate.of(2026, 4, 2), "XAXX010101000", "36000", "0.845")));
        String id = find(number).get("id").asString();
        assertThat(as("officer-us").post("/api/v1/compliance/detections/" + id + "/dismiss", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(as("officer-mx").post("/api/v1/compliance/detections/" + id + "/dismiss",
                "{\"reason\":\"Light base oil 70N, certificate of analysis on file\"}").status()).isEqualTo(200);
        Http.Response refused = as("analyst").post("/api/v1/compliance/detections/" + id + "/reclassification", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("DETECTION_NOT_CONFIRMED");
        JsonNode trained = as("analyst").post("/api/v1/compliance/model/training", "{}").json();
        assertThat(trained.get("analystLabels").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(events.stream(DetectionConfirmed.class).filter(e -> e.detectionId().toString().equals(id))).isEmpty();
        assertThat(as("analyst").get("/api/v1/compliance/detections/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as("analyst").get("/api/v1/compliance/detections?status=MAYBE").status()).isEqualTo(400);
    }

    @Test
    void aBatchScreensAPeriodAndRefusesABadOne() {
        Http.Response ok = as("analyst").post("/api/v1/compliance/screening?from=2026-01-01&to=2026-01-31", "{}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("declarationsRead").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(ok.json().has("detectionsOpened")).isTrue();
        assertThat(as("analyst").post("/api/v1/compliance/screening?from=2026-02-01&to=2026-01-01", "{}").status())
                .isEqualTo(400);
        assertThat(as("analyst").post("/api/v1/compliance/screening?from=&to=2026-01-01", "{}").status()).isEqualTo(400);
        assertThat(as("broker").post("/api/v1/compliance/screening?from=2026-01-01&to=2026-01-31", "{}").status())
                .isEqualTo(403);
    }
}
