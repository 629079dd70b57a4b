package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.shared.FieldViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A party's tax id in the format of its country: RFC for Mexican parties, EIN / CBP importer number
 * for US parties. Other countries' ids are free text.
 */
final class TaxIdPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        parties(filing.document()).forEach((field, party) -> {
            if (party == null || party.taxId() == null) {
                return;
            }
            if ("MX".equals(party.country()) && !TaxIds.isRfc(party.taxId())) {
                v.add(field + ".taxId", "MALFORMED_RFC", "An RFC is 3 (company) or 4 (individual) letters, a YYMMDD date"
                        + " and a 3-character homoclave, got '" + party.taxId() + "'");
            }
            if ("US".equals(party.country()) && !TaxIds.isUsTaxId(party.taxId())) {
                v.add(field + ".taxId", "MALFORMED_US_TAX_ID",
                        "A US tax id is an EIN NN-NNNNNNN or a CBP importer number NN-NNNNNNNXX, got '" + party.taxId() + "'");
            }
        });
        return v.list();
    }

    static Map<String, Party> parties(DeclarationDocument d) {
        Map<String, Party> parties = new LinkedHashMap<>();
        parties.put("importer", d.importer());
        parties.put("exporter", d.exporter());
        parties.put("buyer", d.buyer());
        parties.put("seller", d.seller());
        return parties;
    }
}
