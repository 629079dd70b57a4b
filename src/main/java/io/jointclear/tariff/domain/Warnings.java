package io.jointclear.tariff.domain;

import io.jointclear.tariff.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects warnings of one assessment, once per code and rule. */
public final class Warnings {

    private final Map<String, Assessment.Warning> byKey = new LinkedHashMap<>();

    public void add(String code, String message, String ruleId) {
        byKey.putIfAbsent(code + '|' + ruleId, new Assessment.Warning(code, message, ruleId));
    }

    /** Surfaces a measure whose value the sources do not confirm (brief tags M/L, conflicts, carried quotas). */
    public void used(Measure m) {
        if (io.jointclear.reference.ReferenceImports.DEMO_SOURCE.equals(m.source())) {
            add(io.jointclear.tariff.Assessment.DEMO_REFERENCE_DATA, m.ruleId() + " v" + m.version()
                    + " is demonstration data (source DEMO), not a published rate", m.ruleId());
            return;
        }
        if (m.unconfirmed()) {
            add("UNCONFIRMED_MEASURE", m.ruleId() + " v" + m.version() + " (" + m.confidence() + "): " + m.note(),
                    m.ruleId());
        }
    }

    public List<Assessment.Warning> list() {
        return new ArrayList<>(byKey.values());
    }
}
