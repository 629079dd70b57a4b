package io.jointclear.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * Finds words of the other language in a page's visible text. A word "belongs" to English when it
 * occurs in the English bundle's texts but in none of the Spanish ones (and the other way round),
 * plus each language's most common function words; raw codes the console translates (GREEN,
 * RELEASE, UNDER_INSPECTION …) count as leaks in both. Proper names (the port pairs' names) and the
 * data a test filed itself are removed before the check; {@link #ALLOWED} lists the words that are
 * legitimately the same in both (legal terms, brands, units).
 */
final class LanguageLeaks {

    /** Words right in both languages' pages: legal terms (docs/glossary.md), acronyms written as words, units. */
    static final Set<String> ALLOWED = Set.of("pedimento", "pedimentos", "aduana", "patente", "clave", "fracción", "entry",
            "filer", "incoterm", "csv", "min", "fast", "scac", "nico", "tigie", "jointclear", "usmca", "t-mec", "immex",
            "cbp", "anam", "sat", "rfc", "itn", "eei", "usd", "mxn", "total", "auditor", "no", "hs", "sa", "igi", "ige",
            "iva", "dta", "mpf", "hmf", "cap", "kgm", "español", "english", "tractocamión", "razón", "social", "mid",
            "spi", "ace", "ad", "cvd", "un", "ece", "rec", "iso", "alfa", "htsus", "usppi", "cfdi", "chapter", "lane",
            "p50", "p90", "fix");

    private static final Set<String> COMMON_ENGLISH = Set.of("the", "and", "with", "is", "are", "not", "has", "have", "for",
            "was", "of", "this", "that", "from", "be", "can", "your", "when", "yet", "none", "each", "which");
    private static final Set<String> COMMON_SPANISH = Set.of("el", "la", "los", "las", "del", "por", "para", "con", "que",
            "una", "está", "sin", "su", "sus", "aún", "cada", "cuando", "es", "ya", "más");
    private static final Set<String> RAW_CODES = Set.of("GREEN", "RED", "YELLOW", "RELEASE", "HOLD", "REFER", "SEIZE",
            "FILED", "ARRIVED", "SELECTED", "UNDER_INSPECTION", "INSPECTED", "HELD", "RELEASED", "SEIZED", "NORTHBOUND", "SOUTHBOUND",
            "ASSESSED", "PENDING_REFERENCE_DATA", "SCHEDULED", "IN_PROGRESS", "COMPLETED");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*[\\p{L}]|[\\p{L}]");
    /**
     * A token of the page: identifiers (fast_driver, rule:NEW_PARTY, UUIDs, the selection policy's rules@10) stay whole
     * so they are recognised as codes.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-@]*(?::[\\p{L}\\p{N}_]+)*");
    private static final Pattern TAGS = Pattern.compile("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->|<[^>]+>");
    private static final Pattern SHOWN_ATTRIBUTES = Pattern.compile("(?:aria-label|title|placeholder|alt|data-chart)=\"([^\"]*)\"");
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Set<String> englishOnly;
    private final Set<String> spanishOnly;
    private final List<String> properNames;

    LanguageLeaks() {
        Set<String> en = words(Bundles.load("messages_en.properties"));
        Set<String> es = words(Bundles.load("messages_es.properties"));
        englishOnly = new TreeSet<>(en);
        englishOnly.removeAll(es);
        englishOnly.addAll(COMMON_ENGLISH);
        englishOnly.removeAll(ALLOWED);
        spanishOnly = new TreeSet<>(es);
        spanishOnly.removeAll(en);
        spanishOnly.addAll(COMMON_SPANISH);
        spanishOnly.removeAll(ALLOWED);
        properNames = new ArrayList<>(portNames());
        properNames.addAll(partyNames());
        properNames.sort((a, b) -> b.length() - a.length());
    }

    /**
     * The words of the other language in a page rendered in {@code language} (es or en).
     *
     * @param ownData texts the test filed itself (names, descriptions), removed before the check
     */
    List<String> in(String html, String language, Collection<String> ownData) {
        String text = visibleText(html);
        for (String s : ownData) {
            if (s != null && s.length() > 1) {
                text = text.replace(s, " ");
            }
        }
        for (String name : properNames) {
            text = text.replace(name, " ");
        }
        Set<String> foreign = "es".equals(language) ? englishOnly : spanishOnly;
        List<String> leaks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!RAW_CODES.contains(word) && word.matches(".*[\\p{N}_:].*")) {
                continue;   // a code, a number or an identifier, not a word of either language
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (RAW_CODES.contains(word) || foreign.contains(lower) && !word.equals(word.toUpperCase(Locale.ROOT))) {
                leaks.add(word + " in «" + around(text, m.start()) + "»");
            }
        }
        return leaks;
    }

    /** Text between tags, and the attributes a reader sees or hears (labels, titles, chart labels). */
    static String visibleText(String html) {
        StringBuilder out = new StringBuilder();
        Matcher attributes = SHOWN_ATTRIBUTES.matcher(html.replaceAll("(?s)<script.*?</script>", " "));
        while (attributes.find()) {
            String value = unescape(attributes.group(1));
            if (value.startsWith("{")) {
                Matcher strings = JSON_STRING.matcher(value);
                while (strings.find()) {
                    String s = strings.group(1);
                    if (!s.matches("[a-zA-Z]+|#[0-9a-fA-F]{6}|[a-z0-9-]+|y2?|x")) {
                        out.append(s).append(" | ");
                    }
                }
            } else {
                out.append(value).append(" | ");
            }
        }
        out.append(unescape(TAGS.matcher(html).replaceAll(" | ")));
        return out.toString();
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String around(String text, int at) {
        String s = text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
        return s.replaceAll("\\s*\\|\\s*", " | ").replaceAll("\\s+", " ").trim();
    }

    private static Set<String> words(Properties bundle) {
        Set<String> out = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key).replaceAll("\\{\\d+[^}]*}", " ");
            Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
            while (m.find()) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The names of the parties, carriers and drivers of the contract crossings other tests file ("Rio
     * Grande Produce LLC"): a page lists every crossing its reader may see, not only the test's own.
     */
    private static List<String> partyNames() {
        List<String> names = new ArrayList<>();
        for (String file : List.of("clearance/crossing-northbound-tomatoes.json", "clearance/crossing-southbound-steel.json")) {
            try {
                Matcher name = Pattern.compile("\"name\":\\s*\"([^\"]+)\"")
                        .matcher(new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8));
                while (name.find()) {
                    names.add(name.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** The port pairs' names ("Nuevo Laredo, Tamps.", "Laredo, TX"): proper names in both languages. */
    private static List<String> portNames() {
        try {
            String csv = new ClassPathResource("reference-data/port-pairs/mx_us_land_port_pairs.csv")
                    .getContentAsString(StandardCharsets.UTF_8);
            List<String> names = new ArrayList<>();
            Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(csv);
            while (quoted.find()) {
                names.add(quoted.group(1));
            }
            names.sort((a, b) -> b.length() - a.length());
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
