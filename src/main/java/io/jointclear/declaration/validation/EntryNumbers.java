package io.jointclear.declaration.validation;

import java.util.regex.Pattern;

/**
 * US entry numbers, CBP CATAIR Appendix E "Valid Entry Numbers": 3-character filer code, 7-digit
 * transaction number, 1 check digit. The check digit is the modulus-10 (Luhn) self-check digit of
 * the first 10 characters, with letters of the filer code first given their keypunch values
 * (A–I = 1–9, J–R = 1–9, S–Z = 2–9). The contract example 316-0004271-2 checks out this way.
 */
public final class EntryNumbers {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{3}\\d{8}");
    private static final Pattern FILER = Pattern.compile("[A-Z0-9]{3}");

    private EntryNumbers() {
    }

    /** 11 characters: filer code of letters/digits, then 8 digits. */
    public static boolean isWellFormed(String number) {
        return number != null && SHAPE.matcher(number).matches();
    }

    public static boolean isFilerCode(String filer) {
        return filer != null && FILER.matcher(filer).matches();
    }

    /** The check digit of the first 10 characters (filer code + transaction number). */
    public static int checkDigit(String firstTen) {
        if (firstTen == null || firstTen.length() != 10 || !SHAPE.matcher(firstTen + "0").matches()) {
            throw new IllegalArgumentException("need a 3-character filer code and 7 digits, got '" + firstTen + "'");
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int value = numericValue(firstTen.charAt(i));
            // the units position (rightmost) and every alternate position are doubled
            if ((9 - i) % 2 == 0) {
                value *= 2;
            }
            sum += value / 10 + value % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the 11th character is the check digit of the first 10. */
    public static boolean hasValidCheckDigit(String number) {
        return isWellFormed(number) && checkDigit(number.substring(0, 10)) == number.charAt(10) - '0';
    }

    static int numericValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'I') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'R') {
            return c - 'J' + 1;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        throw new IllegalArgumentException("not a filer-code character: " + c);
    }
}
