package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * Header fields each authority needs. Both: authority, type, customs office, date, currency. MX also
 * operation, régimen and incoterm; IMP needs the importer, EXP the exporter. US needs the importer
 * of record. {@code number} and {@code filer} stay optional here because a declaration is also
 * checked before it has a number (assessment); registration requires the number.
 */
final class RequiredHeaderPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.STRUCTURAL;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        if (d.authority() == null) {
            return v.add("authority", "REQUIRED_FIELD", "The authority (MX or US) is required").list();
        }
        required(v, "type", d.type(), filing.isMexican() ? "the clave de pedimento" : filing.isUsExport() ? "the filing type (EEI)" : "the entry type");
        required(v, "customsOffice", d.customsOffice(), filing.isMexican() ? "the aduana-sección" : "the port of entry");
        required(v, "date", d.date(), "the governing date");
        required(v, "currency", d.currency(), "the currency of the values");
        if (filing.isMexican()) {
            required(v, "operation", d.operation(), "the tipo de operación");
            required(v, "regime", d.regime(), "the régimen");
            required(v, "incoterm", d.incoterm(), "the incoterm (término de facturación)");
            if ("IMP".equals(d.operation())) {
                party(v, "importer", d.importer(), "an import");
            }
            if ("EXP".equals(d.operation())) {
                party(v, "exporter", d.exporter(), "an export");
            }
        } else if (filing.isUsExport()) {
            party(v, "exporter", d.exporter(), "a US export (the USPPI)");
        } else {
            party(v, "importer", d.importer(), "a US entry (importer of record)");
        }
        return v.list();
    }

    private static void required(Violations v, String field, Object value, String what) {
        if (value == null || value instanceof String s && s.isBlank()) {
            v.add(field, "REQUIRED_FIELD", "The declaration needs " + what);
        }
    }

    private static void party(Violations v, String field, DeclarationDocument.Party party, String what) {
        if (party == null) {
            v.add(field, "REQUIRED_FIELD", "The " + field + " is required for " + what);
            return;
        }
        required(v, field + ".taxId", party.taxId(), "the " + field + "'s tax id");
        required(v, field + ".name", party.name(), "the " + field + "'s name");
        required(v, field + ".country", party.country(), "the " + field + "'s country");
    }
}
