package io.jointclear.compliance.internal;

import io.jointclear.compliance.DetectionView;

import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Misclassification detections for officials and analysts (docs/compliance.md). */
@RestController
class DetectionController {

    private final DetectionService detections;
    private final Reclassifications reclassifications;
    private final MisclassificationReport report;
    private final ActiveDetector detector;
    private final Clock clock;
    private final BatchScreening batch;

    DetectionController(DetectionService detections, Reclassifications reclassifications, MisclassificationReport report,
                        ActiveDetector detector, Clock clock, BatchScreening batch) {
        this.clock = clock;
        this.batch = batch;
        this.detections = detections;
        this.reclassifications = reclassifications;
        this.report = report;
        this.detector = detector;
    }

    /** The analyst's decision: why the hit is right or wrong. */
    record Decision(String reason) {
    }

    @GetMapping(path = "/api/v1/compliance/detections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Misclassification detections, newest first (status OPEN, CONFIRMED or DISMISSED)")
    List<DetectionView> list(Actor actor, @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "200") int limit) {
        return detections.list(actor, status, limit);
    }

    @GetMapping(path = "/api/v1/compliance/detections/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    DetectionView get(Actor actor, @PathVariable UUID id) {
        return detections.get(actor, id);
    }

    @PostMapping(path = "/api/v1/compliance/detections/{id}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm a detection (ANALYST, OFFICER_MX): it becomes a label and DetectionConfirmed is published once")
    DetectionView confirm(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return detections.confirm(actor, id, decision == null ? null : decision.reason());
    }

    @PostMapping(path = "/api/v1/compliance/detections/{id}/dismiss", produces = MediaType.APPLICATION_JSON_VALUE)
    DetectionView dismiss(Actor actor, @PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return detections.dismiss(actor, id, decision == null ? null : decision.reason());
    }

    @GetMapping(path = "/api/v1/compliance/detections/{id}/reclassification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The reclassification of the same importer's same goods within 5 years (CFF art. 67) with the total to recover")
    Reclassifications.Proposal reclassification(Actor actor, @PathVariable UUID id) {
        return reclassifications.proposal(actor, id);
    }

    @PostMapping(path = "/api/v1/compliance/detections/{id}/reclassification", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Reclassifications.Proposal> propose(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reclassifications.propose(actor, id));
    }

    @GetMapping(path = "/api/v1/compliance/reports/misclassifications")
    @Operation(summary = "Detected/confirmed misclassifications and taxes at stake by month and chapter (format=csv for CSV)")
    ResponseEntity<?> report(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String format) {
        LocalDate t = date(to, "to", LocalDate.now(clock));
        LocalDate f = date(from, "from", t.minusYears(1).withDayOfMonth(1));
        io.jointclear.compliance.MisclassificationFigures r = report.report(actor, f, t);
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=misclassifications.csv")
                    .body(MisclassificationReport.csv(r));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(r);
    }

    @PostMapping(path = "/api/v1/compliance/model/training", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Train the detector again on the shipped labelled set and the analysts' decisions")
    Map<String, Object> retrain(Actor actor) {
        DetectionService.requireAny(actor, DetectionService.DECIDERS);
        int labels = detector.retrain();
        return Map.of("analystLabels", labels, "trainedOn", detector.get().model().trainedOn());
    }

    @PostMapping(path = "/api/v1/compliance/screening", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Screen the stored Mexican import declarations of a period (from–to, at most 5 years); lines already screened are skipped")
    Map<String, Object> screen(Actor actor, @RequestParam String from, @RequestParam String to) {
        LocalDate f = date(from, "from", null);
        LocalDate t = date(to, "to", null);
        if (f == null || t == null) {
            throw new ProblemException(400, "MISSING_PARAMETER", "Missing parameter", "from and to are required (YYYY-MM-DD)");
        }
        return batch.screen(actor, f, t);
    }

    private static LocalDate date(String s, String name, LocalDate otherwise) {
        if (s == null || s.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "MALFORMED_DATE", "Malformed date", name + " must be a date YYYY-MM-DD");
        }
    }
}
