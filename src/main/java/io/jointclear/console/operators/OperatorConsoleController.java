package io.jointclear.console.operators;

import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.ProblemException;
import io.jointclear.shared.ProblemWording;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry in the console: officials list operators by type and open an operator's page
 * (authorisations with their dated history, certifications); a broker, carrier or courier sees "my
 * record", its own records only (the registry scopes every read). Administrators and the granting authority's
 * officers change an authorisation's status from its page (the registry checks who may).
 */
@Controller
class OperatorConsoleController {

    private final OperatorRegistry registry;
    private final ProblemWording wording;

    OperatorConsoleController(OperatorRegistry registry, ProblemWording wording) {
        this.registry = registry;
        this.wording = wording;
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
        model.addAttribute("official", actor.isOfficial());
        model.addAttribute("maintainer", actor.hasAnyRole(Roles.ADMIN, Roles.OFFICER_MX, Roles.OFFICER_US));
        model.addAttribute("statuses", List.of(AuthorisationStatus.values()));
        model.addAttribute("operator", registry.view(uuid(id, "OPERATOR_NOT_FOUND"), actor));
        return "operators/operator";
    }

    /** A status change of one authorisation (suspension, cancellation, reinstatement…) as a dated fact. */
    @PostMapping("/console/operators/{id}/authorisations/{authorisation}/status")
    String changeStatus(@PathVariable String id, @PathVariable String authorisation, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String until,
                        @RequestParam(required = false) String reason, Actor actor, Model model) {
        UUID operator = uuid(id, "OPERATOR_NOT_FOUND");
        try {
            StatusInput input = new StatusInput(status == null || status.isBlank() ? null : AuthorisationStatus.valueOf(status),
                    date(from), date(until), reason);
            registry.changeStatus(operator, uuid(authorisation, "AUTHORISATION_NOT_FOUND"), input, actor);
            return "redirect:/console/operators/" + operator;
        } catch (ProblemException e) {
            model.addAttribute("error", wording.worded(e, LocaleContextHolder.getLocale()).getMessage());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return operator(id, actor, model);
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static UUID uuid(String id, String code) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, code, "Not found", "An id is a UUID");
        }
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
