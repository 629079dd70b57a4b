package io.jointclear.declaration.validation;

import io.jointclear.reference.CodeLists;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/** MX: aduana-sección of Apéndice 1; US: Schedule D port of entry. */
final class CustomsOfficePolicy implements DeclarationPolicy {

    private final CodeLists codeLists;

    CustomsOfficePolicy(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        String office = filing.document().customsOffice();
        Violations v = new Violations();
        if (office == null) {
            return v.list();
        }
        if (filing.isMexican() && !codeLists.isMexicanCustomsOffice(office)) {
            v.add("customsOffice", "UNKNOWN_CUSTOMS_OFFICE", "'" + office + "' is not an aduana-sección of Anexo 22 Apéndice 1");
        }
        if (filing.isUs() && !codeLists.isUsPort(office)) {
            v.add("customsOffice", "UNKNOWN_PORT", "'" + office + "' is not a US port of entry (Schedule D)");
        }
        return v.list();
    }
}
