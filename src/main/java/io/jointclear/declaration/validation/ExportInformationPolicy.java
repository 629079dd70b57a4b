package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A US export is Electronic Export Information filed in AES (15 CFR part 30): its number is the
 * Internal Transaction Number AES returns ("X" and 14 digits) and its type is {@code EEI}. The only
 * US operations are entries (no operation) and exports ({@code EXP}).
 */
final class ExportInformationPolicy implements DeclarationPolicy {

    private static final Pattern ITN = Pattern.compile("X\\d{14}");

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        Violations v = new Violations();
        String operation = filing.document().operation();
        if (filing.isUs() && operation != null && !operation.equals("EXP") && !operation.equals("IMP")) {
            v.add("operation", "UNKNOWN_OPERATION", "A US declaration is an entry (IMP or no operation) or an export (EXP), not '" + operation + "'");
        }
        if (!filing.isUsExport()) {
            return v.list();
        }
        String number = filing.document().number();
        if (number != null && !ITN.matcher(number).matches()) {
            v.add("number", "MALFORMED_ITN", "A US export is identified by its AES Internal Transaction Number: X and 14 digits, got '" + number + "'");
        }
        String type = filing.document().type();
        if (type != null && !type.equals("EEI")) {
            v.add("type", "UNKNOWN_EXPORT_TYPE", "A US export filing has type EEI, got '" + type + "'");
        }
        return v.list();
    }
}
