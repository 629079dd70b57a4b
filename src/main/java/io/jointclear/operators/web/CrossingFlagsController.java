package io.jointclear.operators.web;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.FilingAuthority;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the registry says today about a filed crossing's declarations (a licence suspended or cancelled
 * since filing, an importer not in the registry or no longer active in the Padrón): for officials; the
 * crossing stays as it was filed.
 */
@RestController
class CrossingFlagsController {

    private final Crossings crossings;
    private final FilingAuthority authority;

    CrossingFlagsController(Crossings crossings, FilingAuthority authority) {
        this.crossings = crossings;
        this.authority = authority;
    }

    @GetMapping(path = "/api/v1/operators/crossing-flags/{crossingId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Registry flags of a filed crossing today (officers, analysts, auditors, administrators)")
    List<FilingAuthority.RegistryFlag> flags(@PathVariable String crossingId, Actor actor) {
        if (!actor.isOfficial()) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Registry flags of crossings are for officials");
        }
        UUID id;
        try {
            id = UUID.fromString(crossingId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "CROSSING_NOT_FOUND", "Crossing not found", "A crossing id is a UUID");
        }
        CrossingView view = crossings.get(id, actor);
        return authority.flags(view.declarations().stream().map(CrossingView.DeclarationView::document)
                .filter(Objects::nonNull).toList());
    }
}
