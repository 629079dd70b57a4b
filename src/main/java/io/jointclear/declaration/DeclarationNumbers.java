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
}
