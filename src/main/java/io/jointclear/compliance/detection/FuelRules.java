package io.jointclear.compliance.detection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The explicit detection rules over one declared line (BRIEF §11.4 physical checks, §12.3 R4 and R9).
 * Laboratory rules are conclusive; the others are indicators the learned model weighs. Thresholds are the
 * brief's engineering ranges [L], to be confirmed with the ANAM/PEMEX laboratory protocol.
 */
public final class FuelRules {

    public static final String FUEL_NAMED = "FUEL_NAMED";
    public static final String FUEL_DENSITY = "FUEL_DENSITY";
    public static final String LIGHT_OIL_DISTILLATION = "LIGHT_OIL_DISTILLATION";
    public static final String MIDDLE_DISTILLATE = "MIDDLE_DISTILLATE";
    public static final String BULK_TANK = "BULK_TANK";
    public static final String FUEL_UNIT_VALUE = "FUEL_UNIT_VALUE";
    public static final String NOT_SECTOR_13 = "NOT_SECTOR_13";
    public static final String ADDITIVE_VOLUME = "ADDITIVE_VOLUME";
    public static final String FUEL_ROUTE = "FUEL_ROUTE";

    /** Gasoline 0.72–0.78 and diesel 0.82–0.85 kg/L at 15 °C (BRIEF §11.4 [L]); base oils start at 0.85. */
    private static final BigDecimal GASOLINE_MIN = new BigDecimal("0.715");
    private static final BigDecimal GASOLINE_MAX = new BigDecimal("0.785");
    private static final BigDecimal DIESEL_MIN = new BigDecimal("0.815");
    private static final BigDecimal DIESEL_MAX = new BigDecimal("0.850");
    /** Subheading note 2710.12: 90 % distilled at 210 °C (ASTM D86) makes a light oil. */
    private static final BigDecimal LIGHT_OIL_T90 = BigDecimal.valueOf(210);
    /** Diesel distils 90 % by about 360 °C (ASTM D975 grade No. 2 upper limit 338 °C); base oils well above. */
    private static final BigDecimal DIESEL_T90 = BigDecimal.valueOf(360);
    private static final BigDecimal BULK_LITRES = BigDecimal.valueOf(15_000);
    private static final BigDecimal ADDITIVE_LITRES = BigDecimal.valueOf(10_000);
    /** Aduanas named by ANAM on the huachicol fiscal routes (BRIEF §11.4): Tampico, Altamira, Nuevo Laredo, Matamoros, Cd. Juárez. */
    private static final Set<String> FUEL_ROUTE_ADUANAS = Set.of("38", "81", "24", "17", "07");

    private FuelRules() {
    }

    /** Every rule that fires on the line; none for a fuel fracción or a line outside chapters 27, 29, 34, 38. */
    public static List<Evidence> evaluate(DeclaredLine line, FuelPriceReference prices) {
        List<Evidence> out = new ArrayList<>();
        if (!DeclaredLine.inScope(line.declaredCode()) || FuelFamily.fuelCode(line.declaredCode())) {
            return out;
        }
        named(line, out);
        density(line, out);
        distillation(line, out);
        bulk(line, out);
        unitValue(line, prices, out);
        sector13(line, out);
        additiveVolume(line, out);
        route(line, out);
        return out;
    }

    private static void named(DeclaredLine line, List<Evidence> out) {
        FuelFamily f = DescriptionWords.namedFuel(line.description());
        if (f != null) {
            out.add(new Evidence(FUEL_NAMED, f, false, List.of(DescriptionWords.fuelWord(line.description()), line.declaredCode())));
        }
    }

    private static void density(DeclaredLine line, List<Evidence> out) {
        BigDecimal d = line.densityKgL();
        if (d == null) {
            return;
        }
        if (between(d, DIESEL_MIN, DIESEL_MAX) && !lightDistillation(line)) {
            // composite solvents and aromatics can weigh as much as diesel: there the density only indicates
            boolean solvent = line.heading().equals("3814") || line.declaredCode().startsWith("29");
            out.add(new Evidence(FUEL_DENSITY, FuelFamily.DIESEL, !solvent, List.of(plain(d), "0.82–0.85", "diesel")));
        } else if (between(d, GASOLINE_MIN, GASOLINE_MAX) && !line.heading().equals("2901")) {
            // hexane and heptane (2901) are lighter than gasoline; the band is not theirs
            out.add(new Evidence(FUEL_DENSITY, FuelFamily.GASOLINE, true, List.of(plain(d), "0.72–0.78", "gasoline")));
        }
    }

    private static void distillation(DeclaredLine line, List<Evidence> out) {
        BigDecimal t90 = line.distill90C();
        if (t90 == null) {
            return;
        }
        boolean chapter27 = line.declaredCode().startsWith("27");
        boolean lightDensity = line.densityKgL() != null && line.densityKgL().compareTo(GASOLINE_MAX) <= 0
                && line.densityKgL().compareTo(GASOLINE_MIN) >= 0;
        if (t90.compareTo(LIGHT_OIL_T90) <= 0) {
            // a pure chemical of chapter 29 or a composite solvent also distils low: only with a gasoline density
            if ((chapter27 && !line.declaredCode().startsWith("271012")) || lightDensity) {
                out.add(new Evidence(LIGHT_OIL_DISTILLATION, FuelFamily.GASOLINE, true, List.of(plain(t90))));
            }
        } else if (t90.compareTo(DIESEL_T90) <= 0 && t90.compareTo(BigDecimal.valueOf(280)) >= 0) {
            out.add(new Evidence(MIDDLE_DISTILLATE, FuelFamily.DIESEL, false, List.of(plain(t90))));
        }
    }

    private static void bulk(DeclaredLine line, List<Evidence> out) {
        if (line.transport() != null && line.transport().bulk() && litres(line).compareTo(BULK_LITRES) >= 0) {
            out.add(new Evidence(BULK_TANK, null, false, List.of(line.transport().name(), plain(litres(line).setScale(0, java.math.RoundingMode.HALF_UP)))));
        }
    }

    private static void unitValue(DeclaredLine line, FuelPriceReference prices, List<Evidence> out) {
        FuelPriceReference.Comparison c = prices.compare(line);
        if (c != null && c.atFuelPrice()) {
            out.add(new Evidence(FUEL_UNIT_VALUE, c.family(), false, List.of(c.declared(), c.fuelMedian(),
                    c.family().name().toLowerCase(java.util.Locale.ROOT), c.headingMedian())));
        }
    }

    private static void sector13(DeclaredLine line, List<Evidence> out) {
        if (Boolean.FALSE.equals(line.importerSector13()) && line.transport() != null && line.transport().bulk()) {
            out.add(new Evidence(NOT_SECTOR_13, null, false, List.of()));
        }
    }

    private static void additiveVolume(DeclaredLine line, List<Evidence> out) {
        if (line.heading().equals("3811") && litres(line).compareTo(ADDITIVE_LITRES) >= 0) {
            out.add(new Evidence(ADDITIVE_VOLUME, null, false, List.of(plain(litres(line).setScale(0, java.math.RoundingMode.HALF_UP)))));
        }
    }

    private static void route(DeclaredLine line, List<Evidence> out) {
        String office = line.customsOffice();
        if (office != null && office.length() >= 2 && FUEL_ROUTE_ADUANAS.contains(office.substring(0, 2))
                && line.transport() != null && line.transport().bulk()) {
            out.add(new Evidence(FUEL_ROUTE, null, false, List.of(office)));
        }
    }

    private static boolean lightDistillation(DeclaredLine line) {
        return line.distill90C() != null && line.distill90C().compareTo(LIGHT_OIL_T90) <= 0;
    }

    static BigDecimal litres(DeclaredLine line) {
        return line.quantity() == null ? BigDecimal.ZERO : line.litres(FuelFamily.DIESEL);
    }

    private static boolean between(BigDecimal v, BigDecimal min, BigDecimal max) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
