package io.jointclear.operators.web;

import io.jointclear.operators.proceedings.ProceedingRequests;
import io.jointclear.operators.proceedings.ProceedingView;
import io.jointclear.operators.proceedings.Proceedings;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sanction proceedings against operators' authorisations (officials read; Mexican officers act; analysts propose). */
@RestController
class ProceedingController {

    private final Proceedings proceedings;

    ProceedingController(Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    @GetMapping(path = "/api/v1/proceedings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Proceedings, newest first: by status (PROPOSED, DECLINED, OPEN, RESOLVED, APPEALED) and operator")
    List<ProceedingView> list(Actor actor, @RequestParam(required = false) String status,
                              @RequestParam(required = false) UUID operatorId) {
        return proceedings.list(actor, status, operatorId);
    }

    @GetMapping(path = "/api/v1/proceedings/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Deadlines due within 5 days or overdue, soonest first")
    List<ProceedingView.Alert> alerts(Actor actor) {
        return proceedings.alerts(actor);
    }

    @GetMapping(path = "/api/v1/proceedings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One proceeding with its causes, evidence, deadlines and dated steps")
    ProceedingView get(Actor actor, @PathVariable UUID id) {
        return proceedings.get(actor, id);
    }

    @PostMapping(path = "/api/v1/proceedings", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Opens a proceeding (OFFICER_MX, ADMIN) or proposes one (ANALYST)")
    ResponseEntity<ProceedingView> open(Actor actor, @RequestBody ProceedingRequests.Open body) {
        ProceedingView view = proceedings.open(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/proceedings/" + view.id())).body(view);
    }

    @PostMapping(path = "/api/v1/proceedings/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records a step: OPEN, DECLINE, NOTIFY, ARGUMENTS, SUSPEND, LIFT_SUSPENSION, RESOLVE, APPEAL (OFFICER_MX, ADMIN)")
    ProceedingView step(Actor actor, @PathVariable UUID id, @RequestBody ProceedingRequests.Step body) {
        return proceedings.step(actor, id, body);
    }

    @PostMapping(path = "/api/v1/proceedings/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attaches evidence to a proposed or open proceeding (OFFICER_MX, ADMIN)")
    ProceedingView evidence(Actor actor, @PathVariable UUID id, @RequestBody ProceedingRequests.EvidenceBody body) {
        return proceedings.attach(actor, id, body);
    }
}
