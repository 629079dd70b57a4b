package io.jointclear.console.immex;

import io.jointclear.immex.Immex;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IMMEX page: the programs the user may see (a company its own, officials every one) and, for the
 * chosen one, the balances due within 60 days or overdue, then the open balances soonest deadline first.
 */
@Controller
class ImmexConsoleController {

    private static final int OPEN_ROWS = 200;

    private final Immex immex;

    ImmexConsoleController(Immex immex) {
        this.immex = immex;
    }

    @GetMapping("/console/immex")
    String page(@RequestParam(required = false) String program, Actor actor, Model model) {
        List<Immex.Program> programs = immex.programs(actor);
        model.addAttribute("programs", programs);
        UUID chosen = program != null && !program.isBlank() ? uuid(program) : programs.size() == 1 ? programs.get(0).id() : null;
        if (chosen != null) {
            model.addAttribute("selected", immex.program(chosen, actor));
            model.addAttribute("alerts", immex.alerts(chosen, actor));
            List<Immex.Balance> open = immex.balances(chosen, null, true, actor);
            model.addAttribute("open", open.subList(0, Math.min(OPEN_ROWS, open.size())));
            model.addAttribute("openCount", open.size());
        }
        return "immex/program";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "PROGRAM_NOT_FOUND", "Program not found", "A program id is a UUID");
        }
    }
}
