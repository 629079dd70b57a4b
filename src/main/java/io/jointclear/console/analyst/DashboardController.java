package io.jointclear.console.analyst;

import io.jointclear.compliance.ComplianceOverview;
import io.jointclear.shared.Actor;
import io.jointclear.statistics.DashboardFigures;
import io.jointclear.statistics.Dashboards;
import io.jointclear.reference.ReferenceImports;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyst dashboard: joint operations today, this month and this year, and charts over the chosen
 * period, each downloadable as CSV. Days are UTC days, as in the statistics API.
 */
@Controller
@RequestMapping("/console/analyst")
class DashboardController {

    enum Period { TODAY, MONTH, YEAR }

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final ReferenceImports referenceData;
    private final ComplianceOverview compliance;

    DashboardController(Dashboards dashboards, MessageSource messages, JsonMapper json, Clock clock,
                        ReferenceImports referenceData, ComplianceOverview compliance) {
        this.compliance = compliance;
        this.referenceData = referenceData;
        this.dashboards = dashboards;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(defaultValue = "MONTH") Period period, Model model, Locale locale,
                     @RequestParam(required = false) String fragment, Actor actor) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DashboardFigures figures = dashboards.figures(from(period, today), today);
        List<DashboardFigures.DayCount> days = dashboards.perDay(today.minusDays(29), today);
        List<ChartData> charts = new DashboardCharts(messages, locale).all(figures, days);
        model.addAttribute("period", period.name());
        model.addAttribute("periods", Period.values());
        model.addAttribute("kpis", List.of(
                Kpi.of("kpi.today", dashboards.figures(today, today).totals()),
                Kpi.of("kpi.month", dashboards.figures(from(Period.MONTH, today), today).totals()),
                Kpi.of("kpi.year", dashboards.figures(from(Period.YEAR, today), today).totals())));
        model.addAttribute("charts", charts.stream().map(c -> new ChartView(c, json.writeValueAsString(c))).toList());
        // Mexico writes the day first; English keeps the ISO order of the statistics API
        model.addAttribute("today", "es".equals(locale.getLanguage())
                ? today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) : today.toString());
        model.addAttribute("detections", compliance.summary(actor));
        model.addAttribute("demoRates", referenceData.holdsDemoData()); // Mexican revenue then rests on DEMO rates
        return "kpis".equals(fragment) ? "analyst/dashboard :: kpis" : "analyst/dashboard";
    }

    @GetMapping("/charts/{id}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(defaultValue = "MONTH") Period period, Locale locale) {
        if (!DashboardCharts.IDS.contains(id)) {
            return ResponseEntity.notFound().build();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DashboardFigures figures = dashboards.figures(from(period, today), today);
        ChartData chart = new DashboardCharts(messages, locale).chart(id, figures, dashboards.perDay(today.minusDays(29), today));
        String header = messages.getMessage("csv.category", null, "category", locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jointclear-" + id + "-"
                        + period.name().toLowerCase(Locale.ROOT) + "-" + today + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(chart.csv(header).getBytes(StandardCharsets.UTF_8));
    }

    static LocalDate from(Period period, LocalDate today) {
        return switch (period) {
            case TODAY -> today;
            case MONTH -> today.withDayOfMonth(1);
            case YEAR -> today.withDayOfYear(1);
        };
    }

    /** A chart and its JSON for the page's script. */
    public record ChartView(ChartData chart, String json) {
    }

    /** One headline period. */
    public record Kpi(String labelKey, long crossings, long releases, long inspections, long holds, long seizures,
                      String p50, String p90, String inspectionRate) {

        static Kpi of(String key, io.jointclear.statistics.StatisticsSummary.Figures f) {
            return new Kpi(key, f.crossings(), f.releases(), f.jointInspections(), f.holds(), f.seizures(),
                    f.arrivalToReleaseP50Minutes() == null ? "–" : f.arrivalToReleaseP50Minutes().toPlainString(),
                    f.arrivalToReleaseP90Minutes() == null ? "–" : f.arrivalToReleaseP90Minutes().toPlainString(),
                    DashboardCharts.pct(f.jointInspections(), f.arrived()).toPlainString());
        }
    }
}
