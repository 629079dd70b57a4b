package io.jointclear.console.compliance;

import io.jointclear.compliance.ComplianceOverview;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The analyst's misclassification page: detections with their tax at stake and the monthly figures by chapter. */
@Controller
class ComplianceConsoleController {

    private static final int LIST_LIMIT = 100;

    private final ComplianceOverview overview;
    private final Clock clock;

    ComplianceConsoleController(ComplianceOverview overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping("/console/analyst/detections")
    String detections(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String status, Actor actor, Model model) {
        LocalDate end = date(to, LocalDate.now(clock));
        LocalDate start = date(from, end.minusYears(1).withDayOfMonth(1));
        String wanted = status == null || status.isBlank() ? null : status;
        model.addAttribute("figures", overview.figures(actor, start, end));
        model.addAttribute("detections", overview.detections(actor, wanted, LIST_LIMIT));
        model.addAttribute("status", wanted);
        return "analyst/detections";
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", "A date is YYYY-MM-DD");
        }
    }
}
