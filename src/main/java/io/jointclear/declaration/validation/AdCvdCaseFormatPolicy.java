package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** AD/CVD case numbers read A-ccc-nnn (antidumping) or C-ccc-nnn (countervailing), e.g. A-201-820. */
final class AdCvdCaseFormatPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        for (int i = 0; i < filing.lines().size(); i++) {
            List<String> cases = filing.lines().get(i).adCvdCases();
            for (int c = 0; c < cases.size(); c++) {
                String number = cases.get(c);
                if (number == null || !number.matches("[AC]-\\d{3}-\\d{3}")) {
                    v.add(Filing.line(i, "adCvdCases[" + c + "]"), "MALFORMED_AD_CVD_CASE",
                            "An AD/CVD case number reads A-ccc-nnn or C-ccc-nnn, got '" + number + "'");
                }
            }
        }
        return v.list();
    }
}
