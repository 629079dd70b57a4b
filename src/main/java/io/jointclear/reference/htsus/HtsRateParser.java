package io.jointclear.reference.htsus;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.RateComponent;
import io.jointclear.reference.RateComponent.AdValorem;
import io.jointclear.reference.RateComponent.Specific;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HTSUS rate texts ("General", "Special" and "Column 2" columns) into {@link DutyRate}s.
 *
 * <ul>
 *   <li>Ad valorem: {@code 6.8%}, {@code 33 1/3%} (kept to 10 decimals, the only non-terminating
 *       rate), {@code 25 percent of the fair retail value}; a qualifier such as {@code on the case}
 *       becomes the component's basis.</li>
 *   <li>Specific: {@code 3.9¢/kg}, {@code $1.035/kg}, {@code 51¢ each}, per {@code doz.}, {@code pr.},
 *       {@code liter}, {@code pf. liter}, {@code bbl}, {@code m2}, {@code gross}, {@code t},
 *       {@code 1000} … Cents become dollars exactly (3.9¢ → 0.039 USD); the unit becomes its
 *       Rec 20 code ({@link HtsUnits}); a qualifier ({@code on drained weight}, {@code of total
 *       sugars}, {@code , including weight of container}) becomes the basis. {@code /clean kg} is
 *       KGM with basis "clean", {@code /line/gross} GRO with basis "per line", {@code /jewel} C62
 *       with basis "jewel", {@code /1,000 pins} MIL with basis "pins".</li>
 *   <li>Compound: terms joined by {@code +}.</li>
 *   <li>"Free", also with a condition ({@code Free, under bond …}); the condition stays in the text.</li>
 *   <li>Chapter 99 (and chapter 98) texts that state a duty relative to the applicable subheading are
 *       {@link RateParse.Additional}: {@code The duty provided in the applicable subheading + 25%} is an
 *       additional AdValorem(25); {@code … + a duty of 50% upon the value of the steel content} is
 *       AdValorem(50) on that basis; {@code No change}, {@code The duty provided in the applicable
 *       subheading}, {@code The rate applicable in the absence of this heading} and {@code The rate
 *       applicable to each garment in the ensemble if separately entered} add nothing: the duty is
 *       that of the subheading(s) the goods fall in otherwise.</li>
 *   <li>{@code See 9822.05.10} / {@code See 9823.04.01-9823.04.54} is a {@link RateParse.Reference}.</li>
 * </ul>
 *
 * Everything else (sugar rates sliding by degree of polarization, rates of "the article of which it
 * is a part", duties on repair values, reductions "minus 0.5%", rates in U.S. notes) is
 * {@link RateParse.Unparsed} with a reason: never a guessed rate.
 */
public final class HtsRateParser {

    private static final Pattern PROGRAM_LIST =
            Pattern.compile("\\(\\s*([A-Z]{1,2}[+*]?(?:\\s*,\\s*[A-Z]{1,2}[+*]?)*)\\s*,?\\s*\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NO_CHANGE = Pattern.compile("(?i)no change\\.?");
    private static final Pattern APPLICABLE_SUBHEADING = Pattern.compile(
            "(?i)the duty provided (?:for )?in\\s*(?:the applicable subheading|subheadings? [\\d.,]+(?: [\\d.,]+)*(?: or [\\d.]+)?)"
                    + "\\s*(?:(?:\\+|plus)\\s*(.+?))?\\.?");
    private static final Pattern OWN_RATE_OF_EACH_ARTICLE = Pattern.compile("(?i)the rate (?:of duty )?applicable,? "
            + "(?:(?:to each article )?in the absence of this (?:sub)?heading"
            + "|to each garment in the (?:in the )?ensemble if (?:separately entered|entered separately))");
    private static final String PROVISION = "\\d{4}\\.\\d{2}(?:\\.\\d{2}){0,2}";
    private static final Pattern SEE_PROVISIONS = Pattern.compile(
            "(?i)see (" + PROVISION + "(?:\\s*-\\s*" + PROVISION + ")?(?:\\s*,\\s*" + PROVISION
                    + "(?:\\s*-\\s*" + PROVISION + ")?)*)");
    private static final Pattern FREE = Pattern.compile("(?i)free(?:\\s*[,(].*)?");
    private static final Pattern PERCENT =
            Pattern.compile("(\\d+(?:\\.\\d+)?)(?:\\s+(\\d+)/(\\d+))?\\s*(?:%|percent\\b)\\s*(.*)");
    private static final Pattern AMOUNT =
            Pattern.compile("(?:\\$\\s*(\\d[\\d,]*(?:\\.\\d+)?)|(\\d[\\d,]*(?:\\.\\d+)?)\\s*¢)\\s*(.*)");
    private static final Pattern PERCENT_BASIS = Pattern.compile("(?:(?:on|of|upon) [\\p{L} ,.'-]+)?");
    private static final Pattern SPECIFIC_BASIS =
            Pattern.compile("(?:(?:on|of|including) [\\p{L} ,'-]+|over \\d+|pins)?");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{Ll})- (\\p{Ll})");

    /** Rate units longest first, so "pf. liter" wins over "liter" and "gross" over "g". */
    private static final List<String> RATE_UNITS = List.of(
            "line/ gross", "line/gross", "pf. liter", "pf.liter", "clean kg", "thousand", "lin. m", "1,000",
            "1000", "liter", "gross", "article", "jewel", "head", "pack", "doz.", "bbl", "pr.", "kg",
            "m2", "m²", "m3", "m³", "t", "g", "m");

    private HtsRateParser() {
    }

    /** Parses a "General" or "Column 2" cell, or one group of a "Special" cell. */
    public static RateParse parse(String text) {
        String printed = text.strip();
        String t = normalize(text);
        if (t.isEmpty()) {
            return new RateParse.Unparsed(printed, "empty rate text");
        }
        if (NO_CHANGE.matcher(t).matches() || OWN_RATE_OF_EACH_ARTICLE.matcher(t).matches()) {
            return new RateParse.Additional(DutyRate.free(printed));
        }
        Matcher m = APPLICABLE_SUBHEADING.matcher(t);
        if (m.matches()) {
            if (m.group(1) == null) {
                return new RateParse.Additional(DutyRate.free(printed));
            }
            return expression(m.group(1))
                    .<RateParse>map(c -> new RateParse.Additional(new DutyRate(printed, c)))
                    .orElseGet(() -> new RateParse.Unparsed(printed, "additional duty not understood"));
        }
        m = SEE_PROVISIONS.matcher(t);
        if (m.matches()) {
            List<String> provisions = Arrays.stream(m.group(1).split(","))
                    .map(p -> p.replaceAll("\\s", "")).toList();
            return new RateParse.Reference(printed, provisions);
        }
        if (FREE.matcher(t).matches()) {
            return new RateParse.Rate(DutyRate.free(printed));
        }
        return expression(t)
                .<RateParse>map(c -> new RateParse.Rate(new DutyRate(printed, c)))
                .orElseGet(() -> new RateParse.Unparsed(printed, whyNotComputable(t)));
    }

    /**
     * Parses a "Special" cell into its groups, e.g. "Free (A*,AU,…,SG) 3.5% (JP)". Stray spaces and
     * line breaks inside the indicator list are ignored; a text left after the last list is a group
     * without programs.
     */
    public static SpecialRates parseSpecial(String text) {
        String t = normalize(text);
        if (t.isEmpty()) {
            return SpecialRates.NONE;
        }
        List<SpecialRates.Group> groups = new ArrayList<>();
        Matcher m = PROGRAM_LIST.matcher(t);
        int from = 0;
        while (m.find()) {
            String rate = t.substring(from, m.start()).strip();
            Set<String> programs = new LinkedHashSet<>();
            for (String p : m.group(1).split(",")) {
                programs.add(p.strip());
            }
            groups.add(new SpecialRates.Group(
                    rate.isEmpty() ? new RateParse.Unparsed(m.group(), "program indicators without a rate")
                            : parse(rate), programs));
            from = m.end();
        }
        String rest = t.substring(from).strip();
        if (!rest.isEmpty()) {
            groups.add(new SpecialRates.Group(parse(rest), Set.of()));
        }
        return new SpecialRates(text.strip(), groups);
    }

    /** Collapses line breaks and runs of spaces, and rejoins words hyphenated at a line break. */
    static String normalize(String text) {
        String t = WHITESPACE.matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip();
        return HYPHENATED_BREAK.matcher(t).replaceAll("$1$2");
    }

    /** Terms joined by "+", each a percentage or an amount per unit; empty when any term is not. */
    private static Optional<List<RateComponent>> expression(String text) {
        Optional<List<RateComponent>> parsed = terms(text);
        if (parsed.isEmpty() && text.endsWith(".")) { // sentence full stop, e.g. "… the steel content."
            parsed = terms(text.substring(0, text.length() - 1));
        }
        return parsed;
    }

    private static Optional<List<RateComponent>> terms(String text) {
        List<RateComponent> components = new ArrayList<>();
        for (String term : text.split("\\+")) {
            Optional<RateComponent> component = term(term.strip());
            if (component.isEmpty()) {
                return Optional.empty();
            }
            components.add(component.get());
        }
        return Optional.of(components);
    }

    private static Optional<RateComponent> term(String term) {
        String t = term.regionMatches(true, 0, "a duty of ", 0, 10) ? term.substring(10) : term;
        Matcher m = PERCENT.matcher(t);
        if (m.matches()) {
            BigDecimal percent = new BigDecimal(m.group(1));
            if (m.group(2) != null) { // "33 1/3%"
                percent = percent.add(new BigDecimal(m.group(2))
                        .divide(new BigDecimal(m.group(3)), 10, RoundingMode.HALF_EVEN));
            }
            String basis = m.group(4).strip();
            return PERCENT_BASIS.matcher(basis).matches()
                    ? Optional.of(new AdValorem(percent, basis)) : Optional.empty();
        }
        m = AMOUNT.matcher(t);
        if (m.matches()) {
            BigDecimal amount = m.group(1) != null
                    ? new BigDecimal(m.group(1).replace(",", ""))
                    : new BigDecimal(m.group(2).replace(",", "")).movePointLeft(2);
            return perUnit(amount, m.group(3).strip());
        }
        return Optional.empty();
    }

    /** "each" or "/unit [qualifier]" after an amount. */
    private static Optional<RateComponent> perUnit(BigDecimal amount, String text) {
        if (text.equals("each")) {
            return Optional.of(new Specific(amount, "USD", "C62", ""));
        }
        if (!text.startsWith("/")) {
            return Optional.empty();
        }
        String rest = text.substring(1).strip();
        for (String unit : RATE_UNITS) {
            if (!rest.startsWith(unit)) {
                continue;
            }
            String after = rest.substring(unit.length());
            boolean wordGoesOn = !after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))
                    && Character.isLetter(unit.charAt(unit.length() - 1));
            if (wordGoesOn) {
                continue;
            }
            String qualifier = after.replaceFirst("^\\s*,?\\s*", "").strip();
            if (!SPECIFIC_BASIS.matcher(qualifier).matches()) {
                return Optional.empty();
            }
            return Optional.of(specific(amount, unit, qualifier));
        }
        return Optional.empty();
    }

    private static Specific specific(BigDecimal amount, String unit, String qualifier) {
        return switch (unit) {
            case "clean kg" -> new Specific(amount, "USD", "KGM", join("clean", qualifier));
            case "line/ gross", "line/gross" -> new Specific(amount, "USD", "GRO", join("per line", qualifier));
            case "jewel" -> new Specific(amount, "USD", "C62", join("jewel", qualifier));
            default -> new Specific(amount, "USD", HtsUnits.rec20(unit).orElseThrow(), qualifier);
        };
    }

    private static String join(String basis, String qualifier) {
        return qualifier.isEmpty() ? basis : basis + " " + qualifier;
    }

    /** A short reason for the loader's log. */
    private static String whyNotComputable(String t) {
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("for each degree")) {
            return "sliding rate by degree of polarization";
        }
        if (lower.contains("shall not exceed")) {
            return "rate with a ceiling";
        }
        if (lower.contains("minus")) {
            return "reduction of another rate";
        }
        if (lower.startsWith("the rate") || lower.startsWith("the duty rate")) {
            return "rate of another provision or article";
        }
        if (lower.startsWith("a duty")) {
            return "duty on a value defined in a U.S. note";
        }
        if (lower.startsWith("see") && lower.contains("note")) {
            return "rate given in a U.S. note";
        }
        return "not a rate expression";
    }
}
