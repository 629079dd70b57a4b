package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationFiles.Rejection;
import io.jointclear.declaration.formats.ElementValues.LineValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CBP ABI entry summary (application AE) in CATAIR style: fixed-position records whose first
 * positions carry the record identifier, wrapped in batch (A … Z) and block (B … Y) control records.
 * FORMATS.md §3.1 could not confirm CBP's record positions: the positions here are the platform's
 * profile (docs/formats.md) and change with the mapping, not the model, once the chapter is obtained.
 */
final class CatairCodec implements Codec {

    /** A fixed slot: element, first position (1-based) and width. */
    private record Slot(Element element, int from, int width) {
    }

    private static final List<Slot> HEADER = List.of(new Slot(Element.NUMBER, 3, 11), new Slot(Element.TYPE, 14, 2),
            new Slot(Element.CUSTOMS_OFFICE, 16, 4), new Slot(Element.DATE, 20, 8), new Slot(Element.FILER, 28, 3),
            new Slot(Element.CURRENCY, 31, 3));
    private static final int HEADER_LENGTH = 33;
    private static final List<Slot> LINE = List.of(new Slot(Element.TARIFF_CODE, 8, 10), new Slot(Element.ORIGIN, 18, 2),
            new Slot(Element.QUANTITY_UNIT, 20, 3), new Slot(Element.QUANTITY, 23, 18), new Slot(Element.VALUE, 41, 18),
            new Slot(Element.NET_WEIGHT, 59, 18));
    private static final int LINE_LENGTH = 76;
    private static final int PARTY_LENGTH = 36;
    private static final Map<String, Element[]> PARTIES = Map.of(
            "IM", new Element[] {Element.IMPORTER_TAX_ID, Element.IMPORTER_NAME, Element.IMPORTER_COUNTRY},
            "EX", new Element[] {Element.EXPORTER_TAX_ID, Element.EXPORTER_NAME, Element.EXPORTER_COUNTRY},
            "BY", new Element[] {Element.BUYER_TAX_ID, Element.BUYER_NAME, Element.BUYER_COUNTRY},
            "SE", new Element[] {Element.SELLER_TAX_ID, Element.SELLER_NAME, Element.SELLER_COUNTRY});
    private static final List<String> PARTY_ORDER = List.of("IM", "EX", "BY", "SE");

    @Override
    public String write(List<ElementValues> declarations) {
        List<String> r = new ArrayList<>();
        ElementValues first = declarations.isEmpty() ? new ElementValues() : declarations.getFirst();
        r.add("A" + pad(first.get(Element.FILER), 3) + pad(compact(first.get(Element.DATE)), 8));
        r.add("B" + pad(first.get(Element.CUSTOMS_OFFICE), 4) + "AE");
        for (ElementValues v : declarations) {
            entry(r, v);
        }
        r.add("Y" + String.format("%05d", declarations.size()));
        r.add("Z" + String.format("%07d", r.size()));
        StringBuilder out = new StringBuilder();
        for (String line : r) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw CodecProblems.cannotCarry(line.substring(0, 2), "a CATAIR record cannot hold a line break");
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private void entry(List<String> r, ElementValues v) {
        Set<Element> natives = EnumSet.of(Element.AUTHORITY);
        StringBuilder h = new StringBuilder("10");
        for (Slot s : HEADER) {
            String value = s.element == Element.DATE ? compact(v.get(Element.DATE)) : v.get(s.element);
            boolean fits = value == null || value.length() <= s.width && value.strip().equals(value);
            h.append(pad(fits ? value : null, s.width));
            if (fits) {
                natives.add(s.element);
            }
        }
        r.add(h.toString());
        for (String q : PARTY_ORDER) {
            Element[] p = PARTIES.get(q);
            String taxId = v.get(p[0]);
            String country = v.get(p[2]);
            boolean fits = (taxId == null || taxId.length() <= 30 && taxId.strip().equals(taxId)) && (country == null || country.length() == 2);
            if (fits && (taxId != null || v.get(p[1]) != null || country != null)) {
                r.add("11" + q + pad(country, 2) + pad(taxId, 30) + orEmpty(v.get(p[1])));
                natives.addAll(List.of(p));
            }
        }
        for (String extension : Extensions.header(v, natives)) {
            r.add("90" + extension);
        }
        for (int i = 0; i < v.lines().size(); i++) {
            line(r, i + 1, v.lines().get(i));
        }
    }

    private void line(List<String> r, int n, LineValues line) {
        Set<Element> natives = EnumSet.of(Element.DESCRIPTION, Element.AD_CVD_CASE);
        String no = String.format("%05d", n);
        StringBuilder l = new StringBuilder("40").append(no);
        for (Slot s : LINE) {
            String value = line.get(s.element);
            boolean fits = value == null || value.length() <= s.width && value.strip().equals(value);
            l.append(pad(fits ? value : null, s.width));
            if (fits) {
                natives.add(s.element);
            }
        }
        r.add(l.toString());
        if (line.get(Element.DESCRIPTION) != null) {
            r.add("41" + no + line.get(Element.DESCRIPTION));
        }
        for (String c : line.cases()) {
            r.add("42" + no + c);
        }
        for (String extension : Extensions.line(line, natives)) {
            r.add("91" + no + extension);
        }
    }

    private static String compact(String isoDate) {
        return isoDate == null ? null : isoDate.replace("-", "");
    }

    private static String pad(String value, int width) {
        String v = value == null || value.length() > width ? "" : value;
        return v + " ".repeat(width - v.length());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void read(Reader in, Sink sink) throws IOException {
        new CatairReader(sink).read(in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16));
    }

    /** One batch being read. */
    private static final class CatairReader {
        private final Sink sink;
        private int record;
        private int entries;
        private String state = "START";
        private Entry open;

        CatairReader(Sink sink) {
            this.sink = sink;
        }

        void read(BufferedReader in) throws IOException {
            String line;
            while ((line = in.readLine()) != null) {
                record++;
                take(line);
            }
            if (!state.equals("END")) {
                closeEntry();
                problem(record + 1, "Z", "TRUNCATED_FILE", "The batch ends after record " + record + " without its Z trailer");
            }
        }

        private void take(String line) {
            if (line.isEmpty() || line.indexOf('\u0000') >= 0) {
                problem(record, "line", line.isEmpty() ? "BLANK_LINE" : "NUL_CHARACTER", "Record " + record + " is blank or holds NUL");
                return;
            }
            String id = line.length() >= 2 && Character.isDigit(line.charAt(0)) ? line.substring(0, 2) : line.substring(0, 1);
            if (state.equals("END")) {
                problem(record, id, "RECORD_AFTER_END", "Record " + id + " follows the Z batch trailer");
                return;
            }
            switch (id) {
                case "A" -> expect("START", "A", "BATCH");
                case "B" -> expect("BATCH", "B", "BLOCK");
                case "10" -> header(line);
                case "11", "90" -> headerDetail(id, line);
                case "40", "41", "42", "91" -> lineDetail(id, line);
                case "Y" -> blockEnd(line);
                case "Z" -> batchEnd(line);
                default -> problem(record, id, "UNKNOWN_RECORD", "'" + id + "' is not a record of the entry summary (AE) profile");
            }
        }

        private void expect(String from, String id, String to) {
            if (!state.equals(from)) {
                problem(record, id, "RECORD_ORDER", "Record " + id + " out of order");
            }
            state = to;
        }

        private void header(String line) {
            if (!state.equals("BLOCK") && !state.equals("ENTRY")) {
                problem(record, "10", state.equals("START") || state.equals("BATCH") ? "MISSING_RECORD" : "RECORD_ORDER",
                        "An entry (10) needs the A batch and B block headers before it");
            }
            closeEntry();
            state = "ENTRY";
            if (line.length() < HEADER_LENGTH) {
                problem(record, "10", "FIELD_COUNT", "Record 10 is " + HEADER_LENGTH + " characters, this one " + line.length());
                open = new Entry(record, new ElementValues());
                return;
            }
            ElementValues v = new ElementValues();
            v.put(Element.AUTHORITY, "US");
            for (Slot s : HEADER) {
                String value = slot(line, s);
                v.put(s.element, s.element == Element.DATE && value.length() == 8 ? iso(value) : value);
            }
            open = new Entry(record, v);
        }

        private void headerDetail(String id, String line) {
            if (open == null || !open.lineRecords.isEmpty()) {
                problem(record, id, "RECORD_ORDER", "Record " + id + " belongs to an entry header (after 10, before its lines)");
                return;
            }
            if (id.equals("90")) {
                open.extension(line.substring(2), null, record);
                return;
            }
            Element[] p = line.length() >= PARTY_LENGTH ? PARTIES.get(line.substring(2, 4)) : null;
            if (p == null) {
                problem(record, "11", "FIELD_COUNT", "Record 11 is a party role (IM, EX, BY, SE), country, tax id and name");
                return;
            }
            open.v.put(p[2], line.substring(4, 6).stripTrailing());
            open.v.put(p[0], line.substring(6, 36).stripTrailing());
            open.v.put(p[1], line.substring(36));
        }

        private void lineDetail(String id, String line) {
            if (open == null) {
                problem(record, id, "RECORD_ORDER", "Record " + id + " is outside an entry");
                return;
            }
            String no = line.length() >= 7 ? line.substring(2, 7) : "";
            if (id.equals("40")) {
                open.line(no, line, record);
                return;
            }
            if (open.lineRecords.isEmpty() || !no.equals(String.format("%05d", open.lineRecords.size()))) {
                problem(record, id, "KEY_MISMATCH", "Record " + id + " names line " + no + " but follows line " + open.lineRecords.size());
                return;
            }
            LineValues current = open.v.lines().getLast();
            switch (id) {
                case "41" -> ElementValues.putIn(current.values(), Element.DESCRIPTION, line.substring(7));
                case "42" -> current.cases().add(line.substring(7));
                default -> open.extension(line.substring(7), current, record);
            }
        }

        private void blockEnd(String line) {
            closeEntry();
            if (!state.equals("ENTRY") && !state.equals("BLOCK")) {
                problem(record, "Y", "RECORD_ORDER", "The block trailer Y closes a block opened by B");
            }
            state = "BLOCK_END";
            if (!line.substring(1).equals(String.format("%05d", entries))) {
                problem(record, "Y", "CONTROL_TOTAL_MISMATCH", "Y says " + line.substring(1) + " entries, the block holds " + entries);
            }
        }

        private void batchEnd(String line) {
            if (!state.equals("BLOCK_END")) {
                closeEntry();
                problem(record, "Y", "MISSING_RECORD", "The block is not closed by its Y trailer before Z");
            }
            state = "END";
            if (!line.substring(1).equals(String.format("%07d", record - 1))) {
                problem(record, "Z", "CONTROL_TOTAL_MISMATCH", "Z says " + line.substring(1) + " records, the batch holds " + (record - 1));
            }
        }

        private void closeEntry() {
            if (open != null) {
                entries++;
                sink.declaration(new Codec.ParsedDeclaration(open.start, open.v, List.copyOf(open.lineRecords), open.problems));
                open = null;
            }
        }

        void problem(int at, String field, String code, String message) {
            sink.problem(new Rejection(at, field, code, message));
        }

        private final class Entry {
            final int start;
            final ElementValues v;
            final List<Integer> lineRecords = new ArrayList<>();
            final List<Rejection> problems = new ArrayList<>();

            Entry(int start, ElementValues v) {
                this.start = start;
                this.v = v;
            }

            void line(String no, String line, int at) {
                if (!no.equals(String.format("%05d", lineRecords.size() + 1))) {
                    problem(at, "40", "PARTIDA_SEQUENCE", "Line " + no + " follows line " + lineRecords.size());
                }
                lineRecords.add(at);
                LineValues l = v.addLine();
                if (line.length() < LINE_LENGTH) {
                    problem(at, "40", "FIELD_COUNT", "Record 40 is " + LINE_LENGTH + " characters, this one " + line.length());
                    return;
                }
                for (Slot s : LINE) {
                    ElementValues.putIn(l.values(), s.element, slot(line, s));
                }
            }

            void extension(String text, LineValues line, int at) {
                String refused = Extensions.read(text, v, line);
                if (refused != null) {
                    problems.add(new Rejection(at, line == null ? "90" : "91", "UNSUPPORTED_RECORD", refused));
                }
            }
        }
    }

    private static String slot(String line, Slot s) {
        return line.substring(s.from - 1, s.from - 1 + s.width).stripTrailing();
    }

    private static String iso(String yyyymmdd) {
        return yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6);
    }
}
