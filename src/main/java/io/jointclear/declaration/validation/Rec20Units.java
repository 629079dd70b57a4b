package io.jointclear.declaration.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * The UN/ECE Recommendation 20 unit codes declarations use — every code the HTSUS and TIGIE units map
 * to, plus common multiples — with exact conversions within one dimension. Not the whole of Rec 20
 * (about 2,000 codes): a unit no tariff counts in cannot be converted to a tariff unit anyway.
 * Units that name a container or a property of the goods (box, bottle, litre of pure alcohol) have a
 * dimension of their own, so they only ever equal themselves.
 */
public final class Rec20Units {

    public static final String MASS = "MASS";

    private record Unit(String dimension, BigDecimal factor) {
    }

    private static Unit u(String dimension, String factor) {
        return new Unit(dimension, new BigDecimal(factor));
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("KGM", u(MASS, "1")), Map.entry("GRM", u(MASS, "0.001")), Map.entry("TNE", u(MASS, "1000")),
            Map.entry("CTM", u(MASS, "0.0002")),
            Map.entry("LTR", u("VOLUME", "1")), Map.entry("MLT", u("VOLUME", "0.001")),
            Map.entry("HLT", u("VOLUME", "100")), Map.entry("MTQ", u("VOLUME", "1000")),
            Map.entry("R9", u("VOLUME", "1000000")),
            // 1 US barrel = 42 US gallons = 158.987294928 litres (exact)
            Map.entry("BLL", u("VOLUME", "158.987294928")),
            Map.entry("MTR", u("LENGTH", "1")), Map.entry("LM", u("LENGTH", "1")), Map.entry("KTM", u("LENGTH", "1000")),
            Map.entry("MTK", u("AREA", "1")), Map.entry("CMK", u("AREA", "0.0001")),
            Map.entry("C62", u("COUNT", "1")), Map.entry("H87", u("COUNT", "1")), Map.entry("DZN", u("COUNT", "12")),
            Map.entry("DPC", u("COUNT", "12")), Map.entry("GRO", u("COUNT", "144")), Map.entry("CEN", u("COUNT", "100")),
            Map.entry("MIL", u("COUNT", "1000")),
            Map.entry("NPR", u("PAIRS", "1")), Map.entry("DPR", u("PAIRS", "12")), Map.entry("TP", u("PAIRS", "10")),
            Map.entry("KWH", u("ENERGY", "1")), Map.entry("MWH", u("ENERGY", "1000")),
            Map.entry("WTT", u("POWER", "0.001")), Map.entry("KWT", u("POWER", "1")),
            Map.entry("HEA", u("HEAD", "1")), Map.entry("SET", u("SET", "1")), Map.entry("PK", u("PACK", "1")),
            Map.entry("BX", u("BOX", "1")), Map.entry("BO", u("BOTTLE", "1")), Map.entry("LPA", u("PURE_ALCOHOL", "1")),
            Map.entry("GBQ", u("ACTIVITY", "1")), Map.entry("E48", u("SERVICE", "1")));

    private Rec20Units() {
    }

    public static boolean isKnown(String code) {
        return code != null && UNITS.containsKey(code);
    }

    public static boolean isMass(String code) {
        Unit unit = code == null ? null : UNITS.get(code);
        return unit != null && unit.dimension().equals(MASS);
    }

    /** Whether a quantity in {@code from} can be expressed exactly in {@code to}. */
    public static boolean convertible(String from, String to) {
        Unit a = from == null ? null : UNITS.get(from);
        Unit b = to == null ? null : UNITS.get(to);
        return from != null && from.equals(to) || a != null && b != null && a.dimension().equals(b.dimension());
    }

    /** The quantity in {@code to}, empty when the units are of different dimensions or unknown. */
    public static Optional<BigDecimal> convert(BigDecimal quantity, String from, String to) {
        if (quantity == null || !convertible(from, to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(quantity);
        }
        return Optional.of(quantity.multiply(UNITS.get(from).factor()).divide(UNITS.get(to).factor(), MathContext.DECIMAL64));
    }
}
