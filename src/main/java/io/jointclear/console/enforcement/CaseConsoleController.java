package io.jointclear.console.enforcement;

import io.jointclear.enforcement.cases.CaseDocument;
import io.jointclear.enforcement.cases.CaseService;
import io.jointclear.enforcement.cases.CaseStatus;
import io.jointclear.enforcement.evidence.Custody;
import io.jointclear.enforcement.evidence.EvidenceService;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enforcement cases in the console: the officer's case list with the terms about to lapse, the case page
 * (deadlines, goods, measures, steps, evidence, custody, liabilities) and the analysts' report.
 */
@Controller
class CaseConsoleController {

    private static final int ALERT_DAYS = 5;

    private final CaseService cases;
    private final EvidenceService evidence;
    private final Custody custody;

    CaseConsoleController(CaseService cases, EvidenceService evidence, Custody custody) {
        this.cases = cases;
        this.evidence = evidence;
        this.custody = custody;
    }

    @GetMapping("/console/officer/cases")
    String list(@RequestParam(required = false) String status, Actor actor, Model model) {
        CaseStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Invalid parameter", "status is OPEN, NOTIFIED, RESOLVED or CLOSED");
            }
        }
        model.addAttribute("status", filter);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("cases", cases.list(filter, actor));
        model.addAttribute("alerts", cases.alerts(ALERT_DAYS, actor));
        return "officer/cases";
    }

    @GetMapping("/console/officer/cases/{id}")
    String page(@PathVariable String id, Actor actor, Model model) {
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "CASE_NOT_FOUND", "Case not found", "A case id is a UUID");
        }
        CaseDocument c = cases.getInFull(caseId, actor);
        model.addAttribute("c", c);
        model.addAttribute("today", cases.today());
        model.addAttribute("evidence", evidence.list(caseId, actor));
        model.addAttribute("custody", custody.report(caseId, actor));
        model.addAttribute("related", cases.related(caseId, actor));
        return "officer/case";
    }

    @GetMapping("/console/analyst/cases")
    String report(Model model) {
        model.addAttribute("rows", cases.report());
        return "analyst/cases";
    }
}
