package io.jointclear.tariff.domain;

import io.jointclear.tariff.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects warnings of one assessment, once per code and rule. */
public final class Warnings {

    private final Map<String, Assessment.Warning> byKey = new LinkedHashMap<>();

    /**
     * A warning given as its English text. Where the code has a text in the bundles and the message is
     * that text, its arguments are read back from it, so the answer can still be worded in Spanish.
     */
    public void add(String code, String message, String ruleId) {
        String key = code + '|' + ruleId;
        if (!byKey.containsKey(key)) {
            byKey.put(key, new Assessment.Warning(code, message, ruleId, BundleText.argumentsOf(key(code), message)));
        }
    }

    /** A warning worded by the bundles ({@code tariff.warning.<code>}) with its arguments. */
    public void coded(String code, String ruleId, Object... args) {
        String key = code + '|' + ruleId;
        if (byKey.containsKey(key)) {
            return; // worded once per code and rule
        }
        byKey.put(key, new Assessment.Warning(code, BundleText.english(key(code), args), ruleId,
                java.util.Arrays.stream(args).map(String::valueOf).toList()));
    }

    /** The bundle key of a warning code's text. */
    public static String key(String code) {
        return "tariff.warning." + code;
    }

    /** Surfaces a measure whose value the sources do not confirm (brief tags M/L, conflicts, carried quotas). */
    public void used(Measure m) {
        if (io.jointclear.reference.ReferenceImports.DEMO_SOURCE.equals(m.source())) {
            coded(io.jointclear.tariff.Assessment.DEMO_REFERENCE_DATA, m.ruleId(), m.ruleId(), m.version());
            return;
        }
        if (m.unconfirmed()) {
            coded("UNCONFIRMED_MEASURE", m.ruleId(), m.ruleId(), m.version(), m.confidence(), m.note());
        }
    }

    public List<Assessment.Warning> list() {
        return new ArrayList<>(byKey.values());
    }
}
