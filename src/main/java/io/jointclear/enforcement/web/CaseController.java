package io.jointclear.enforcement.web;

import io.jointclear.enforcement.cases.CaseDocument;
import io.jointclear.enforcement.cases.CaseService;
import io.jointclear.enforcement.cases.CaseStatus;
import io.jointclear.enforcement.cases.CaseStore;
import io.jointclear.enforcement.cases.CaseSummary;
import io.jointclear.enforcement.cases.CaseOrigin;
import io.jointclear.enforcement.cases.EnforcementCase;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enforcement cases: list, read, open, and each step, measure, goods, subject, note and liability. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseController {

    private final CaseService cases;

    CaseController(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Cases visible to you, newest first: officials their jurisdiction's, a notified broker or carrier its own summaries")
    List<CaseSummary> list(@RequestParam(required = false) String status, Actor actor) {
        return cases.list(status(status), actor);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a case (analysts; officers for their own authority), from a review or a counterpart's report")
    ResponseEntity<CaseDocument> open(@RequestBody CaseBodies.OpenCase body, Actor actor) {
        CaseBodies.check(body);
        CaseDocument c = cases.open(new EnforcementCase.Opening(body.origin() == null ? CaseOrigin.ANALYST : body.origin(),
                body.jurisdiction(), body.procedure(), body.port(), body.crossingId(), null, body.counterpartReference(),
                body.summary(), body.subjects() == null ? List.of() : body.subjects(),
                body.goods() == null ? List.of() : body.goods(), List.of()), body.openedOn(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case: in full for officials, the trader's summary for a notified broker or carrier it names")
    Object get(@PathVariable String id, Actor actor) {
        return cases.get(uuid(id), actor);
    }

    @GetMapping("/{id}/related")
    @Operation(summary = "Other cases with a subject (importer, agent, carrier, driver, supplier, truck) or a part number or declared code in common")
    List<CaseSummary> related(@PathVariable String id, Actor actor) {
        return cases.related(uuid(id), actor);
    }

    @PostMapping(path = "/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a step (NOTIFY, FILE_EVIDENCE, REQUEST_JUNTA, HOLD_JUNTA, RESOLVE, PROTEST, CLOSE) on a day; "
            + "a step after its legal term is a 422 CASE_STEP_LATE naming the term and its source")
    CaseDocument step(@PathVariable String id, @RequestBody CaseBodies.StepBody body, Actor actor) {
        List<FieldViolation> v = new ArrayList<>();
        CaseBodies.required(v, "step", body.step());
        CaseBodies.text(v, "note", body.note());
        CaseBodies.raise(v);
        return cases.step(uuid(id), body.step(), body.on(), body.note(), actor);
    }

    @PostMapping(path = "/{id}/measures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Apply a measure to the goods: EMBARGO, RELEASE_AGAINST_GUARANTEE (with the guarantee), TRANSFER, DESTRUCTION")
    CaseDocument measure(@PathVariable String id, @RequestBody CaseBodies.MeasureBody body, Actor actor) {
        List<FieldViolation> v = new ArrayList<>();
        CaseBodies.required(v, "kind", body.kind());
        CaseBodies.text(v, "place", body.place());
        CaseBodies.text(v, "note", body.note());
        if (body.guarantee() != null && (body.guarantee().signum() <= 0 || body.guarantee().precision() - body.guarantee().scale() > 13)) {
            v.add(new FieldViolation("guarantee", "OUT_OF_RANGE", "a positive amount below 10^13"));
        }
        CaseBodies.raise(v);
        return cases.measure(uuid(id), new CaseDocument.Measure(body.kind(), body.on(), null, body.place(), body.note(), body.guarantee()), actor);
    }

    @PostMapping(path = "/{id}/goods", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record goods as found (line n replaces it, the next number adds one): classification, quantity, value, lab result")
    CaseDocument goods(@PathVariable String id, @RequestBody CaseDocument.Goods body, Actor actor) {
        List<FieldViolation> v = new ArrayList<>();
        CaseBodies.goods(v, "", body);
        CaseBodies.raise(v);
        return cases.goods(uuid(id), body, actor);
    }

    @PostMapping(path = "/{id}/subjects", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Name a subject of the case by natural key")
    CaseDocument subject(@PathVariable String id, @RequestBody CaseDocument.Subject body, Actor actor) {
        List<FieldViolation> v = new ArrayList<>();
        CaseBodies.subject(v, "", body);
        CaseBodies.raise(v);
        return cases.subject(uuid(id), body, actor);
    }

    @PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An internal note (never shown to traders)")
    CaseDocument note(@PathVariable String id, @RequestBody CaseBodies.NoteBody body, Actor actor) {
        List<FieldViolation> v = new ArrayList<>();
        if (CaseBodies.blank(body.text())) {
            v.add(new FieldViolation("text", "REQUIRED", "text is required"));
        }
        CaseBodies.text(v, "text", body.text());
        CaseBodies.raise(v);
        return cases.note(uuid(id), body.text(), actor);
    }

    @PostMapping(path = "/{id}/liability", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compute the liabilities the resolution states: omitted taxes by re-assessment, actualización, "
            + "recargos and the fines chosen (MX: article + percent within its range; US: 1592 culpability + amount)")
    CaseDocument liability(@PathVariable String id, @RequestBody CaseBodies.LiabilityBody body, Actor actor) {
        CaseBodies.check(body);
        return cases.liability(uuid(id), body.asOf(), body.fines() == null ? List.of() : body.fines(), body.domesticValue(), actor);
    }

    @GetMapping("/deadlines")
    @Operation(summary = "Alerts: open terms ending within 'within' days (default 5), overdue ones marked OVERDUE")
    List<CaseService.DeadlineAlert> deadlines(@RequestParam(defaultValue = "5") String within, Actor actor) {
        int days;
        try {
            days = Integer.parseInt(within);
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > 366) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid parameter", "within is 0 to 366 days",
                    List.of(new FieldViolation("within", "OUT_OF_RANGE", "0 to 366")));
        }
        return cases.alerts(days, actor);
    }

    @GetMapping(path = "/report", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Cases by procedure, status, port and month opened (analysts); format=csv for a spreadsheet")
    ResponseEntity<?> report(@RequestParam(required = false) String format) {
        List<CaseStore.ReportRow> rows = cases.report();
        if ("csv".equals(format)) {
            StringBuilder csv = new StringBuilder("month,procedure,status,port,cases\n");
            rows.forEach(r -> csv.append(r.month()).append(',').append(r.procedure()).append(',').append(r.status()).append(',')
                    .append(r.port().replace(",", " ")).append(',').append(r.cases()).append('\n'));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv.toString());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "CASE_NOT_FOUND", "Case not found", "A case id is a UUID");
        }
    }

    private static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid parameter", "status is one of OPEN, NOTIFIED, RESOLVED, CLOSED",
                    List.of(new FieldViolation("status", "INVALID_VALUE", "OPEN, NOTIFIED, RESOLVED or CLOSED")));
        }
    }
}
