package io.jointclear.declaration.validation;

import io.jointclear.reference.CodeLists;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/** The currency of the values is declared (never assumed) and is a current ISO 4217 code. */
final class CurrencyPolicy implements DeclarationPolicy {

    private final CodeLists codeLists;

    CurrencyPolicy(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        String currency = filing.document().currency();
        Violations v = new Violations();
        if (currency == null || currency.isBlank()) {
            v.add("currency", "REQUIRED", "the currency of the declared values is required (ISO 4217, e.g. USD or MXN)");
        } else if (!codeLists.isCurrency(currency)) {
            v.add("currency", "UNKNOWN_CURRENCY", "'" + currency + "' is not a current ISO 4217 currency code");
        }
        return v.list();
    }
}
