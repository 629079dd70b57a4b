package io.jointclear.courier.detection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists about descriptions: the ones that say nothing, and goods that usually carry RRNA (NOM, COFEPRIS). */
final class GoodsWords {

    /** Words that describe no goods, English and Spanish, singular and plural. */
    private static final Set<String> GENERIC = Set.of("GIFT", "GIFTS", "SAMPLE", "SAMPLES", "PART", "PARTS", "SPARE",
            "REGALO", "REGALOS", "OBSEQUIO", "OBSEQUIOS", "MUESTRA", "MUESTRAS", "REFACCION", "REFACCIONES", "PIEZAS", "PIEZA",
            "GOODS", "MERCHANDISE", "MERCANCIA", "MERCANCIAS", "ITEM", "ITEMS", "ARTICULO", "ARTICULOS", "ACCESSORIES",
            "ACCESORIOS", "STUFF", "VARIOUS", "VARIOS", "MISC", "MISCELLANEOUS", "PERSONAL", "EFFECTS", "EFECTOS", "PERSONALES",
            "PACKAGE", "PAQUETE", "PARCEL", "PRODUCT", "PRODUCTS", "PRODUCTO", "PRODUCTOS", "OTHER", "OTROS", "USED", "NEW",
            "FREE", "DE", "OF", "A", "AND", "Y");
    /** Words that make a description not generic on their own ("free", "new" only qualify). */
    private static final Set<String> QUALIFIERS = Set.of("FREE", "NEW", "USED", "DE", "OF", "A", "AND", "Y", "OTHER", "OTROS");

    /** Goods under COFEPRIS permits or NOMs that a courier parcel declares without (medicines, supplements…). */
    private static final Set<String> RRNA_WORDS = Set.of("MEDICINE", "MEDICINES", "MEDICAMENTO", "MEDICAMENTOS", "DRUG", "DRUGS",
            "PILLS", "TABLETS", "CAPSULES", "CAPSULAS", "PASTILLAS", "SUPPLEMENT", "SUPPLEMENTS", "SUPLEMENTO", "SUPLEMENTOS",
            "VITAMIN", "VITAMINS", "VITAMINAS", "PROTEIN", "PROTEINA", "COSMETIC", "COSMETICS", "COSMETICO", "COSMETICOS",
            "SEEDS", "SEMILLAS", "PESTICIDE", "PLAGUICIDA", "INSECTICIDE", "INSECTICIDA", "FERTILIZER", "FERTILIZANTE",
            "VAPE", "VAPEADOR", "ECIGARETTE", "SYRINGE", "SYRINGES", "JERINGAS", "STEROIDS", "ESTEROIDES", "AMMUNITION", "MUNICIONES");
    /** HS chapters and headings whose goods need COFEPRIS, SADER/SENASICA, SEDENA or SEMARNAT permits. */
    private static final Set<String> RRNA_CHAPTERS = Set.of("01", "02", "03", "06", "12", "30", "93");
    private static final Set<String> RRNA_HEADINGS = Set.of("2106", "3303", "3304", "3305", "3808", "8543");

    private GoodsWords() {
    }

    static String[] words(String text) {
        String s = text == null ? "" : text;
        if (!s.chars().allMatch(ch -> ch < 128)) { // accents off only where there are any (most descriptions are ASCII)
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        List<String> out = new ArrayList<>(4);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char ch = i < s.length() ? Character.toUpperCase(s.charAt(i)) : ' ';
            if (ch >= 'A' && ch <= 'Z') {
                w.append(ch);
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Whether a word (as {@link #words} gives it) is a generic word or a qualifier. */
    static boolean isGeneric(String word) {
        return GENERIC.contains(word);
    }

    /** True when every word is a generic one and at least one is not a mere qualifier. */
    static boolean generic(String description) {
        String[] w = words(description);
        return w.length > 0 && Arrays.stream(w).allMatch(GENERIC::contains) && Arrays.stream(w).anyMatch(x -> !QUALIFIERS.contains(x));
    }

    /** What points at RRNA goods: "HS <code>", the word found, or null. */
    static String rrnaHint(String description, String hsCode) {
        if (hsCode != null && hsCode.length() >= 4
                && (RRNA_CHAPTERS.contains(hsCode.substring(0, 2)) || RRNA_HEADINGS.contains(hsCode.substring(0, 4)))) {
            return "HS " + hsCode;
        }
        return Arrays.stream(words(description)).filter(RRNA_WORDS::contains).findFirst().map(String::toLowerCase).orElse(null);
    }
}
