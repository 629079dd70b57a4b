package io.jointclear.console.analyst;

import io.jointclear.risk.Drift;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The targeting drift panel of the analyst console: a week's segments (HS chapter × origin × port pair) with
 * their score PSI and hit rate against the baseline weeks, alerts first, and the stored alerts of the last weeks.
 * Shown as a page and, through htmx, as a panel of the dashboard. Officials only (console security).
 */
@Controller
class DriftPanelController {

    /** Segments shown on the panel (the API lists more). */
    private static final int SHOWN = 25;

    private final Drift drift;
    private final Clock clock;

    DriftPanelController(Drift drift, Clock clock) {
        this.drift = drift;
        this.clock = clock;
    }

    @GetMapping("/console/analyst/drift")
    String drift(@RequestParam(required = false) String week, @RequestParam(required = false) String fragment, Model model,
                 Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Drift.Report report = drift.report(week(week, today.minusWeeks(1)));
        List<Row> rows = report.segments().stream().limit(SHOWN).map(Row::of).toList();
        model.addAttribute("report", report);
        model.addAttribute("rows", rows);
        model.addAttribute("psiThreshold", fixed(report.psiThreshold(), 2));
        model.addAttribute("overallPsi", fixed(report.overallPsi(), 3));
        // Mexico writes the day first; English keeps the ISO order of the API (as the dashboard)
        java.time.format.DateTimeFormatter shown = "es".equals(locale.getLanguage())
                ? java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy") : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
        model.addAttribute("weekText", report.week().format(shown));
        model.addAttribute("baselineFromText", report.baselineFrom().format(shown));
        model.addAttribute("alerts", drift.alerts(today.minusWeeks(12), 20).stream()
                .map(a -> new AlertRow(a.week().format(shown), a.segment().hsChapter(), a.segment().origin(), a.segment().portPair(),
                        "drift.alert." + a.kind())).toList());
        model.addAttribute("previousWeek", report.week().minusWeeks(1).toString());
        model.addAttribute("nextWeek", report.week().plusWeeks(1).toString());
        return "panel".equals(fragment) ? "analyst/drift :: panel" : "analyst/drift";
    }

    private static LocalDate week(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= 2000 && day.getYear() <= 2100) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", "A week is given by a date YYYY-MM-DD from 2000 to 2100");
    }

    private static String fixed(Double v, int decimals) {
        return v == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String percent(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    /** A stored alert as the panel lists it. */
    public record AlertRow(String week, String hsChapter, String origin, String portPair, String kindKey) {
    }

    /** One segment as the panel shows it; alert kinds are bundle keys. */
    public record Row(String hsChapter, String origin, String portPair, long declarations, long baselineDeclarations,
                      String share, String baselineShare, String psi, long inspected, String hitShare, String baselineHitShare,
                      List<String> alertKeys) {
        static Row of(Drift.SegmentDrift s) {
            return new Row(s.segment().hsChapter(), s.segment().origin(), s.segment().portPair(), s.declarations(),
                    s.baselineDeclarations(), percent(s.share()), percent(s.baselineShare()), fixed(s.psi(), 3), s.inspected(),
                    percent(s.hitShare()), percent(s.baselineHitShare()), s.alerts().stream().map(k -> "drift.alert." + k).toList());
        }
    }
}
