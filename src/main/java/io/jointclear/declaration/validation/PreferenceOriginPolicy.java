package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/** A USMCA / T-MEC claim (MX USMCA, T-MEC; US SPI S, S+) needs an origin in Mexico, the US or Canada. */
final class PreferenceOriginPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        for (int i = 0; i < filing.lines().size(); i++) {
            Line line = filing.lines().get(i);
            if (line.preference() != null && Catalogues.USMCA_CLAIMS.contains(line.preference())
                    && line.origin() != null && !Catalogues.USMCA_PARTIES.contains(line.origin())) {
                v.add(Filing.line(i, "preference"), "PREFERENCE_ORIGIN_NOT_ELIGIBLE", "USMCA treatment ("
                        + line.preference() + ") needs goods originating in MX, US or CA, not " + line.origin());
            }
        }
        return v.list();
    }
}
