package io.jointclear.immex.internal;

/** The alert thresholds of an open balance before its deadline: 60, 30 and 7 days, and overdue. */
final class Alerts {

    static final String OVERDUE = "OVERDUE";
    /** Farthest horizon an alert looks ahead, in days. */
    static final int HORIZON = 60;

    private Alerts() {
    }

    /** The alert of a balance with {@code daysLeft} to its deadline; null when none (or no deadline). */
    static String level(Long daysLeft) {
        if (daysLeft == null || daysLeft > HORIZON) {
            return null;
        }
        if (daysLeft < 0) {
            return OVERDUE;
        }
        return daysLeft <= 7 ? "DAYS_7" : daysLeft <= 30 ? "DAYS_30" : "DAYS_60";
    }
}
