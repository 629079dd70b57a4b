package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** US entered values are stated in US dollars (CBP 7501 column 32). */
final class UsCurrencyPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        String currency = filing.document().currency();
        Violations v = new Violations();
        if (filing.isUs() && currency != null && !"USD".equals(currency)) {
            v.add("currency", "US_VALUE_NOT_IN_USD", "A US entry states entered values in USD, not " + currency);
        }
        return v.list();
    }
}
