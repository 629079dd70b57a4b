package io.jointclear.reference.htsus;

/**
 * A rate cell of the file (or one group of a special cell) that is not a computable rate.
 *
 * @param htsNumber the printed line's number without dots (8 or 10 digits)
 * @param column    "General", "Special" or "Column 2"
 * @param text      the text not understood
 * @param reason    why
 */
public record UnparsedRate(String htsNumber, String column, String text, String reason) {

    @Override
    public String toString() {
        return htsNumber + " " + column + ": \"" + text + "\" (" + reason + ")";
    }
}
