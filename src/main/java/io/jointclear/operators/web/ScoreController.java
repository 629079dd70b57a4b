package io.jointclear.operators.web;

import io.jointclear.operators.score.ComplianceScores;
import io.jointclear.operators.score.OperatorScoreView;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' compliance scores: confidential (officials see any; an operator only its own). */
@RestController
class ScoreController {

    private final ComplianceScores scores;

    ScoreController(ComplianceScores scores) {
        this.scores = scores;
    }

    @GetMapping(path = "/api/v1/operators/{id}/score", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The operator's compliance score 0-100 with its parts and monthly trend")
    OperatorScoreView score(Actor actor, @PathVariable UUID id) {
        return scores.of(actor, id);
    }

    @PostMapping(path = "/api/v1/operators/scores/recompute", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recomputes every operator's score now (OFFICER_MX, OFFICER_US, ANALYST, ADMIN)")
    ComplianceScores.Run recompute(Actor actor) {
        return scores.recompute(actor);
    }
}
