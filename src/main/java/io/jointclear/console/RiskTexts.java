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
        return zone.text(reason.messageCode(), args);
    }
}
