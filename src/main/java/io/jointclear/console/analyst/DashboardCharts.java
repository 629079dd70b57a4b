package io.jointclear.console.analyst;

import io.jointclear.statistics.DashboardFigures;
import io.jointclear.statistics.StatisticsSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/** Builds the dashboard's charts from the statistics read model, with translated titles and labels. */
final class DashboardCharts {

    static final List<String> IDS = List.of("per-day", "lanes", "release-time", "rates", "revenue-mx-tax", "revenue-us-tax",
            "revenue-pair", "revenue-chapter");

    private final MessageSource messages;
    private final Locale locale;

    DashboardCharts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<ChartData> all(DashboardFigures f, List<DashboardFigures.DayCount> days) {
        return IDS.stream().map(id -> chart(id, f, days)).toList();
    }

    ChartData chart(String id, DashboardFigures f, List<DashboardFigures.DayCount> days) {
        return switch (id) {
            case "per-day" -> new ChartData(id, "line", t("chart.perDay"), days.stream().map(d -> d.day().toString()).toList(),
                    List.of(set(t("series.crossings"), days, DashboardFigures.DayCount::crossings, "y", Palette.BLUE),
                            set(t("series.releases"), days, DashboardFigures.DayCount::releases, "y", Palette.GREEN)),
                    false, false, false);
            case "lanes" -> lanes(f);
            case "release-time" -> new ChartData(id, "bar", t("chart.releaseTime"),
                    f.releaseMinutes().stream().map(b -> b.toMinutes() == null ? "≥ " + b.fromMinutes() + " min"
                            : b.fromMinutes() + "–" + b.toMinutes() + " min").toList(),
                    List.of(set(t("series.released"), f.releaseMinutes(), DashboardFigures.Bucket::crossings, "y", Palette.SKY)),
                    false, false, false);
            case "rates" -> rates(f.totals());
            case "revenue-mx-tax" -> taxes(id, "chart.revenueMx", "MX.", f, Palette.GREEN, "MXN");
            case "revenue-us-tax" -> taxes(id, "chart.revenueUs", "US.", f, Palette.BLUE, "USD");
            case "revenue-pair" -> {
                var pairs = f.revenueByPair().stream().limit(20).toList();
                yield new ChartData(id, "bar", t("chart.revenuePair"),
                        pairs.stream().map(p -> p.mxCustomsOffice() + "/" + p.usPort()).toList(),
                        List.of(set(t("series.mxn"), pairs, DashboardFigures.PairAmount::mxAmountMxn, "y", Palette.GREEN),
                                set(t("series.usd"), pairs, DashboardFigures.PairAmount::usAmountUsd, "y2", Palette.BLUE)),
                        false, true, false);
            }
            case "revenue-chapter" -> {
                var chapters = f.revenueByChapter().stream().limit(20).toList();
                yield new ChartData(id, "bar", t("chart.revenueChapter"),
                        chapters.stream().map(c -> t("label.chapter") + " " + c.chapter()).toList(),
                        List.of(set(t("series.mxn"), chapters, DashboardFigures.ChapterAmount::mxAmountMxn, "y", Palette.GREEN),
                                set(t("series.usd"), chapters, DashboardFigures.ChapterAmount::usAmountUsd, "y2", Palette.BLUE)),
                        false, true, false);
            }
            default -> throw new IllegalArgumentException("no chart " + id);
        };
    }

    private ChartData lanes(DashboardFigures f) {
        List<String> authorities = List.of("MX", "US");
        List<ChartData.Dataset> sets = new ArrayList<>();
        for (String lane : List.of("GREEN", "YELLOW", "RED")) {
            List<Number> data = authorities.stream().map(a -> (Number) f.lanes().stream()
                    .filter(l -> l.authority().equals(a) && l.lane().equals(lane)).mapToLong(DashboardFigures.LaneCount::crossings).sum())
                    .toList();
            sets.add(new ChartData.Dataset(t("lane." + lane), data, "y", Palette.lane(lane), null));
        }
        return new ChartData("lanes", "bar", t("chart.lanes"), authorities.stream().map(a -> t("authority." + a)).toList(), sets,
                true, false, false);
    }

    private ChartData rates(StatisticsSummary.Figures totals) {
        List<String> labels = List.of(t("rate.inspection"), t("rate.hit"), t("rate.hold"), t("rate.seizure"), t("rate.release"));
        List<Number> data = List.of(pct(totals.jointInspections(), totals.arrived()), pct(totals.holds() + totals.seizures(),
                totals.jointInspections()), pct(totals.holds(), totals.arrived()), pct(totals.seizures(), totals.arrived()),
                pct(totals.releases(), totals.arrived()));
        return new ChartData("rates", "bar", t("chart.rates"), labels,
                List.of(new ChartData.Dataset(t("series.percent"), data, "y", Palette.PURPLE, null)), true, false, true);
    }

    private ChartData taxes(String id, String title, String prefix, DashboardFigures f, String color, String currency) {
        var rows = f.revenueByTax().stream().filter(t -> t.key().startsWith(prefix)).toList();
        return new ChartData(id, "bar", t(title), rows.stream().map(r -> taxName(r.key().substring(prefix.length()))).toList(),
                List.of(set(currency, rows, DashboardFigures.TaxAmount::amount, "y", color)), true, false, false);
    }

    static BigDecimal pct(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    private static <T> ChartData.Dataset set(String label, List<T> rows, Function<T, Object> value, String axis, String color) {
        List<Number> data = rows.stream().map(r -> {
            Object v = value.apply(r);
            return v instanceof BigDecimal b ? (Number) b.setScale(2, RoundingMode.HALF_UP) : (Number) v;
        }).toList();
        return new ChartData.Dataset(label, data, axis, color, null);
    }

    /** A tax by its name in the reader's language (DUTY → Arancel); a code the bundles do not name stays as it is. */
    private String taxName(String code) {
        return messages.getMessage("taxcode." + code, null, code, locale);
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
