package io.jointclear.reference.htsus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTSUS units of quantity and rate units as UN/ECE Recommendation 20 codes. One table serves both the
 * "Unit of Quantity" column ({@code ["doz.","kg"]}) and the unit after the slash of a specific rate
 * ({@code 3.9¢/kg}), so a rate's unit can be matched against the quantities declared for a line.
 *
 * <p>Content units ("Cu kg", "kg cmsc", "t adw") map to the code of their measure (KGM, TNE); the
 * printed unit keeps the qualifier. Jewels and pieces counted by number map to C62 ("one"), like
 * "No.". Units with no Rec 20 code (doses, squares of roofing, gross lines) map to "".
 */
public final class HtsUnits {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("kg", "KGM"),
            Map.entry("g", "GRM"),
            Map.entry("t", "TNE"),
            Map.entry("carat", "CTM"),
            Map.entry("liter", "LTR"),
            Map.entry("liters", "LTR"),
            Map.entry("pf. liter", "LPA"),
            Map.entry("pf.liter", "LPA"),
            Map.entry("pf.liters", "LPA"),
            Map.entry("bbl", "BLL"),
            Map.entry("m", "MTR"),
            Map.entry("lin. m", "LM"),
            Map.entry("m2", "MTK"),
            Map.entry("m²", "MTK"),
            Map.entry("cm2", "CMK"),
            Map.entry("m3", "MTQ"),
            Map.entry("m³", "MTQ"),
            Map.entry("thousand m", "KTM"),
            Map.entry("thousand m3", "R9"),
            Map.entry("no.", "C62"),
            Map.entry("no", "C62"),
            Map.entry("each", "C62"),
            Map.entry("article", "C62"),
            Map.entry("jewel", "C62"),
            Map.entry("jwls.", "C62"),
            Map.entry("pcs", "H87"),
            Map.entry("head", "HEA"),
            Map.entry("pack", "PK"),
            Map.entry("doz.", "DZN"),
            Map.entry("doz. prs.", "DPR"),
            Map.entry("dz pcs", "DPC"),
            Map.entry("pr.", "NPR"),
            Map.entry("prs.", "NPR"),
            Map.entry("gross", "GRO"),
            Map.entry("hundreds", "CEN"),
            Map.entry("thousand", "MIL"),
            Map.entry("thousands", "MIL"),
            Map.entry("1000", "MIL"),
            Map.entry("1,000", "MIL"),
            Map.entry("gbq", "GBQ"),
            Map.entry("mwh", "MWH"),
            Map.entry("w", "WTT"),
            Map.entry("doses", ""),
            Map.entry("square", ""),
            Map.entry("gr.lines", ""));

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private HtsUnits() {
    }

    /** The Rec 20 code of an HTSUS unit, "" when none fits; empty when the unit is not known at all. */
    public static Optional<String> rec20(String htsUnit) {
        String unit = htsUnit.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        String code = CODES.get(unit);
        if (code != null) {
            return Optional.of(code);
        }
        // "Cu kg", "kg cmsc", "t adw", "Fiber m": a measure with a content qualifier
        String measure = null;
        for (String word : unit.split(" ")) {
            String wordCode = CODES.get(word);
            if (wordCode != null && !wordCode.isEmpty() && !word.equals("w")) {
                if (measure != null) {
                    return Optional.empty();
                }
                measure = wordCode;
            }
        }
        return Optional.ofNullable(measure);
    }

    /**
     * The printed units of a "Unit of Quantity" cell, e.g. {@code ["doz.","kg"]} → [doz., kg]. Blank
     * entries are dropped and "No. and kg" is two units.
     */
    public static List<String> printed(String unitOfQuantity) {
        List<String> entries = new ArrayList<>();
        Matcher m = QUOTED.matcher(unitOfQuantity);
        while (m.find()) {
            entries.add(m.group(1).replace("\\n", " "));
        }
        return printed(entries);
    }

    /** The printed units of the JSON export's {@code units} list: the same rules as the CSV cell. */
    public static List<String> printed(List<String> entries) {
        List<String> units = new ArrayList<>();
        for (String entry : entries) {
            for (String unit : entry.replace('\n', ' ').split(" and ")) {
                if (!unit.isBlank()) {
                    units.add(unit.strip());
                }
            }
        }
        return List.copyOf(units);
    }

    /** Rec 20 codes for printed units, "" for a unit without a code. */
    public static List<String> rec20(List<String> printedUnits) {
        return printedUnits.stream().map(u -> rec20(u).orElse("")).toList();
    }
}
