package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;

/** The US entry type is an ACE entry type code (01, 03, 11, 21, 61, 86 …). */
final class EntryTypePolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        String type = filing.document().type();
        Violations v = new Violations();
        if (filing.isUsEntry() && type != null && !Catalogues.US_ENTRY_TYPES.contains(type)) {
            v.add("type", "UNKNOWN_ENTRY_TYPE", "'" + type + "' is not an ACE entry type code");
        }
        return v.list();
    }
}
