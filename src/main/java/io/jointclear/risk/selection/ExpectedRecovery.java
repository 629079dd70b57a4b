package io.jointclear.risk.selection;

import io.jointclear.risk.Selection.Contribution;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The revenue term of the live score. The model contributes the log-odds of a hit; adding
 * {@code weight · ln((1 + value) / (1 + median value))} makes the score rank by (a tempered) expected recovery,
 * hit probability × stake, so the calibrated RED capacity goes to the declarations where a finding would
 * recover most; the random and exploration shares are taken before the score is looked at and stay as they
 * are. The declared USD value stands for the stake (selectivity facts carry no duty rates); a weight below 1
 * keeps probability first, as the precision guard of {@code RevenueRanking} does offline (docs/risk.md §3.2).
 */
final class ExpectedRecovery {

    private ExpectedRecovery() {
    }

    static Optional<Contribution> contribution(double valueUsd, double stakeMedian, double weight) {
        if (weight <= 0 || stakeMedian <= 0 || valueUsd <= 0) {
            return Optional.empty();
        }
        double term = weight * Math.log((1 + valueUsd) / (1 + stakeMedian));
        String value = String.format(Locale.ROOT, "%.0f", valueUsd);
        String median = String.format(Locale.ROOT, "%.0f", stakeMedian);
        return Optional.of(new Contribution("expected_recovery", "declared USD " + value + " against the median USD " + median,
                term, "risk.value.expectedRecovery", List.of(value, median)));
    }
}
