package io.jointclear.declaration.validation;

import java.util.regex.Pattern;

/**
 * A pedimento number in its stored form (Anexo 22, field 1): 2-digit year of validation, 2-digit
 * aduana, 4-digit patente, then a 7-digit sequence whose first digit is the last digit of the year.
 */
public record PedimentoNumber(String year, String aduana, String patente, char yearDigit, String progressive) {

    private static final Pattern STORED = Pattern.compile("\\d{15}");

    public static boolean isWellFormed(String number) {
        return number != null && STORED.matcher(number).matches();
    }

    public static PedimentoNumber parse(String number) {
        if (!isWellFormed(number)) {
            throw new IllegalArgumentException("a pedimento number has 15 digits, got '" + number + "'");
        }
        return new PedimentoNumber(number.substring(0, 2), number.substring(2, 4), number.substring(4, 8),
                number.charAt(8), number.substring(9));
    }
}
