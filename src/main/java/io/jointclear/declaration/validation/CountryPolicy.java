package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/** Countries of origin and destination and of every party are ISO 3166-1 alpha-2 codes. */
final class CountryPolicy implements DeclarationPolicy {

    private final CodeLists codeLists;

    CountryPolicy(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public Layer layer() {
        return Layer.CATALOGUE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        TaxIdPolicy.parties(filing.document()).forEach((field, party) -> {
            if (party != null) {
                country(v, field + ".country", party.country());
            }
        });
        for (int i = 0; i < filing.lines().size(); i++) {
            Line line = filing.lines().get(i);
            country(v, Filing.line(i, "origin"), line.origin());
            country(v, Filing.line(i, "destination"), line.destination());
        }
        return v.list();
    }

    private void country(Violations v, String field, String code) {
        if (code != null && !codeLists.isCountry(code)) {
            v.add(field, "UNKNOWN_COUNTRY", "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }
}
