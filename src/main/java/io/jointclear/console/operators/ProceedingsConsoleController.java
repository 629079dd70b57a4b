package io.jointclear.console.operators;

import io.jointclear.operators.proceedings.ProceedingRequests;
import io.jointclear.operators.proceedings.ProceedingView;
import io.jointclear.operators.proceedings.Proceedings;
import io.jointclear.operators.score.ComplianceScores;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.jointclear.shared.ProblemWording;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Sanction proceedings in the console: the ANAM officers' queue (open and proposed cases with their due dates, the
 * deadlines due soon or overdue first), a case with its deadlines, evidence and dated steps and the form to record
 * the next step; and an operator's compliance panel (score, parts, trend, cases) for officials.
 */
@Controller
class ProceedingsConsoleController {

    /** The steps an officer records from the console, in the order a case runs. */
    static final List<String> STEPS = List.of("OPEN", "DECLINE", "NOTIFY", "ARGUMENTS", "SUSPEND", "LIFT_SUSPENSION", "RESOLVE", "APPEAL");

    private final Proceedings proceedings;
    private final ComplianceScores scores;
    private final ProblemWording wording;
    private final Clock clock;

    ProceedingsConsoleController(Proceedings proceedings, ComplianceScores scores, ProblemWording wording, Clock clock) {
        this.proceedings = proceedings;
        this.scores = scores;
        this.wording = wording;
        this.clock = clock;
    }

    @GetMapping("/console/officer/proceedings")
    String queue(Actor actor, Model model) {
        List<ProceedingView> pending = new ArrayList<>(proceedings.list(actor, "OPEN", null));
        pending.addAll(proceedings.list(actor, "PROPOSED", null));
        model.addAttribute("alerts", proceedings.alerts(actor));
        model.addAttribute("proceedings", pending);
        model.addAttribute("today", LocalDate.now(clock));
        return "operators/proceedings";
    }

    @GetMapping("/console/officer/proceedings/{id}")
    String proceeding(@PathVariable String id, Actor actor, Model model) {
        model.addAttribute("p", proceedings.get(actor, uuid(id)));
        model.addAttribute("steps", STEPS);
        model.addAttribute("today", LocalDate.now(clock));
        return "operators/proceeding";
    }

    @PostMapping("/console/officer/proceedings/{id}/steps")
    String step(@PathVariable String id, @RequestParam String step, @RequestParam(required = false) String date,
                @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer suspensionDays,
                @RequestParam(required = false) String text, Actor actor, Model model) {
        UUID proceeding = uuid(id);
        try {
            LocalDate on = date == null || date.isBlank() ? null : LocalDate.parse(date);
            proceedings.step(actor, proceeding, new ProceedingRequests.Step(step, on, blank(outcome), suspensionDays, blank(text)));
            return "redirect:/console/officer/proceedings/" + proceeding;
        } catch (ProblemException e) {
            model.addAttribute("error", wording.worded(e, LocaleContextHolder.getLocale()).getMessage());
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("error", date);
        }
        return proceeding(id, actor, model);
    }

    @GetMapping("/console/analyst/operators/{id}/compliance")
    String compliance(@PathVariable String id, Actor actor, Model model) {
        UUID operator = uuid(id);
        model.addAttribute("score", scores.of(actor, operator));
        model.addAttribute("proceedings", proceedings.list(actor, null, operator));
        return "operators/compliance";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "PROCEEDING_NOT_FOUND", "Not found", "An id is a UUID");
        }
    }
}
