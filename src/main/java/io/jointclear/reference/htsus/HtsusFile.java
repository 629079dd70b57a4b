package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsFootnote;
import io.jointclear.reference.csv.CsvReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The USITC HTSUS export (the CSV, or the JSON of every revision) read into one {@link HtsusLine} per statistical line, with every rate
 * text that is not a computable rate listed in {@link #unparsedRates()} so the loader can log it.
 *
 * <p>The file lists headings, subheadings, text-only indented lines (empty number), 8-digit rate
 * lines and 10-digit statistical lines in schedule order; the "Indent" column gives the nesting that
 * builds each line's description.
 */
public final class HtsusFile {

    /** Superior texts longer than this are shortened in descriptions; the line's own text never is. */
    private static final int MAX_SUPERIOR_TEXT = 160;
    private static final String SEPARATOR = " — ";

    private final List<HtsusLine> lines;
    private final Map<String, HtsusLine> byCode;
    private final List<UnparsedRate> unparsedRates;
    private final Counts counts;

    private HtsusFile(List<HtsusLine> lines, List<UnparsedRate> unparsedRates, Counts counts) {
        this.lines = List.copyOf(lines);
        this.unparsedRates = List.copyOf(unparsedRates);
        this.counts = counts;
        Map<String, HtsusLine> index = new HashMap<>();
        for (HtsusLine line : this.lines) {
            index.put(line.tariffCode(), line);
        }
        this.byCode = Map.copyOf(index);
    }

    /**
     * How much the file held.
     *
     * @param rows                  data rows (without the header)
     * @param statisticalRows       10-digit rows
     * @param rateLinesWithoutSuffix 8-digit rows without 10-digit rows under them, emitted as code + "00"
     * @param rateCells             non-empty General, Special and Column 2 cells of 8- and 10-digit rows
     * @param unparsedRateCells     of those, the cells with a text that is not a computable rate
     * @param distinctRateTexts     distinct texts among the rate cells
     * @param distinctUnparsedTexts distinct texts among the unparsed cells
     */
    public record Counts(int rows, int statisticalRows, int rateLinesWithoutSuffix, int rateCells,
                         int unparsedRateCells, int distinctRateTexts, int distinctUnparsedTexts) {

        /** Share of rate cells understood, 0–1. */
        public double coverage() {
            return rateCells == 0 ? 1 : 1 - (double) unparsedRateCells / rateCells;
        }
    }

    public List<HtsusLine> lines() {
        return lines;
    }

    public Optional<HtsusLine> line(String tariffCode) {
        return Optional.ofNullable(byCode.get(tariffCode));
    }

    /** Rate texts (or special-column groups) that are not computable rates, in file order. */
    public List<UnparsedRate> unparsedRates() {
        return unparsedRates;
    }

    public Counts counts() {
        return counts;
    }

    /** Reads the CSV export (UTF-8, BOM allowed). The stream is not closed. */
    public static HtsusFile read(InputStream in) {
        List<Row> rows = new ArrayList<>();
        CsvReader csv = CsvReader.utf8(in);
        CsvReader.Header header = csv.readHeader();
        for (List<String> record : csv) {
            rows.add(Row.of(header, record));
        }
        return new Builder().build(rows);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{0,10}");
    private static final java.util.regex.Pattern INDENT = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final ObjectReader JSON_ROWS = JsonMapper.builder().build().readerFor(JsonNode.class);

    /**
     * Reads the JSON export of a revision (an array of row objects: htsno, indent, description, units,
     * general, special, other, footnotes, quotaQuantity, additionalDuties). The stream is read to its end
     * and closed.
     *
     * @throws IllegalArgumentException when it is not such an array, saying which row is wrong
     */
    public static HtsusFile readJson(InputStream in) {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<JsonNode> elements = JSON_ROWS.readValues(in)) {
            while (elements.hasNextValue()) {
                rows.add(Row.of(elements.nextValue(), rows.size()));
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not an HTSUS JSON export: " + e.getOriginalMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the HTSUS JSON export has no rows");
        }
        return new Builder().build(rows);
    }

    /** One row of the export; {@code number} is the HTS number without dots. */
    private record Row(String number, int indent, String description, List<String> units, String general,
                       String special, String column2, String quota, String additionalDuties,
                       List<HtsFootnote> footnotes) {

        static Row of(CsvReader.Header h, List<String> r) {
            String indent = h.get(r, "Indent").strip();
            return new Row(h.get(r, "HTS Number").replace(".", "").strip(),
                    indent.matches("\\d+") ? Integer.parseInt(indent) : 0,
                    HtsRateParser.normalize(h.get(r, "Description")),
                    HtsUnits.printed(h.get(r, "Unit of Quantity")),
                    h.get(r, "General Rate of Duty").strip(),
                    h.get(r, "Special Rate of Duty").strip(),
                    h.get(r, "Column 2 Rate of Duty").strip(),
                    h.get(r, "Quota Quantity").strip(),
                    h.get(r, "Additional Duties").strip(),
                    List.of());
        }

        static Row of(JsonNode node, int index) {
            if (!node.isObject() || !node.has("htsno") || !node.has("description")) {
                throw new IllegalArgumentException("row " + index + " is not an object with htsno and description");
            }
            String number = text(node, "htsno", index).replace(".", "").strip();
            String indent = text(node, "indent", index).strip();
            if (!NUMBER.matcher(number).matches() || !INDENT.matcher(indent).matches()) {
                throw new IllegalArgumentException("row " + index + ": htsno '" + number + "' or indent '" + indent
                        + "' is not a tariff number / nesting level");
            }
            List<String> units = new ArrayList<>();
            for (JsonNode unit : array(node, "units", index)) {
                units.add(checked(unit.asString(""), index).strip());
            }
            List<HtsFootnote> footnotes = new ArrayList<>();
            for (JsonNode f : array(node, "footnotes", index)) {
                List<String> columns = new ArrayList<>();
                for (JsonNode c : array(f, "columns", index)) {
                    columns.add(checked(c.asString(""), index));
                }
                footnotes.add(new HtsFootnote(columns, text(f, "value", index).strip(), text(f, "type", index)));
            }
            return new Row(number, Integer.parseInt(indent), HtsRateParser.normalize(text(node, "description", index)),
                    List.copyOf(units), text(node, "general", index).strip(), text(node, "special", index).strip(),
                    text(node, "other", index).strip(), text(node, "quotaQuantity", index).strip(),
                    text(node, "additionalDuties", index).strip(), List.copyOf(footnotes));
        }

        /** A scalar member as text, "" when absent or null. */
        private static String text(JsonNode node, String field, int index) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return "";
            }
            if (!value.isValueNode()) {
                throw new IllegalArgumentException("row " + index + ": " + field + " is not a text");
            }
            return checked(value.asString(""), index);
        }

        private static Iterable<JsonNode> array(JsonNode node, String field, int index) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw new IllegalArgumentException("row " + index + ": " + field + " is not a list");
            }
            return value;
        }

        // PostgreSQL cannot store NUL in text: refuse it here rather than fail half-way through a load
        private static String checked(String text, int index) {
            if (text.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException("row " + index + " contains the NUL character");
            }
            return text;
        }

        boolean isRateLine() {
            return number.length() == 8;
        }

        boolean isStatistical() {
            return number.length() == 10;
        }
    }

    /** Walks the rows once, keeping the superior texts and the current 8-digit line. */
    private static final class Builder {

        // shared by every file read (44 revisions print nearly the same few thousand texts); parsing is pure
        private static final Map<String, RateParse> rates = new java.util.concurrent.ConcurrentHashMap<>();
        private static final Map<String, SpecialRates> specials = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<UnparsedRate> unparsed = new ArrayList<>();
        private final Set<String> distinctTexts = new HashSet<>();
        private final Set<String> distinctUnparsed = new HashSet<>();
        private final List<String> superiors = new ArrayList<>();
        private final List<List<HtsFootnote>> superiorFootnotes = new ArrayList<>();
        private int rateCells;
        private int unparsedCells;

        HtsusFile build(List<Row> rows) {
            Set<String> withSuffixes = new HashSet<>();
            for (Row row : rows) {
                if (row.isStatistical()) {
                    withSuffixes.add(row.number().substring(0, 8));
                }
            }
            List<HtsusLine> lines = new ArrayList<>();
            Row rateLine = null;
            int statistical = 0;
            int withoutSuffix = 0;
            for (Row row : rows) {
                String description = describe(row);
                if (row.isRateLine() || row.isStatistical()) {
                    countRates(row);
                }
                if (row.isRateLine()) {
                    rateLine = row;
                    if (!withSuffixes.contains(row.number())) {
                        withoutSuffix++;
                        lines.add(line(row.number() + "00", row, null, description));
                    }
                } else if (row.isStatistical()) {
                    statistical++;
                    Row parent = rateLine != null && row.number().startsWith(rateLine.number()) ? rateLine : null;
                    lines.add(line(row.number(), row, parent, description));
                }
            }
            Counts counts = new Counts(rows.size(), statistical, withoutSuffix, rateCells, unparsedCells,
                    distinctTexts.size(), distinctUnparsed.size());
            return new HtsusFile(lines, unparsed, counts);
        }

        /** The row's own text after its superiors; remembers it as superior of deeper rows. */
        private String describe(Row row) {
            int indent = row.indent();
            while (superiors.size() > indent) {
                superiors.removeLast();
                superiorFootnotes.removeLast();
            }
            StringBuilder text = new StringBuilder();
            for (String superior : superiors) {
                if (superior != null) {
                    text.append(shorten(superior)).append(SEPARATOR);
                }
            }
            text.append(row.description());
            while (superiors.size() < indent) {
                superiors.add(null); // a skipped indent level has no text
                superiorFootnotes.add(List.of());
            }
            superiors.add(stripColon(row.description()));
            superiorFootnotes.add(row.footnotes());
            return text.toString();
        }

        private HtsusLine line(String code, Row row, Row parent, String description) {
            String general = inherit(row.general(), parent, Row::general);
            String special = inherit(row.special(), parent, Row::special);
            String column2 = inherit(row.column2(), parent, Row::column2);
            List<String> printedUnits = row.units();
            return new HtsusLine(code, description, printedUnits, HtsUnits.rec20(printedUnits),
                    general, special, column2,
                    general.isEmpty() ? Optional.empty() : Optional.of(rate(general)),
                    special.isEmpty() ? SpecialRates.NONE : special(special),
                    column2.isEmpty() ? Optional.empty() : Optional.of(rate(column2)),
                    code.startsWith("99"), row.additionalDuties(), row.quota(), footnotes());
        }

        /** The footnotes of the row just described and of its superiors (a heading's note covers its lines). */
        private List<HtsFootnote> footnotes() {
            List<HtsFootnote> all = new ArrayList<>();
            for (List<HtsFootnote> level : superiorFootnotes) {
                for (HtsFootnote f : level) {
                    if (!all.contains(f)) {
                        all.add(f);
                    }
                }
            }
            return all;
        }

        private static String inherit(String own, Row parent, Function<Row, String> column) {
            return own.isEmpty() && parent != null ? column.apply(parent) : own;
        }

        private void countRates(Row row) {
            count(row, "General", row.general());
            count(row, "Column 2", row.column2());
            String special = row.special();
            if (!special.isEmpty()) {
                rateCells++;
                distinctTexts.add(special);
                List<SpecialRates.Group> failed = special(special).unparsed();
                if (!failed.isEmpty()) {
                    unparsedCells++;
                    distinctUnparsed.add(special);
                    for (SpecialRates.Group group : failed) {
                        RateParse.Unparsed u = (RateParse.Unparsed) group.rate();
                        unparsed.add(new UnparsedRate(row.number(), "Special", u.text(), u.reason()));
                    }
                }
            }
        }

        private void count(Row row, String column, String text) {
            if (text.isEmpty()) {
                return;
            }
            rateCells++;
            distinctTexts.add(text);
            if (rate(text) instanceof RateParse.Unparsed u) {
                unparsedCells++;
                distinctUnparsed.add(text);
                unparsed.add(new UnparsedRate(row.number(), column, u.text(), u.reason()));
            }
        }

        // the file repeats a few hundred texts tens of thousands of times: parse each once
        private RateParse rate(String text) {
            return rates.computeIfAbsent(text, HtsRateParser::parse);
        }

        private SpecialRates special(String text) {
            return specials.computeIfAbsent(text, HtsRateParser::parseSpecial);
        }

        private static String stripColon(String text) {
            return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        }

        private static String shorten(String text) {
            return text.length() <= MAX_SUPERIOR_TEXT ? text : text.substring(0, MAX_SUPERIOR_TEXT - 1).strip() + "…";
        }
    }
}
