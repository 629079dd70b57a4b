package io.jointclear.courier.detection;

import java.math.BigDecimal;

/**
 * The range of customs value per kilogram seen for a reference key (from inspected consignments), USD/kg.
 *
 * @param key an HS subheading ({@code 392690}) or, for consignments without one, a description class
 *            ({@code D:CASE PHONE}, see {@link #descriptionClass})
 */
public record ValueReference(String key, BigDecimal minUsdPerKg, BigDecimal maxUsdPerKg, int observations) {

    /** Prefix of description-class keys. */
    public static final String DESCRIPTION_CLASS = "D:";
    /** Linking words that say nothing about the goods (the generic ones are {@code GoodsWords}'). */
    private static final java.util.Set<String> LINKING = java.util.Set.of("FOR", "WITH", "THE", "PARA", "CON", "LOS", "LAS",
            "DEL", "POR", "SIN", "WITHOUT");

    /**
     * The key a consignment is compared under: its HS6 (the intake accepts 6, 8 or 10 digits), else its description's
     * class; null when neither exists.
     */
    public static String keyOf(String hsCode, String description) {
        if (hsCode != null && hsCode.strip().length() >= 6) {
            return hsCode.strip().substring(0, 6);
        }
        return descriptionClass(description);
    }

    /**
     * A description's class: its significant words (not generic, not qualifiers, at least 3 letters, accents and
     * case ignored), distinct and sorted, at most three; null when none ("gift" has no class).
     */
    public static String descriptionClass(String description) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (String w : GoodsWords.words(description)) {
            if (w.length() >= 3 && !GoodsWords.isGeneric(w) && !LINKING.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return DESCRIPTION_CLASS + String.join(" ", words.stream().limit(3).toList());
    }
}
