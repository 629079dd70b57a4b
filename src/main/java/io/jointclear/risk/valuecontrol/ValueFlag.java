package io.jointclear.risk.valuecontrol;

import java.math.BigDecimal;

/**
 * A line whose declared unit value is far from its reference.
 *
 * @param kind UNDER (possible undervaluation, duties evaded) or OVER (possible overvaluation, e.g. money laundering or drawback)
 * @param z    robust z-score of the log unit value (NaN when the reference has no spread: ratio rule applied)
 */
public record ValueFlag(Kind kind, BigDecimal declaredUnitValue, UnitValueReference reference, double z, double ratio) {

    public enum Kind { UNDER, OVER }

    /** The explanation's values for the console's bundle sentence: declared unit value, ratio, median, quartiles, samples, key. */
    public java.util.List<String> explanationArgs() {
        return java.util.List.of(declaredUnitValue.toPlainString(), String.format(java.util.Locale.ROOT, "%.2f", ratio),
                reference.median().toPlainString(), reference.lowerQuartile().toPlainString(),
                reference.upperQuartile().toPlainString(), String.valueOf(reference.samples()), String.valueOf(reference.key()));
    }

    public String explanation() {
        return (kind == Kind.UNDER ? "Undervalued? " : "Overvalued? ") + "declared USD " + declaredUnitValue.toPlainString()
                + " per unit, " + String.format(java.util.Locale.ROOT, "%.2f", ratio) + "× the reference: " + reference.describe();
    }
}
