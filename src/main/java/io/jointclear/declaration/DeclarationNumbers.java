package io.jointclear.declaration;

import io.jointclear.declaration.validation.EntryNumbers;
import io.jointclear.declaration.validation.PedimentoNumber;
import io.jointclear.shared.Authority;

/** Builds well-formed declaration numbers, e.g. for simulators and load generators. */
public final class DeclarationNumbers {

    private DeclarationNumbers() {
    }

    /**
     * A US entry number: 3-character filer code, 7-digit transaction number and the CATAIR
     * Appendix E check digit.
     */
    public static String usEntry(String filerCode, long transaction) {
        String firstTen = filerCode + String.format("%07d", transaction % 10_000_000L);
        return firstTen + EntryNumbers.checkDigit(firstTen);
    }

    /**
     * A pedimento number (Anexo 22 field 1): year of validation, 2-digit aduana, patente, last digit
     * of the year and a 6-digit progressive number.
     */
    public static String pedimento(int year, String aduana, String patente, long progressive) {
        return String.format("%02d%s%s%d%06d", year % 100, aduana, patente, year % 10, progressive % 1_000_000L);
    }

    /**
     * The licence a declaration number carries: the patente of a pedimento number (positions 5-8), the
     * filer code of an entry number (its first 3 characters); null when the number is not well formed.
     */
    public static String filerIn(Authority authority, String number) {
        if (authority == Authority.MX) {
            return PedimentoNumber.isWellFormed(number) ? PedimentoNumber.parse(number).patente() : null;
        }
        return authority == Authority.US && number != null && number.length() == 11 && EntryNumbers.isFilerCode(number.substring(0, 3))
                ? number.substring(0, 3) : null;
    }

    /**
     * A declaration number as people write it: a pedimento in its four groups, {@code 26 24 3456 6001234}
     * (year, aduana, patente, year digit and progressive number); a US entry as {@code 316-0004271-2}
     * (filer code, transaction number, check digit). Anything else is returned as it is.
     */
    public static String display(Authority authority, String number) {
        if (number == null) {
            return "";
        }
        if (authority == Authority.MX && number.length() == 15 && number.chars().allMatch(Character::isDigit)) {
            return number.substring(0, 2) + " " + number.substring(2, 4) + " " + number.substring(4, 8) + " " + number.substring(8);
        }
        if (authority == Authority.US && EntryNumbers.isWellFormed(number)) {
            return number.substring(0, 3) + "-" + number.substring(3, 10) + "-" + number.substring(10);
        }
        return number;
    }
}
