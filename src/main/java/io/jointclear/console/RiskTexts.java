package io.jointclear.console;

import io.jointclear.risk.Selection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * A score contribution's value in the reader's language. The risk engine writes these few shapes
     * ("line 1", "3 hits in 12 inspections", "FAST card" …); anything else is a number or a key and
     * shown as is.
     */
    static String value(String value, ConsoleZone zone) {
        if (value == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> shape : VALUE_SHAPES.entrySet()) {
            Matcher m = shape.getKey().matcher(value);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return zone.text(shape.getValue(), args);
            }
        }
        return value;
    }

    private static final Map<Pattern, String> VALUE_SHAPES = shapes(List.of(
            "line (\\d+)", "risk.value.line",
            "line (\\d+) ratio ([\\d.]+)", "risk.value.lineRatio",
            "(\\d+) hits in (\\d+) inspections", "risk.value.history",
            "FAST card", "risk.value.fastCard",
            "hit probability ([\\d.]+) \\((.*), base rate ([\\d.]+)\\)", "risk.value.model",
            "(.*): hit rate ([\\d.]+)", "risk.value.hitRate",
            "(.*): (\\d+) labelled", "risk.value.labelled",
            "unknown", "risk.value.unknown"));

    private static Map<Pattern, String> shapes(List<String> pairs) {
        Map<Pattern, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            out.put(Pattern.compile(pairs.get(i)), pairs.get(i + 1));
        }
        return out;
    }
}
