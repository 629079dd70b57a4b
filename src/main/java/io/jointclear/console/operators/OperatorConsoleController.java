package io.jointclear.console.operators;

import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry in the console: officials list operators by type and open an operator's page
 * (authorisations with their dated history, certifications); a broker, carrier or courier sees "my
 * record", its own records only (the registry scopes every read).
 */
@Controller
class OperatorConsoleController {

    private final OperatorRegistry registry;

    OperatorConsoleController(OperatorRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/console/operators")
    String list(@RequestParam(required = false) String type, Actor actor, Model model) {
        OperatorType selected = actor.isOfficial() ? type(type) : null;
        model.addAttribute("official", actor.isOfficial());
        model.addAttribute("types", List.of(OperatorType.values()));
        model.addAttribute("selectedType", selected);
        model.addAttribute("operators", registry.list(selected, actor));
        return "operators/list";
    }

    @GetMapping("/console/operators/{id}")
    String operator(@PathVariable String id, Actor actor, Model model) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "OPERATOR_NOT_FOUND", "Operator not found", "An operator id is a UUID");
        }
        model.addAttribute("official", actor.isOfficial());
        model.addAttribute("operator", registry.view(uuid, actor));
        return "operators/operator";
    }

    /** The type asked for; AGENCY when none, so the first page is short. */
    private static OperatorType type(String type) {
        if (type == null || type.isBlank()) {
            return OperatorType.AGENCY;
        }
        try {
            return OperatorType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Unknown operator type",
                    "type is one of " + java.util.Arrays.toString(OperatorType.values()));
        }
    }
}
