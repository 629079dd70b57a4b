package io.jointclear.tariff.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Converts a declared quantity to the unit a rate is charged on (UN/ECE Recommendation 20 codes).
 * Only exact, physical conversions: litres ↔ barrels, kg ↔ tonnes, pieces ↔ dozens. A conversion that
 * needs a property of the goods (density, alcohol strength, clean yield) is refused, never guessed —
 * except mass taken from the declared net weight.
 */
public final class Units {

    /** 1 US barrel = 42 US gallons = 158.987294928 litres (exact). */
    public static final BigDecimal LITRES_PER_BARREL = new BigDecimal("158.987294928");

    private record Dim(String dimension, BigDecimal toBase) {
    }

    private static final Map<String, Dim> UNITS = Map.ofEntries(
            Map.entry("LTR", new Dim("VOLUME", BigDecimal.ONE)),
            Map.entry("MLT", new Dim("VOLUME", new BigDecimal("0.001"))),
            Map.entry("HLT", new Dim("VOLUME", new BigDecimal("100"))),
            Map.entry("MTQ", new Dim("VOLUME", new BigDecimal("1000"))),
            Map.entry("BLL", new Dim("VOLUME", LITRES_PER_BARREL)),
            Map.entry("KGM", new Dim("MASS", BigDecimal.ONE)),
            Map.entry("GRM", new Dim("MASS", new BigDecimal("0.001"))),
            Map.entry("TNE", new Dim("MASS", new BigDecimal("1000"))),
            Map.entry("C62", new Dim("COUNT", BigDecimal.ONE)),
            Map.entry("H87", new Dim("COUNT", BigDecimal.ONE)),
            Map.entry("DZN", new Dim("COUNT", new BigDecimal("12"))),
            Map.entry("GRO", new Dim("COUNT", new BigDecimal("144"))),
            Map.entry("NPR", new Dim("PAIRS", BigDecimal.ONE)),
            Map.entry("DPR", new Dim("PAIRS", new BigDecimal("12"))),
            Map.entry("MTK", new Dim("AREA", BigDecimal.ONE)),
            Map.entry("MTR", new Dim("LENGTH", BigDecimal.ONE)));

    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private Units() {
    }

    /**
     * @return the quantity in {@code target}, or null when it cannot be converted
     */
    public static BigDecimal convert(BigDecimal quantity, String unit, BigDecimal netWeightKg, String target) {
        if (unit != null && unit.equals(target) && quantity != null) {
            return quantity;
        }
        Dim to = UNITS.get(target);
        if (to == null) {
            return null;
        }
        Dim from = unit == null ? null : UNITS.get(unit);
        if (quantity != null && from != null && from.dimension().equals(to.dimension())) {
            return scale(quantity.multiply(from.toBase()).divide(to.toBase(), PRECISION));
        }
        if (to.dimension().equals("MASS") && netWeightKg != null) {
            return scale(netWeightKg.divide(to.toBase(), PRECISION));
        }
        return null;
    }

    private static BigDecimal scale(BigDecimal q) {
        BigDecimal s = q.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
