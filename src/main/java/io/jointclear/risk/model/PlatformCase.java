package io.jointclear.risk.model;

import io.jointclear.risk.SelectionRequest;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One authority's declaration of a crossing as the platform model sees it: what selectivity was given
 * at arrival, when, and (for training) the inspection outcome.
 *
 * @param hit the inspection found something; null while unlabelled (never inspected or not yet known)
 * @param propensity the probability with which the policy inspected it (null: unknown, weighs 1)
 * @param recovered  what the inspection's findings recovered (null: not known)
 */
public record PlatformCase(UUID crossingId, Authority authority, SelectionRequest.DeclarationFacts declaration,
                           List<String> crossCheckKinds, boolean fastDriver, Instant at, Boolean hit, Double propensity,
                           java.math.BigDecimal recovered) {

    public PlatformCase {
        crossCheckKinds = crossCheckKinds == null ? List.of() : List.copyOf(crossCheckKinds);
    }

    public PlatformCase(UUID crossingId, Authority authority, SelectionRequest.DeclarationFacts declaration,
                        List<String> crossCheckKinds, boolean fastDriver, Instant at, Boolean hit) {
        this(crossingId, authority, declaration, crossCheckKinds, fastDriver, at, hit, null, null);
    }

    /** The same case with another label (simulations and leakage tests). */
    public PlatformCase withHit(Boolean label) {
        return new PlatformCase(crossingId, authority, declaration, crossCheckKinds, fastDriver, at, label, propensity, recovered);
    }

    /** The same case as selected with another propensity. */
    public PlatformCase withPropensity(Double p) {
        return new PlatformCase(crossingId, authority, declaration, crossCheckKinds, fastDriver, at, hit, p, recovered);
    }

    /** Declared value in USD over all lines (0 when unknown): the platform's tax-at-stake stand-in. */
    public double valueUsd() {
        double v = 0;
        for (SelectionRequest.LineFacts l : declaration.lines()) {
            v += l.valueUsd() == null ? 0 : l.valueUsd().doubleValue();
        }
        return v;
    }

    /** A live case: the declaration of a request being selected now (label unknown). */
    public static PlatformCase of(SelectionRequest request, SelectionRequest.DeclarationFacts declaration, Instant at) {
        return new PlatformCase(request.crossingId(), declaration.authority(), declaration, request.crossCheckKinds(),
                request.fastDriver(), at, null);
    }

    /** The line carrying the most value: its HS code and origin stand for the declaration's commodity keys. */
    SelectionRequest.LineFacts mainLine() {
        SelectionRequest.LineFacts best = null;
        for (SelectionRequest.LineFacts l : declaration.lines()) {
            if (best == null || value(l) > value(best)) {
                best = l;
            }
        }
        return best;
    }

    private static double value(SelectionRequest.LineFacts l) {
        return l.valueUsd() == null ? -1 : l.valueUsd().doubleValue();
    }
}
