package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * A US entry with a line subject to AD/CVD is filed as an AD/CVD entry type (03; 07, 34, 38 for the
 * quota / warehouse-withdrawal variants) — and an AD/CVD entry type needs at least one case (BRIEF §4.2,
 * §4.7). AD/CVD cases are a US notion: a pedimento carries cuotas compensatorias instead.
 */
final class AdCvdEntryTypePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        String type = filing.document().type();
        boolean anyCase = false;
        for (int i = 0; i < filing.lines().size(); i++) {
            if (filing.lines().get(i).adCvdCases().isEmpty()) {
                continue;
            }
            anyCase = true;
            if (filing.isMexican()) {
                v.add(Filing.line(i, "adCvdCases"), "AD_CVD_NOT_APPLICABLE",
                        "AD/CVD case numbers belong to US entries; a pedimento declares cuotas compensatorias");
            } else if (type != null && !Catalogues.US_AD_CVD_ENTRY_TYPES.contains(type)) {
                v.add("type", "AD_CVD_REQUIRES_ENTRY_TYPE_03", "Line " + (i + 1) + " claims AD/CVD case(s) "
                        + filing.lines().get(i).adCvdCases() + ": the entry must be type 03 (or 07, 34, 38), not " + type);
            }
        }
        if (filing.isUsEntry() && type != null && Catalogues.US_AD_CVD_ENTRY_TYPES.contains(type) && !anyCase) {
            v.add("type", "AD_CVD_ENTRY_WITHOUT_CASE", "Entry type " + type + " is for AD/CVD goods but no line declares a case");
        }
        return v.list();
    }
}
