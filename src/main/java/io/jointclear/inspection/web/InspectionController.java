package io.jointclear.inspection.web;

import io.jointclear.inspection.InspectionView;
import io.jointclear.inspection.internal.JointInspections;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/crossings/{crossingId}/inspection")
@Tag(name = "Joint inspection")
class InspectionController {

    private final JointInspections inspections;

    InspectionController(JointInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping
    @Operation(summary = "The crossing's joint inspection with every finding of both authorities")
    InspectionView get(@PathVariable UUID crossingId, Actor actor) {
        return inspections.get(crossingId, actor);
    }

    @PostMapping("/participants")
    @Operation(summary = "An officer joins for their authority; the inspection starts when both authorities are present")
    InspectionView join(@PathVariable UUID crossingId, Actor actor) {
        return inspections.join(crossingId, actor);
    }

    @PostMapping("/findings")
    @Operation(summary = "Record a finding for the officer's authority",
            description = "kind: QUANTITY, CLASSIFICATION, ORIGIN, UNDECLARED_GOODS, PROHIBITED_GOODS, VALUE, DOCUMENTS or NONE")
    InspectionView finding(@PathVariable UUID crossingId, @RequestBody FindingBody body, Actor actor) {
        return inspections.recordFinding(crossingId, actor, body.kind(), body.line(), body.description());
    }

    @PostMapping("/end")
    @Operation(summary = "End the joint inspection; red-lane authorities may then decide")
    InspectionView end(@PathVariable UUID crossingId, Actor actor) {
        return inspections.end(crossingId, actor);
    }

    record FindingBody(String kind, Integer line, String description) {
    }
}
