package io.jointclear.immex.tmec.web;

import io.jointclear.immex.Immex;
import io.jointclear.immex.tmec.Obligation;
import io.jointclear.immex.tmec.Tmec25Settlement;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A program's obligations computed from its ledger (art. 2.5 T-MEC complementary pedimentos). */
@RestController
@RequestMapping(path = "/api/v1/immex/programs/{id}/obligations", produces = MediaType.APPLICATION_JSON_VALUE)
class ObligationController {

    private final Immex immex;
    private final Tmec25Settlement settlements;

    ObligationController(Immex immex, Tmec25Settlement settlements) {
        this.immex = immex;
        this.settlements = settlements;
    }

    @GetMapping
    @Operation(summary = "Obligations of a program (its company, officials): kind, crossingId, amountMxn, dueDate, basis")
    List<Obligation> obligations(@PathVariable String id, Actor actor) {
        Immex.Program p = immex.program(uuid(id), actor); // scoped: another company's program is not found
        return settlements.ofProgram(p.id());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "PROGRAM_NOT_FOUND", "Program not found", "A program id is a UUID");
        }
    }
}
