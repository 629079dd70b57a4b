package io.jointclear.statistics.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.statistics.StatisticsSummary;
import io.jointclear.statistics.internal.SummaryQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics")
class StatisticsController {

    private static final int MAX_DAYS = 3660;

    private final SummaryQuery summary;

    StatisticsController(SummaryQuery summary) {
        this.summary = summary;
    }

    @GetMapping("/api/v1/statistics/summary")
    @Operation(summary = "Crossings, joint inspections, releases, holds, seizures and arrival-to-release minutes (p50/p90), by port pair",
            description = "Period by filing date (UTC), both days inclusive.")
    StatisticsSummary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", "to is before from",
                    List.of(new FieldViolation("to", "PERIOD_REVERSED", "to (" + to + ") is before from (" + from + ")")));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", "the period is longer than ten years",
                    List.of(new FieldViolation("to", "PERIOD_TOO_LONG", "at most " + MAX_DAYS + " days")));
        }
        return summary.summary(from, to);
    }
}
