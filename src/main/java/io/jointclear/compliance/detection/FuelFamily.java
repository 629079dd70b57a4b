package io.jointclear.compliance.detection;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The fuels that owe the IEPS quota per litre and hide under other fracciones (BRIEF §11.4, §11.6).
 * Typical densities are the midpoints of the brief's engineering ranges (gasoline 0.72–0.78,
 * diesel 0.82–0.85 kg/L at 15 °C), used only to turn kilograms into litres when no lab density is declared.
 */
public enum FuelFamily {
    GASOLINE(new BigDecimal("0.750"), Set.of("2710129903", "2710129904", "2710129905", "2710129906", "2710129991")),
    DIESEL(new BigDecimal("0.835"), Set.of("2710199903", "2710199904", "2710199991"));

    private final BigDecimal typicalDensity;
    private final Set<String> codes;

    FuelFamily(BigDecimal typicalDensity, Set<String> codes) {
        this.typicalDensity = typicalDensity;
        this.codes = codes;
    }

    public BigDecimal typicalDensity() {
        return typicalDensity;
    }

    /** Whether a fracción is a fuel line of any family (declared correctly, nothing hides). */
    public static boolean fuelCode(String code) {
        for (FuelFamily f : values()) {
            if (f.codes.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fracción proposed for goods of this family. Diesel by sulfur (≤ 15 ppm: 2710.19.99 NICO 03;
     * ≤ 500 ppm: NICO 04; above: NICO 91; unknown: NICO 03, the ultra-low-sulfur diesel sold in both
     * countries). Gasoline by octane: 92 to 95 → NICO 06, otherwise NICO 05 (87 to 92, regular).
     */
    public String proposedCode(BigDecimal sulfurPpm, Integer octane) {
        if (this == DIESEL) {
            if (sulfurPpm == null || sulfurPpm.compareTo(BigDecimal.valueOf(15)) <= 0) {
                return "2710199903";
            }
            return sulfurPpm.compareTo(BigDecimal.valueOf(500)) <= 0 ? "2710199904" : "2710199991";
        }
        return octane != null && octane >= 92 && octane < 95 ? "2710129906" : "2710129905";
    }

    /** The octane the IEPS quota is priced at: as described, else 87 (regular, the lower-octane quota). */
    public Integer pricingOctane(Integer described) {
        return this == GASOLINE ? (described == null ? 87 : described) : null;
    }

    public static FuelFamily ofCode(String code) {
        for (FuelFamily f : values()) {
            if (f.codes.contains(code)) {
                return f;
            }
        }
        return null;
    }
}
