package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * The pedimento number (BRIEF §3.1) is 15 digits and agrees with the rest of the header: year of
 * validation = year of {@code date}, aduana = first two digits of {@code customsOffice}, patente =
 * {@code filer}, and the sequence starts with the last digit of the year — or of the previous year
 * for a consolidated pedimento (identifier PC) opened then.
 */
final class PedimentoNumberPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        if (!filing.isMexican() || d.number() == null) {
            return v.list();
        }
        if (!PedimentoNumber.isWellFormed(d.number())) {
            return v.add("number", "MALFORMED_PEDIMENTO_NUMBER",
                    "A pedimento number is 15 digits (year, aduana, patente, 7-digit sequence), got '" + d.number() + "'").list();
        }
        PedimentoNumber n = PedimentoNumber.parse(d.number());
        if (d.date() != null) {
            int year = d.date().getYear();
            String yy = String.format("%02d", year % 100);
            if (!n.year().equals(yy)) {
                v.add("number", "PEDIMENTO_YEAR_MISMATCH",
                        "Positions 1-2 give year " + n.year() + " but the declaration date is in " + year);
            }
            boolean consolidated = d.identifiers().stream().anyMatch(i -> "PC".equals(i.code()));
            char digit = (char) ('0' + year % 10);
            char previous = (char) ('0' + (year + 9) % 10);
            if (n.yearDigit() != digit && !(consolidated && n.yearDigit() == previous)) {
                v.add("number", "PEDIMENTO_SEQUENCE_YEAR_DIGIT",
                        "Position 9 must be the last digit of the year (" + digit + "), got " + n.yearDigit());
            }
        }
        if (d.customsOffice() != null && d.customsOffice().length() == 3 && !d.customsOffice().startsWith(n.aduana())) {
            v.add("number", "PEDIMENTO_ADUANA_MISMATCH",
                    "Positions 3-4 give aduana " + n.aduana() + " but the customs office is " + d.customsOffice());
        }
        if (d.filer() != null && !n.patente().equals(d.filer())) {
            v.add("number", "PEDIMENTO_PATENTE_MISMATCH",
                    "Positions 5-8 give patente " + n.patente() + " but the filer is " + d.filer());
        }
        return v.list();
    }
}
