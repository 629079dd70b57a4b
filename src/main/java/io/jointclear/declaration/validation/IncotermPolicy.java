package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** The incoterm is one of Incoterms 2020. */
final class IncotermPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        String incoterm = filing.document().incoterm();
        Violations v = new Violations();
        if (incoterm != null && !Catalogues.INCOTERMS.contains(incoterm)) {
            v.add("incoterm", "UNKNOWN_INCOTERM", "'" + incoterm + "' is not an Incoterms 2020 rule");
        }
        return v.list();
    }
}
