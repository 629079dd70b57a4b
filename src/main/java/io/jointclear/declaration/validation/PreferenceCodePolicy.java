package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;
import java.util.Set;

/** MX preference claims are USMCA / T-MEC; US preferences are HTSUS special program indicators. */
final class PreferenceCodePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        Set<String> known = filing.isMexican() ? Catalogues.MX_PREFERENCES : Catalogues.US_SPI;
        for (int i = 0; i < filing.lines().size(); i++) {
            String preference = filing.lines().get(i).preference();
            if (preference != null && filing.document().authority() != null && !known.contains(preference)) {
                v.add(Filing.line(i, "preference"), "UNKNOWN_PREFERENCE", filing.isMexican()
                        ? "A Mexican preference claim is USMCA or T-MEC, got '" + preference + "'"
                        : "'" + preference + "' is not an HTSUS special program indicator");
            }
        }
        return v.list();
    }
}
