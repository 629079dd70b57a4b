package io.jointclear.courier.web;

import io.jointclear.courier.decisions.ConsignmentDecisions;
import io.jointclear.courier.decisions.DecisionRequest;
import io.jointclear.courier.decisions.DecisionView;
import io.jointclear.courier.filing.ManifestReads;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Officers' per-consignment decisions on a courier manifest (OFFICER_MX southbound, OFFICER_US northbound). */
@RestController
class CourierDecisionController {

    private static final int LIST_LIMIT = 1000;

    private final ConsignmentDecisions decisions;
    private final ManifestReads reads;

    CourierDecisionController(ConsignmentDecisions decisions, ManifestReads reads) {
        this.decisions = decisions;
        this.reads = reads;
    }

    @PostMapping(path = "/api/v1/courier/manifests/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide on one consignment: RELEASE, INSPECT, HOLD or REQUIRE_REGULAR_PEDIMENTO, with the findings "
            + "of the inspection (valueUsd, weightKg, description, hs6)",
            description = "201 with the decision; repeating the consignment's current decision with the same findings and note "
                    + "answers 200 with replayed: true and stores nothing. An Idempotency-Key makes any retry safe.")
    ResponseEntity<DecisionView> decide(@PathVariable String id, @RequestBody DecisionRequest body, Actor actor) {
        DecisionView view = decisions.decide(actor, uuid(id), body);
        return ResponseEntity.status(Boolean.TRUE.equals(view.replayed()) ? HttpStatus.OK : HttpStatus.CREATED).body(view);
    }

    @GetMapping(path = "/api/v1/courier/manifests/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The decided consignments of a manifest with their current decision, latest first (officials)")
    List<DecisionView> decided(@PathVariable String id, Actor actor) {
        if (!actor.isOfficial()) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Officials only; a courier reads each consignment's decision");
        }
        UUID manifest = uuid(id);
        reads.manifest(manifest, actor);
        return decisions.decided(manifest, LIST_LIMIT, actor);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "MANIFEST_NOT_FOUND", "Manifest not found", "A manifest id is a UUID");
        }
    }
}
