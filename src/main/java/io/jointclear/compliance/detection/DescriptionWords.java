package io.jointclear.compliance.detection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a goods description (Spanish and English): accent-free lower-case tokens, and the fuel words
 * that name the product itself — "diésel", "ULSD", "gasolina" — told apart from a fuel named as what
 * the product is for ("aditivo para diésel", "additive for gasoline engines").
 */
public final class DescriptionWords {

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9#]+");
    private static final Set<String> DIESEL = Set.of("diesel", "gasoleo", "gasoil", "ulsd", "ulsd2", "gasoleos",
            "dieseles", "destilado", "distillate", "d2");
    private static final Set<String> GASOLINE = Set.of("gasolina", "gasoline", "gasolinas", "magna", "rbob", "cbob",
            "unleaded", "octanaje", "octane", "octanos", "petrol", "alquilado", "alkylate", "reformado", "reformate",
            "blendstock", "mogas");
    /** Words that make a following fuel word a purpose ("for diesel engines"), not the product. */
    private static final Set<String> PURPOSE = Set.of("para", "for", "en", "in", "to");
    private static final Pattern OCTANE = Pattern.compile("\\b(8[5-9]|9[0-9]|1[01][0-9])\\s*(octanos?|octane|ron|aki|\\(r\\+m\\)/2)");
    private static final Set<String> STOP = Set.of("de", "del", "la", "el", "los", "las", "en", "con", "para", "por",
            "and", "the", "of", "for", "in", "with", "y", "a", "to");

    private DescriptionWords() {
    }

    /** Lower case without accents, one space between words. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : normalise(text).split(" ")) {
            if (t.length() >= 2 && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The fuel a description names as the product itself, or null. */
    public static FuelFamily namedFuel(String text) {
        String[] words = normalise(text).split(" ");
        for (int i = 0; i < words.length; i++) {
            FuelFamily f = DIESEL.contains(words[i]) ? FuelFamily.DIESEL : GASOLINE.contains(words[i]) ? FuelFamily.GASOLINE : null;
            if (f != null && !purpose(words, i)) {
                return f;
            }
        }
        return null;
    }

    /** The fuel the description names as what the product is for, or null. */
    public static FuelFamily purposeFuel(String text) {
        String[] words = normalise(text).split(" ");
        for (int i = 0; i < words.length; i++) {
            FuelFamily f = DIESEL.contains(words[i]) ? FuelFamily.DIESEL : GASOLINE.contains(words[i]) ? FuelFamily.GASOLINE : null;
            if (f != null && purpose(words, i)) {
                return f;
            }
        }
        return null;
    }

    /** The first fuel word as written, for the explanation. */
    public static String fuelWord(String text) {
        for (String w : normalise(text).split(" ")) {
            if (DIESEL.contains(w) || GASOLINE.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** An octane rating stated in the description ("93 octanos", "87 octane"), or null. */
    public static Integer octane(String text) {
        Matcher m = OCTANE.matcher(normalise(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "motores diesel", "para diesel", "for gasoline engines": within two words after a purpose word. */
    private static boolean purpose(String[] words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (PURPOSE.contains(words[k])) {
                return true;
            }
        }
        return i + 1 < words.length && (words[i + 1].startsWith("engine") || words[i + 1].startsWith("motor"));
    }
}
