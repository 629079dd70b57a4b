package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationFiles.Rejection;
import io.jointclear.declaration.formats.ElementValues.LineValues;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UN/EDIFACT CUSDEC (directory D.96B, FORMATS.md §4.1), one message per declaration in one interchange.
 * Qualifiers are set by each administration's MIG; the platform's choice is listed in docs/formats.md.
 * Default service characters ({@code :+.? '}); {@code ?} releases a separator inside a value.
 */
final class CusdecCodec implements Codec {

    static final String UNA = "UNA:+.? '";
    private static final Set<Element> HEADER_NATIVE = EnumSet.of(Element.AUTHORITY, Element.NUMBER, Element.TYPE,
            Element.REGIME, Element.CUSTOMS_OFFICE, Element.DATE, Element.CURRENCY, Element.EXCHANGE_RATE, Element.INCOTERM,
            Element.IMPORTER_TAX_ID, Element.IMPORTER_NAME, Element.IMPORTER_COUNTRY,
            Element.EXPORTER_TAX_ID, Element.EXPORTER_NAME, Element.EXPORTER_COUNTRY,
            Element.BUYER_TAX_ID, Element.BUYER_NAME, Element.BUYER_COUNTRY,
            Element.SELLER_TAX_ID, Element.SELLER_NAME, Element.SELLER_COUNTRY);
    private static final Set<Element> LINE_NATIVE = EnumSet.of(Element.TARIFF_CODE, Element.DESCRIPTION, Element.ORIGIN,
            Element.DESTINATION, Element.NET_WEIGHT, Element.VALUE, Element.MANUFACTURER);
    /** NAD party qualifiers (UNTDID 3035) and the elements of each party. */
    private static final Map<String, Element[]> PARTIES = Map.of(
            "IM", new Element[] {Element.IMPORTER_TAX_ID, Element.IMPORTER_NAME, Element.IMPORTER_COUNTRY},
            "EX", new Element[] {Element.EXPORTER_TAX_ID, Element.EXPORTER_NAME, Element.EXPORTER_COUNTRY},
            "BY", new Element[] {Element.BUYER_TAX_ID, Element.BUYER_NAME, Element.BUYER_COUNTRY},
            "SE", new Element[] {Element.SELLER_TAX_ID, Element.SELLER_NAME, Element.SELLER_COUNTRY});
    private static final List<String> PARTY_ORDER = List.of("IM", "EX", "BY", "SE");

    @Override
    public String write(List<ElementValues> declarations) {
        StringBuilder out = new StringBuilder(UNA).append('\n');
        String sender = declarations.isEmpty() || declarations.getFirst().get(Element.FILER) == null
                ? "JOINTCLEAR" : declarations.getFirst().get(Element.FILER);
        append(out, List.<String[]>of(new String[] {"UNB", c("UNOC", "3"), c(sender), c("JOINTCLEAR"), c("000101", "0000"), c("1")}));
        for (int k = 0; k < declarations.size(); k++) {
            append(out, message(declarations.get(k), String.valueOf(k + 1)));
        }
        append(out, List.<String[]>of(new String[] {"UNZ", c(String.valueOf(declarations.size())), c("1")}));
        return out.toString();
    }

    /** The segments of one message; every element is already a composite with its values released. */
    private List<String[]> message(ElementValues v, String ref) {
        List<String[]> s = new ArrayList<>();
        s.add(new String[] {"UNH", c(ref), c("CUSDEC", "D", "96B", "UN")});
        s.add(new String[] {"BGM", c(v(v, Element.TYPE)), c(v(v, Element.NUMBER)), c("9")});
        s.add(new String[] {"CST", "", c(v(v, Element.REGIME))});
        s.add(new String[] {"LOC", c("22"), c(v(v, Element.CUSTOMS_OFFICE))});
        s.add(new String[] {"DTM", c("137", v(v, Element.DATE).replace("-", ""), "102")});
        s.add(new String[] {"CUX", c("2", v(v, Element.CURRENCY), "4"), "", c(v(v, Element.EXCHANGE_RATE))});
        s.add(new String[] {"TOD", "", "", c(v(v, Element.INCOTERM))});
        s.add(new String[] {"GIS", c(v(v, Element.AUTHORITY))});
        for (String q : PARTY_ORDER) {
            Element[] p = PARTIES.get(q);
            if (v.get(p[0]) != null || v.get(p[1]) != null || v.get(p[2]) != null) {
                s.add(new String[] {"NAD", c(q), c(v(v, p[0])), "", c(v(v, p[1])), "", "", "", "", c(v(v, p[2]))});
            }
        }
        for (String extension : Extensions.header(v, HEADER_NATIVE)) {
            s.add(new String[] {"FTX", c("ZZZ"), "", "", c(extension)});
        }
        s.add(new String[] {"UNS", c("D")});
        for (int i = 0; i < v.lines().size(); i++) {
            line(s, i + 1, v.lines().get(i));
        }
        s.add(new String[] {"UNS", c("S")});
        s.add(new String[] {"UNT", c(String.valueOf(s.size() + 1)), c(ref)});
        return s;
    }

    private static void line(List<String[]> s, int n, LineValues line) {
        s.add(new String[] {"CST", c(String.valueOf(n)), c(orEmpty(line.get(Element.TARIFF_CODE)))});
        if (line.get(Element.DESCRIPTION) != null) {
            s.add(new String[] {"FTX", c("AAA"), "", "", c(line.get(Element.DESCRIPTION))});
        }
        if (line.get(Element.ORIGIN) != null) {
            s.add(new String[] {"LOC", c("27"), c(line.get(Element.ORIGIN))});
        }
        if (line.get(Element.DESTINATION) != null) {
            s.add(new String[] {"LOC", c("28"), c(line.get(Element.DESTINATION))});
        }
        if (line.get(Element.NET_WEIGHT) != null) {
            s.add(new String[] {"MEA", c("WT"), c("AAA"), c("KGM", line.get(Element.NET_WEIGHT))});
        }
        if (line.get(Element.VALUE) != null) {
            s.add(new String[] {"MOA", c("38", line.get(Element.VALUE))});
        }
        if (line.get(Element.MANUFACTURER) != null) {
            s.add(new String[] {"NAD", c("MF"), c(line.get(Element.MANUFACTURER))});
        }
        for (String extension : Extensions.line(line, LINE_NATIVE)) {
            s.add(new String[] {"FTX", c("ZZZ"), "", "", c(extension)});
        }
    }

    private static void append(StringBuilder out, List<String[]> segments) {
        for (String[] seg : segments) {
            out.append(String.join("+", seg)).append("'\n");
        }
    }

    /** A composite element: its components released and joined by ':'. */
    private static String c(String... components) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < components.length; i++) {
            b.append(i == 0 ? "" : ":").append(esc(components[i]));
        }
        return b.toString();
    }

    private static String v(ElementValues v, Element e) {
        return orEmpty(v.get(e));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Releases the service characters inside a value. */
    static String esc(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '?' || c == '+' || c == ':' || c == '\'') {
                b.append('?');
            }
            b.append(c);
        }
        return b.toString();
    }

    @Override
    public void read(Reader in, Sink sink) throws IOException {
        new CusdecReader(sink).read(in);
    }

    /** One interchange being read, segment by segment. */
    private static final class CusdecReader {
        private final Sink sink;
        private int segment;
        private String interchangeRef;
        private boolean ended;
        private int messages;
        private Message open;

        CusdecReader(Sink sink) {
            this.sink = sink;
        }

        void read(Reader in) throws IOException {
            Edifact.Segments segments = new Edifact.Segments(in);
            List<List<String>> seg;
            while ((seg = segments.next()) != null) {
                segment++;
                take(seg);
            }
            if (segments.unterminated()) {
                problem(segment + 1, "segment", "TRUNCATED_FILE", "The last segment is not terminated by '");
            }
            if (!ended) {
                problem(segment + 1, "UNZ", "TRUNCATED_FILE", "The interchange ends after segment " + segment + " without UNZ"
                        + (open != null ? "; message " + open.ref + " is not closed by UNT" : ""));
            }
        }

        private void take(List<List<String>> seg) {
            String tag = Edifact.get(seg, 0, 0);
            if (ended) {
                problem(segment, tag, "RECORD_AFTER_END", "Segment " + tag + " follows UNZ");
                return;
            }
            if (interchangeRef == null) {
                if (!tag.equals("UNB")) {
                    problem(segment, tag, "RECORD_ORDER", "An interchange starts with UNB, not " + tag);
                    interchangeRef = "";
                    return;
                }
                interchangeRef = Edifact.get(seg, 5, 0);
                return;
            }
            switch (tag) {
                case "UNH" -> start(seg);
                case "UNT" -> end(seg);
                case "UNZ" -> close(seg);
                default -> {
                    if (open == null) {
                        problem(segment, tag, "RECORD_ORDER", "Segment " + tag + " is outside a message (UNH … UNT)");
                    } else {
                        open.take(tag, seg);
                    }
                }
            }
        }

        private void start(List<List<String>> seg) {
            if (open != null) {
                problem(segment, "UNT", "MISSING_RECORD", "Message " + open.ref + " is not closed by UNT before segment " + segment);
            }
            if (!Edifact.get(seg, 2, 0).equals("CUSDEC")) {
                problem(segment, "UNH.2", "UNSUPPORTED_MESSAGE", "Only CUSDEC messages are read, not " + Edifact.get(seg, 2, 0));
            }
            open = new Message(this, segment, Edifact.get(seg, 1, 0));
        }

        private void end(List<List<String>> seg) {
            if (open == null) {
                problem(segment, "UNT", "RECORD_ORDER", "UNT without its UNH");
                return;
            }
            int count = segment - open.start + 1;
            if (!Edifact.get(seg, 1, 0).equals(String.valueOf(count))) {
                problem(segment, "UNT.1", "CONTROL_TOTAL_MISMATCH", "UNT says " + Edifact.get(seg, 1, 0) + " segments, message " + open.ref + " has " + count);
            }
            if (!Edifact.get(seg, 2, 0).equals(open.ref)) {
                problem(segment, "UNT.2", "KEY_MISMATCH", "UNT closes message " + Edifact.get(seg, 2, 0) + ", not " + open.ref);
            }
            messages++;
            Message done = open;
            open = null;
            sink.declaration(done.parsed());
        }

        private void close(List<List<String>> seg) {
            if (open != null) {
                problem(segment, "UNT", "MISSING_RECORD", "Message " + open.ref + " is not closed by UNT before UNZ");
                open = null;
            }
            ended = true;
            if (!Edifact.get(seg, 1, 0).equals(String.valueOf(messages))) {
                problem(segment, "UNZ.1", "CONTROL_TOTAL_MISMATCH", "UNZ says " + Edifact.get(seg, 1, 0) + " messages, the interchange has " + messages);
            }
            if (!Edifact.get(seg, 2, 0).equals(interchangeRef)) {
                problem(segment, "UNZ.2", "KEY_MISMATCH", "UNZ closes interchange " + Edifact.get(seg, 2, 0) + ", not " + interchangeRef);
            }
        }

        void problem(int at, String field, String code, String message) {
            sink.problem(new Rejection(at, field, code, message));
        }
    }

    /** One CUSDEC message being read. */
    private static final class Message {
        private final CusdecReader file;
        final int start;
        final String ref;
        private final ElementValues v = new ElementValues();
        private final List<Integer> lineRecords = new ArrayList<>();
        private final List<Rejection> problems = new ArrayList<>();
        private String section = "UNH";

        Message(CusdecReader file, int start, String ref) {
            this.file = file;
            this.start = start;
            this.ref = ref;
        }

        void take(String tag, List<List<String>> seg) {
            if (section.equals("UNH") && !tag.equals("BGM")) {
                file.problem(file.segment, "BGM", "MISSING_RECORD", "BGM must follow UNH in message " + ref + ", found " + tag);
            }
            if (tag.equals("UNS")) {
                uns(Edifact.get(seg, 1, 0));
                return;
            }
            switch (section) {
                case "UNH", "HEADER" -> header(tag, seg);
                case "DETAIL" -> detail(tag, seg);
                default -> file.problem(file.segment, tag, "RECORD_ORDER", "Segment " + tag + " follows UNS+S in message " + ref);
            }
        }

        private void uns(String which) {
            if (which.equals("D") && (section.equals("HEADER") || section.equals("UNH"))) {
                section = "DETAIL";
            } else if (which.equals("S") && section.equals("DETAIL")) {
                section = "SUMMARY";
            } else {
                file.problem(file.segment, "UNS", "RECORD_ORDER", "UNS+" + which + " out of order in message " + ref);
            }
        }

        private void header(String tag, List<List<String>> seg) {
            section = "HEADER";
            switch (tag) {
                case "BGM" -> {
                    v.put(Element.TYPE, Edifact.get(seg, 1, 0));
                    v.put(Element.NUMBER, Edifact.get(seg, 2, 0));
                }
                case "CST" -> v.put(Element.REGIME, Edifact.get(seg, 2, 0));
                case "LOC" -> v.put(Element.CUSTOMS_OFFICE, Edifact.get(seg, 2, 0));
                case "DTM" -> date(Edifact.get(seg, 1, 1));
                case "CUX" -> {
                    v.put(Element.CURRENCY, Edifact.get(seg, 1, 1));
                    v.put(Element.EXCHANGE_RATE, Edifact.get(seg, 3, 0));
                }
                case "TOD" -> v.put(Element.INCOTERM, Edifact.get(seg, 3, 0));
                case "GIS" -> v.put(Element.AUTHORITY, Edifact.get(seg, 1, 0));
                case "NAD" -> party(seg);
                case "FTX" -> extension(seg, null);
                default -> unsupported(tag);
            }
        }

        private void detail(String tag, List<List<String>> seg) {
            if (tag.equals("CST")) {
                if (!Edifact.get(seg, 1, 0).equals(String.valueOf(lineRecords.size() + 1))) {
                    file.problem(file.segment, "CST.1", "PARTIDA_SEQUENCE", "Goods item " + Edifact.get(seg, 1, 0) + " follows item " + lineRecords.size());
                }
                lineRecords.add(file.segment);
                ElementValues.putIn(v.addLine().values(), Element.TARIFF_CODE, Edifact.get(seg, 2, 0));
                return;
            }
            if (lineRecords.isEmpty()) {
                file.problem(file.segment, tag, "RECORD_ORDER", "Segment " + tag + " before the first goods item (CST) of message " + ref);
                return;
            }
            LineValues line = v.lines().getLast();
            Map<Element, String> l = line.values();
            switch (tag) {
                case "FTX" -> {
                    if (Edifact.get(seg, 1, 0).equals("AAA")) {
                        ElementValues.putIn(l, Element.DESCRIPTION, Edifact.get(seg, 4, 0));
                    } else {
                        extension(seg, line);
                    }
                }
                case "LOC" -> ElementValues.putIn(l, Edifact.get(seg, 1, 0).equals("28") ? Element.DESTINATION : Element.ORIGIN, Edifact.get(seg, 2, 0));
                case "MEA" -> ElementValues.putIn(l, Element.NET_WEIGHT, Edifact.get(seg, 3, 1));
                case "MOA" -> ElementValues.putIn(l, Element.VALUE, Edifact.get(seg, 1, 1));
                case "NAD" -> ElementValues.putIn(l, Element.MANUFACTURER, Edifact.get(seg, 2, 0));
                default -> unsupported(tag);
            }
        }

        private void party(List<List<String>> seg) {
            Element[] p = PARTIES.get(Edifact.get(seg, 1, 0));
            if (p == null) {
                unsupported("NAD+" + Edifact.get(seg, 1, 0));
                return;
            }
            v.put(p[0], Edifact.get(seg, 2, 0));
            v.put(p[1], Edifact.get(seg, 4, 0));
            v.put(p[2], Edifact.get(seg, 9, 0));
        }

        private void date(String yyyymmdd) {
            if (yyyymmdd.matches("\\d{8}")) {
                v.put(Element.DATE, yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6));
            } else if (!yyyymmdd.isEmpty()) {
                problems.add(new Rejection(file.segment, "date", "MALFORMED_VALUE", "DTM 2380 is CCYYMMDD (format 102), not '" + yyyymmdd + "'"));
            }
        }

        private void extension(List<List<String>> seg, LineValues line) {
            String refused = Extensions.read(Edifact.get(seg, 4, 0), v, line);
            if (refused != null) {
                problems.add(new Rejection(file.segment, "FTX", "UNSUPPORTED_RECORD", refused));
            }
        }

        private void unsupported(String tag) {
            problems.add(new Rejection(file.segment, tag, "UNSUPPORTED_RECORD",
                    "Segment " + tag + " has no place in the platform's declaration; the declaration is not stored"));
        }

        Codec.ParsedDeclaration parsed() {
            if (!section.equals("SUMMARY")) {
                file.problem(file.segment, "UNS", "MISSING_RECORD", "Message " + ref + " lacks UNS+D / UNS+S around its goods items");
            }
            return new Codec.ParsedDeclaration(start, v, List.copyOf(lineRecords), problems);
        }
    }
}
