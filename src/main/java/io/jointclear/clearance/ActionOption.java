package io.jointclear.clearance;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * Whether one action on a crossing is open to the caller now, and if not, the refusal the action
 * itself would answer: the same code, reason and legal basis, from the same rule.
 *
 * @param code       null when allowed, else the problem code the action would be refused with
 * @param reason     for people (English; the console translates by {@code code}), null when allowed
 * @param legalBasis the rule behind a refusal, when it is one of law
 * @param missing    what is missing (e.g. reference data of a pending assessment), one entry per item
 */
public record ActionOption(boolean allowed, String code, String reason, String legalBasis, List<FieldViolation> missing) {

    public ActionOption {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public static ActionOption open() {
        return new ActionOption(true, null, null, null, List.of());
    }

    public static ActionOption refused(String code, String reason) {
        return new ActionOption(false, code, reason, null, List.of());
    }
}
