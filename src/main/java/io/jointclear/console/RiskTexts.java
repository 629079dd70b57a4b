package io.jointclear.console;

import io.jointclear.risk.Selection;

/** A selection reason as the officer reads it: the bundle's sentence for its code, or the stored sentence for old reasons. */
final class RiskTexts {

    private RiskTexts() {
    }

    static String explanation(Selection.Reason reason, ConsoleZone zone) {
        if (reason.messageCode() == null) {
            return reason.explanation();
        }
        Object[] args = reason.args().stream()
                .map(a -> a.startsWith("#") ? (Object) new ConsoleZone.Text(a.substring(1)) : a).toArray();
        if (reason.messageCode().startsWith("risk.reason.RULE") && args.length > 1) {
            // the platform's own rules have words in both languages; an analyst's rule is shown as written
            args[0] = zone.textOr("risk.rule." + reason.rule() + ".v" + args[1], "risk.rule.asWritten", args[0]);
        }
        return zone.text(reason.messageCode(), args);
    }

    /**
     * A score contribution's value in the reader's language, from the message key and arguments the risk
     * engine gave it; a plain number, names (trusted-trader programmes) or a contribution stored before
     * keys existed is shown as stored.
     */
    static String value(Selection.Contribution contribution, ConsoleZone zone) {
        if (contribution.messageCode() == null) {
            return contribution.value() == null ? "" : contribution.value();
        }
        return zone.text(contribution.messageCode(), contribution.args().toArray());
    }
}
