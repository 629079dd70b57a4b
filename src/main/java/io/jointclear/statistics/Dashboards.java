package io.jointclear.statistics;

import java.time.LocalDate;

/** Read-model queries behind the analyst dashboard: all over {@code statistics.crossing_fact}, days in UTC. */
public interface Dashboards {

    /** Everything the dashboard shows for the crossings filed from {@code from} to {@code to} (inclusive). */
    DashboardFigures figures(LocalDate from, LocalDate to);

    /** Joint operations filed per day from {@code from} to {@code to}, every day present (zero when none). */
    java.util.List<DashboardFigures.DayCount> perDay(LocalDate from, LocalDate to);
}
