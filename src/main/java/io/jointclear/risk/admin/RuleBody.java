package io.jointclear.risk.admin;

import io.jointclear.risk.rules.RuleClause;
import java.time.Instant;
import java.util.List;

/**
 * A rule as an administrator writes it. {@code authority} MX, US or null (both); {@code lane} GREEN,
 * YELLOW, RED or null; {@code status} DRAFT (default) or ACTIVE; {@code reason} goes to the audit log.
 */
public record RuleBody(String ruleId, String authority, String description, List<RuleClause> when, Double weight,
                       String lane, Instant validFrom, Instant validTo, String status, String reason) {
}
