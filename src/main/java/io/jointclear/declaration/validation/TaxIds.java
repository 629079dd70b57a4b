package io.jointclear.declaration.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats of the tax ids declared for parties. Mexican RFC: 3 letters (personas morales, 12
 * characters) or 4 letters (personas físicas, 13), a YYMMDD date of incorporation or birth and a
 * 3-character homoclave whose last character is a digit or "A". US: the IRS/EIN number {@code
 * NN-NNNNNNN}, or the CBP importer-of-record form with a 2-character suffix {@code NN-NNNNNNNSS}.
 * Only the format is checked: the homoclave check digit is not verified.
 */
public final class TaxIds {

    private static final Pattern RFC = Pattern.compile("([A-ZÑ&]{3,4})(\\d{2})(\\d{2})(\\d{2})([A-Z0-9]{2}[0-9A])");
    private static final Pattern EIN = Pattern.compile("\\d{2}-\\d{7}");
    private static final Pattern IMPORTER_NUMBER = Pattern.compile("\\d{2}-\\d{7}[0-9A-Z]{2}");

    private TaxIds() {
    }

    public static boolean isRfc(String taxId) {
        if (taxId == null) {
            return false;
        }
        Matcher m = RFC.matcher(taxId);
        if (!m.matches()) {
            return false;
        }
        try {
            // the year has no century; 2000 is a leap year, so 29 February is accepted for "00"
            LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static boolean isCompanyRfc(String taxId) {
        return isRfc(taxId) && taxId.length() == 12;
    }

    public static boolean isIndividualRfc(String taxId) {
        return isRfc(taxId) && taxId.length() == 13;
    }

    public static boolean isUsTaxId(String taxId) {
        return taxId != null && (EIN.matcher(taxId).matches() || IMPORTER_NUMBER.matcher(taxId).matches());
    }
}
