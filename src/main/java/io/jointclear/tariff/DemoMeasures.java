package io.jointclear.tariff;

import java.time.LocalDate;
import java.util.List;

/**
 * Demonstration measures (demo profile only): a rule whose last version has ended (e.g. the US MPF
 * of a fiscal year whose successor is not loaded) is carried forward, unchanged in value, as a
 * version of source {@link io.jointclear.reference.ReferenceImports#DEMO_SOURCE}, through the audited
 * measure administration. Assessments using such a version carry the {@code DEMO_REFERENCE_DATA} warning.
 */
public interface DemoMeasures {

    /**
     * For each rule whose latest version ends before {@code date}, a DEMO version from the day after it
     * ends, open-ended, with the same values. Returns the rule ids carried forward.
     */
    List<String> carryForward(List<String> ruleIds, LocalDate date, String actor);
}
