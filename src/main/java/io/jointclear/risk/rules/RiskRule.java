package io.jointclear.risk.rules;

import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.List;

/**
 * A targeting rule as versioned data. Its effect is a weight added to the risk score, a forced lane,
 * or both. It applies to one authority (or both when {@code authority} is null) within its validity
 * period [validFrom, validTo).
 *
 * @param ruleId  stable id shared by every version, UPPER_SNAKE_CASE, shown to the officer
 * @param status  ACTIVE rules select; DRAFT rules can only be replayed; RETIRED rules are history
 */
public record RiskRule(String ruleId, int version, Authority authority, String description, List<RuleClause> when,
                       Double weight, Lane lane, Instant validFrom, Instant validTo, String author, Status status) {

    public enum Status { DRAFT, ACTIVE, RETIRED }

    public RiskRule {
        when = when == null ? List.of() : List.copyOf(when);
    }

    public boolean appliesTo(Authority of, Instant at) {
        return (authority == null || authority == of) && inForce(at);
    }

    public boolean inForce(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validTo == null || at.isBefore(validTo));
    }

    public RiskRule withStatus(Status next) {
        return new RiskRule(ruleId, version, authority, description, when, weight, lane, validFrom, validTo, author, next);
    }

    public RiskRule withVersion(int next, String by) {
        return new RiskRule(ruleId, next, authority, description, when, weight, lane, validFrom, validTo, by, status);
    }

    /** The readable form: {@code IF hs PREFIX [27] AND origin IN [CN] THEN RED weight 2.0}. */
    public String text() {
        StringBuilder b = new StringBuilder("IF ");
        b.append(when.isEmpty() ? "TRUE" : String.join(" AND ", when.stream().map(RuleClause::toString).toList()));
        b.append(" THEN");
        if (lane != null) {
            b.append(' ').append(lane);
        }
        if (weight != null) {
            b.append(" weight ").append(weight);
        }
        return b.toString();
    }
}
