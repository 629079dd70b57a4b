package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationFiles.Rejection;
import io.jointclear.declaration.formats.ElementValues.Carried;
import io.jointclear.declaration.validation.PedimentoClaves;
import io.jointclear.reference.UmtCodes;
import io.jointclear.declaration.formats.ElementValues.LineValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pedimento validation file ("archivo M", Lineamientos Técnicos de Registros VOCE-SAAI M3 v9.0 as
 * transcribed in FORMATS.md §1): pipe-delimited records, 500 … 800 per pedimento, 801 at the end.
 * Native fields per docs/formats.md; everything else in 511 / 558 observaciones as platform elements.
 */
final class M3Codec implements Codec {

    static final String FORMAT_CANNOT_CARRY = "FORMAT_CANNOT_CARRY";
    private static final Pattern FILE_NAME = Pattern.compile("m(\\d{4})\\d{3}\\.\\d{3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final String USD = "USD";
    private static final String KILOGRAM = "KGM";
    /** A declaration without régimen whose clave implies one. */
    private static final String NO_REGIME = Extensions.PREFIX + Element.REGIME.key() + "=";
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("\\d{15}");

    /** Number of fields of each record type (v9.0 arity, FORMATS.md §1.5). */
    static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("500", 6), Map.entry("501", 35), Map.entry("502", 9), Map.entry("503", 4), Map.entry("504", 4),
            Map.entry("505", 17), Map.entry("506", 4), Map.entry("507", 6), Map.entry("508", 12), Map.entry("509", 5),
            Map.entry("510", 5), Map.entry("511", 4), Map.entry("512", 10), Map.entry("513", 8), Map.entry("514", 9),
            Map.entry("515", 9), Map.entry("516", 4), Map.entry("520", 10), Map.entry("551", 26), Map.entry("552", 6),
            Map.entry("553", 9), Map.entry("554", 8), Map.entry("555", 13), Map.entry("556", 7), Map.entry("557", 7),
            Map.entry("558", 6), Map.entry("560", 12), Map.entry("601", 11), Map.entry("701", 11), Map.entry("702", 5),
            Map.entry("800", 5), Map.entry("801", 5));

    /** Records whose pedimento number is field 3 (field 2 is the patente). */
    private static final Set<String> KEY_IN_FIELD_3 = Set.of("501", "515", "601", "701");
    /** Records of a partida: they follow their 551 and repeat its fracción and partida number. */
    private static final Set<String> PARTIDA_RECORDS = Set.of("552", "553", "554", "555", "556", "557", "558", "560");
    /**
     * Contributions: checked for structure and keys but not kept, because the platform assesses the
     * contributions itself from the declaration (the broker's figures are not part of the document).
     */
    private static final Set<String> CONTRIBUTIONS = Set.of("509", "510", "556", "557");
    /**
     * Records the platform's declaration has no element for: carried verbatim with the declaration and
     * written back by the export (FORMATS.md §1.5).
     */
    private static final Set<String> CARRIED = Set.of("502", "503", "504", "508", "512", "513", "514", "515", "516",
            "520", "552", "553", "554", "555", "560", "601", "701", "702");
    /** Pedimento-level records that the layout places after the partidas (FORMATS.md §1.4). */
    private static final Set<String> TRAILING = Set.of("601", "701", "702");
    /** Records read once per pedimento whose unread fields are carried as an overlay (the others whole). */
    private static final Set<String> OVERLAID = Set.of("501", "505", "551");

    /** Fields (1-based) of a 507 the platform reads: type, pedimento, clave, complemento 1. */
    private static final Set<Integer> IDENTIFIER_FIELDS = Set.of(1, 2, 3, 4);

    private static final Set<Element> HEADER_NATIVE = EnumSet.of(Element.AUTHORITY, Element.CUSTOMS_OFFICE,
            Element.OPERATION, Element.TYPE, Element.EXCHANGE_RATE, Element.DATE, Element.INCOTERM, Element.CURRENCY,
            Element.IDENTIFIER_CODE, Element.IDENTIFIER_COMPLEMENT);

    @Override
    public String write(List<ElementValues> declarations) {
        StringBuilder out = new StringBuilder(declarations.size() * 1024);
        int records = 0;
        String firstPatente = "0000";
        LocalDate firstDate = null;
        for (ElementValues v : declarations) {
            List<String> lines = pedimento(v);
            if (records == 0) {
                firstPatente = patente(v);
                firstDate = v.get(Element.DATE) == null ? null : LocalDate.parse(v.get(Element.DATE));
            }
            for (String line : lines) {
                out.append(line).append('\n');
            }
            records += lines.size();
        }
        // The file is named by the declaration date of its first pedimento, so that an export is reproducible.
        String day = firstDate == null ? "001" : String.format("%03d", firstDate.getDayOfYear());
        out.append(join("801", "m" + firstPatente + "001." + day, String.valueOf(declarations.size()),
                String.valueOf(records), "")).append('\n');
        return out.toString();
    }

    private List<String> pedimento(ElementValues v) {
        String number = v.get(Element.NUMBER);
        if (number == null || !FIFTEEN_DIGITS.matcher(number).matches()) {
            throw CodecProblems.cannotCarry("number", "an archivo M carries a 15-digit pedimento number, not '" + number + "'");
        }
        String seq = number.substring(8);
        String patente = patente(v);
        Set<Element> natives = headerNatives(v, patente, seq);
        String implied = PedimentoClaves.onlyRegime(v.get(Element.TYPE), v.get(Element.OPERATION));
        List<String> r = new ArrayList<>();
        r.add(join("500", "1", patente, seq, v(v, Element.CUSTOMS_OFFICE), ""));
        r.add(join(overlaid(general(v, patente, seq), v.carried(), 0)));
        r.add(join(overlaid(invoice(v, seq), v.carried(), 0)));
        if (v.get(Element.DATE) != null) {
            r.add(join("506", seq, "1", v.get(Element.DATE).replace("-", "")));
        }
        for (Map<Element, String> id : v.identifiers()) {
            r.add(join("507", seq, id.getOrDefault(Element.IDENTIFIER_CODE, ""), id.getOrDefault(Element.IDENTIFIER_COMPLEMENT, ""), "", ""));
        }
        int n = 1;
        for (String extension : Extensions.header(v, natives)) {
            r.add(join("511", seq, String.valueOf(n++), extension));
        }
        if (implied != null && v.get(Element.REGIME) == null) {
            r.add(join("511", seq, String.valueOf(n), NO_REGIME)); // else the reader would take the implied one
        }
        withCarried(r, v.carried(), 0);
        for (int i = 0; i < v.lines().size(); i++) {
            List<String> block = new ArrayList<>();
            partida(block, seq, i + 1, v, v.lines().get(i));
            withCarried(block, v.carried(), i + 1);
            r.addAll(block);
        }
        withCarried(r, v.carried(), Carried.TRAILER);
        r.add(join("800", seq, "1", "", ""));
        return r;
    }

    /** The header elements this pedimento's records hold themselves (the others travel as JC). */
    private static Set<Element> headerNatives(ElementValues v, String patente, String seq) {
        Party[] parties = parties(v.get(Element.OPERATION));
        Set<Element> natives = EnumSet.copyOf(HEADER_NATIVE);
        natives.addAll(List.of(parties[0].taxId, parties[0].name, parties[1].taxId, parties[1].name));
        if (rebuiltNumber(v.get(Element.DATE), v.get(Element.CUSTOMS_OFFICE), patente, seq).equals(v.get(Element.NUMBER))) {
            natives.add(Element.NUMBER);
        }
        if (patente.equals(v.get(Element.FILER))) {
            natives.add(Element.FILER);
        }
        for (Party p : parties) {
            if (SaaiCountries.key(v.get(p.country)) != null) {
                natives.add(p.country);
            }
        }
        String implied = PedimentoClaves.onlyRegime(v.get(Element.TYPE), v.get(Element.OPERATION));
        if (implied != null && implied.equals(v.get(Element.REGIME))) {
            natives.add(Element.REGIME);
        }
        return natives;
    }

    /** Adds the records carried at {@code anchor} and puts the block in record-type order (stable). */
    private static void withCarried(List<String> block, List<Carried> carried, int anchor) {
        int before = block.size();
        for (Carried c : carried) {
            if (c.anchor() == anchor && !c.overlay()) {
                block.add(c.text());
            }
        }
        if (block.size() > before && anchor != Carried.TRAILER) {
            block.sort(java.util.Comparator.comparing(line -> line.substring(0, 3)));
        }
    }

    /** The generated record with the carried fields of the same record put back where they were. */
    private static String[] overlaid(String[] fields, List<Carried> carried, int anchor) {
        for (Carried c : carried) {
            if (c.overlay() && c.anchor() == anchor && c.type().equals(fields[0])) {
                String[] o = c.text().split("\\|", -1);
                for (int i = 1; i < o.length && i < fields.length; i++) {
                    if (!o[i].isEmpty()) {
                        fields[i] = o[i];
                    }
                }
            }
        }
        return fields;
    }

    /** 501 as the platform writes it from the declaration's elements (before the carried fields). */
    static String[] general(ElementValues v, String patente, String seq) {
        Party principal = parties(v.get(Element.OPERATION))[0];
        String[] g = new String[35];
        Arrays.fill(g, "");
        g[0] = "501";
        g[1] = patente;
        g[2] = seq;
        g[3] = v(v, Element.CUSTOMS_OFFICE);
        g[4] = operationCode(v.get(Element.OPERATION));
        g[5] = v(v, Element.TYPE);
        g[6] = v(v, Element.CUSTOMS_OFFICE);
        g[8] = v(v, principal.taxId);
        g[10] = v(v, Element.EXCHANGE_RATE);
        g[21] = v(v, principal.name);
        g[28] = orEmpty(SaaiCountries.key(v.get(principal.country)));
        return g;
    }

    /** 505 (the declaration's invoice terms and counterpart) as the platform writes it. */
    static String[] invoice(ElementValues v, String seq) {
        Party counterpart = parties(v.get(Element.OPERATION))[1];
        return new String[] {"505", seq, "", "", v(v, Element.INCOTERM), v(v, Element.CURRENCY), "", "",
                orEmpty(SaaiCountries.key(v.get(counterpart.country))), "", v(v, counterpart.taxId), v(v, counterpart.name),
                "", "", "", "", ""};
    }

    /**
     * 551 as the platform writes it. 551.10 is the value in USD: the line's value when the declaration's
     * currency is USD. 551.12 is the SAT unit number, 551.21 the SAAI country of origin (import) or
     * destination (export). A quantity in UMT counted in kilos (551.13 with 551.14 = KILO) is the net
     * weight.
     */
    static String[] partida(ElementValues v, String seq, int partida, LineValues line) {
        String tariff = line.get(Element.TARIFF_CODE);
        boolean nativeTariff = tariff != null && TEN_DIGITS.matcher(tariff).matches();
        String[] f = new String[26];
        Arrays.fill(f, "");
        f[0] = "551";
        f[1] = seq;
        f[2] = nativeTariff ? tariff.substring(0, 8) : "";
        f[3] = String.valueOf(partida);
        f[4] = nativeTariff ? tariff.substring(8) : "";
        f[5] = orEmpty(line.get(Element.DESCRIPTION));
        f[9] = USD.equals(v.get(Element.CURRENCY)) ? orEmpty(line.get(Element.VALUE)) : "";
        f[10] = orEmpty(line.get(Element.QUANTITY));
        f[11] = orEmpty(UmtCodes.sat(line.get(Element.QUANTITY_UNIT)));
        if (line.get(Element.NET_WEIGHT) != null) {
            f[12] = line.get(Element.NET_WEIGHT);
            f[13] = UmtCodes.sat(KILOGRAM);
        }
        f[20] = orEmpty(SaaiCountries.key(line.get(countryOfLine(v.get(Element.OPERATION)))));
        return f;
    }

    private static Element countryOfLine(String operation) {
        return "EXP".equals(operation) ? Element.DESTINATION : Element.ORIGIN;
    }

    private void partida(List<String> r, String seq, int partida, ElementValues v, LineValues line) {
        String[] f = partida(v, seq, partida, line);
        Set<Element> natives = EnumSet.of(Element.DESCRIPTION, Element.QUANTITY);
        if (!f[2].isEmpty()) {
            natives.add(Element.TARIFF_CODE);
        }
        if (!f[9].isEmpty()) {
            natives.add(Element.VALUE);
        }
        if (!f[11].isEmpty()) {
            natives.add(Element.QUANTITY_UNIT);
        }
        if (!f[12].isEmpty()) {
            natives.add(Element.NET_WEIGHT);
        }
        if (!f[20].isEmpty()) {
            natives.add(countryOfLine(v.get(Element.OPERATION)));
        }
        String fraccion = f[2];
        r.add(join(overlaid(f, v.carried(), partida)));
        int n = 1;
        for (String extension : Extensions.line(line, natives)) {
            r.add(join("558", seq, fraccion, String.valueOf(partida), String.valueOf(n++), extension));
        }
    }

    /** The principal party goes to 501 (importer or exporter), its counterpart to 505 (seller or buyer). */
    private static Party[] parties(String operation) {
        Party importer = new Party(Element.IMPORTER_TAX_ID, Element.IMPORTER_NAME, Element.IMPORTER_COUNTRY);
        Party seller = new Party(Element.SELLER_TAX_ID, Element.SELLER_NAME, Element.SELLER_COUNTRY);
        Party exporter = new Party(Element.EXPORTER_TAX_ID, Element.EXPORTER_NAME, Element.EXPORTER_COUNTRY);
        Party buyer = new Party(Element.BUYER_TAX_ID, Element.BUYER_NAME, Element.BUYER_COUNTRY);
        return "EXP".equals(operation) ? new Party[] {exporter, buyer} : new Party[] {importer, seller};
    }

    private record Party(Element taxId, Element name, Element country) {
    }

    /** 501.5: 1 import, 2 export (FORMATS.md); 3 for transit is the platform's, not confirmed. */
    private static String operationCode(String operation) {
        if (operation == null) {
            return "";
        }
        return switch (operation) {
            case "IMP" -> "1";
            case "EXP" -> "2";
            case "TRA" -> "3";
            default -> throw CodecProblems.cannotCarry("operation", "501.5 carries IMP, EXP or TRA, not '" + operation + "'");
        };
    }

    private static String operationOf(String code) {
        return switch (code) {
            case "1" -> "IMP";
            case "2" -> "EXP";
            case "3" -> "TRA";
            default -> null;
        };
    }

    private static String patente(ElementValues v) {
        String number = v.get(Element.NUMBER);
        return number != null && number.length() == 15 ? number.substring(4, 8) : orEmpty(v.get(Element.FILER));
    }

    /** Anexo 22 field 1: year of the date, aduana of the office, patente, 7-digit sequence. */
    static String rebuiltNumber(String isoDate, String office, String patente, String seq) {
        if (isoDate == null || office == null || office.length() < 2 || isoDate.length() < 4) {
            return "";
        }
        return isoDate.substring(2, 4) + office.substring(0, 2) + patente + seq;
    }

    private static String v(ElementValues v, Element e) {
        return orEmpty(v.get(e));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String join(String... fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i];
            if (f.indexOf('|') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                throw CodecProblems.cannotCarry(fields[0] + "." + (i + 1), "an archivo M field cannot hold '|' or a line break");
            }
        }
        return String.join("|", fields);
    }

    @Override
    public void read(Reader in, Sink sink) throws IOException {
        new M3Reader(sink).read(in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16));
    }

    /** The reading state of one file. */
    private static final class M3Reader {
        private final Sink sink;
        private int record;
        private int pedimentos;
        private boolean ended;
        private String firstPatente;
        private Open open;

        M3Reader(Sink sink) {
            this.sink = sink;
        }

        void read(BufferedReader in) throws IOException {
            String line;
            while ((line = in.readLine()) != null) {
                record++;
                take(line);
            }
            if (!ended) {
                String open = this.open != null ? "; pedimento " + this.open.seq + " is not closed by its 800" : "";
                problem(record + 1, "801", "TRUNCATED_FILE",
                        "The file ends after record " + record + " without the 801 end-of-file record" + open);
            }
        }

        private void take(String line) {
            if (line.isEmpty()) {
                problem(record, "line", "BLANK_LINE", "Blank lines are not allowed in an archivo M");
                return;
            }
            if (line.indexOf('\u0000') >= 0) {
                problem(record, "line", "NUL_CHARACTER", "Record " + record + " contains the NUL character");
                return;
            }
            List<String> f = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
            String type = f.get(0);
            Integer arity = ARITY.get(type);
            if (arity == null) {
                problem(record, type, "UNKNOWN_RECORD", "'" + type + "' is not a record type of the archivo M (v9.0)");
                return;
            }
            if (ended) {
                problem(record, type, "RECORD_AFTER_END", "Record " + type + " follows the 801 end-of-file record");
                return;
            }
            if (f.size() == arity + 1 && f.get(arity).isEmpty()) {
                f.remove(arity); // older files end every record with '|'
            }
            if (f.size() != arity) {
                problem(record, type, "FIELD_COUNT", "Record " + type + " has " + arity + " fields, this one " + f.size());
                return;
            }
            dispatch(type, f);
        }

        private void dispatch(String type, List<String> f) {
            if (type.equals("801")) {
                end(f);
                return;
            }
            if (type.equals("500")) {
                start(f);
                return;
            }
            if (open == null) {
                problem(record, type, "RECORD_ORDER", "Record " + type + " is outside a pedimento: a pedimento starts with 500");
                return;
            }
            String key = f.get(KEY_IN_FIELD_3.contains(type) ? 2 : 1);
            if (!key.equals(open.seq)) {
                problem(record, type + "." + (KEY_IN_FIELD_3.contains(type) ? 3 : 2), "KEY_MISMATCH",
                        "Record " + type + " is for pedimento " + key + " inside pedimento " + open.seq + " (500.4)");
                return;
            }
            open.take(type, f);
        }

        private void start(List<String> f) {
            if (open != null) {
                problem(record, "800", "MISSING_RECORD", "Pedimento " + open.seq + " is not closed by its 800 before record " + record);
            }
            if (firstPatente == null) {
                firstPatente = f.get(2);
            }
            open = new Open(this, record, f);
        }

        private void end(List<String> f) {
            if (open != null) {
                problem(record, "800", "MISSING_RECORD", "Pedimento " + open.seq + " is not closed by its 800 before the 801");
                open = null;
            }
            ended = true;
            var name = FILE_NAME.matcher(f.get(1));
            if (!name.matches()) {
                problem(record, "801.2", "MALFORMED_FILE_NAME", "The file name is mPPPPNNN.DDD, not '" + f.get(1) + "'");
            } else if (firstPatente != null && !name.group(1).equals(firstPatente)) {
                problem(record, "801.2", "FILE_NAME_MISMATCH",
                        "The file name carries patente " + name.group(1) + " but the pedimentos patente " + firstPatente);
            }
            if (!f.get(2).equals(String.valueOf(pedimentos))) {
                problem(record, "801.3", "CONTROL_TOTAL_MISMATCH", "801.3 says " + f.get(2) + " pedimentos, the file holds " + pedimentos);
            }
            if (!f.get(3).equals(String.valueOf(record - 1))) {
                problem(record, "801.4", "CONTROL_TOTAL_MISMATCH", "801.4 says " + f.get(3) + " records, the file holds " + (record - 1));
            }
        }

        void problem(int at, String field, String code, String message) {
            sink.problem(new Rejection(at, field, code, message));
        }

        void closed(Open pedimento) {
            pedimentos++;
            open = null;
            sink.declaration(pedimento.parsed());
        }
    }

    /** One pedimento being read, between its 500 and its 800. */
    private static final class Open {
        private final M3Reader file;
        private final int start;
        final String seq;
        private final String patente;
        private final ElementValues v = new ElementValues();
        private final List<Integer> lineRecords = new ArrayList<>();
        private final List<Rejection> problems = new ArrayList<>();
        private String last = "500";
        private String fraccion;
        private boolean invoiceRead;
        private boolean noRegime;

        Open(M3Reader file, int start, List<String> f) {
            this.file = file;
            this.start = start;
            this.seq = f.get(3);
            this.patente = f.get(2);
            v.put(Element.AUTHORITY, "MX");
            v.put(Element.CUSTOMS_OFFICE, f.get(4));
            v.put(Element.FILER, patente);
            if (!f.get(1).equals("1")) {
                problems.add(new Rejection(start, "500.2", "UNSUPPORTED_MOVEMENT",
                        "Only movement 1 (new pedimento) is imported, not " + f.get(1)));
            }
        }

        void take(String type, List<String> f) {
            if (last.equals("500") && !type.equals("501")) {
                file.problem(file.record, "501", "MISSING_RECORD", "Record 501 must follow the 500 of pedimento " + seq + ", found " + type);
            }
            if (type.equals("501") && !last.equals("500")) {
                file.problem(file.record, "501", "RECORD_ORDER", "Record 501 must directly follow the 500 of pedimento " + seq);
            }
            boolean partidaLevel = PARTIDA_RECORDS.contains(type);
            if (!partidaLevel && !type.equals("551") && !type.equals("800") && !TRAILING.contains(type) && !lineRecords.isEmpty()) {
                file.problem(file.record, type, "RECORD_ORDER", "Record " + type + " belongs before the first partida (551) of pedimento " + seq);
            }
            if (partidaLevel && !partida(type, f)) {
                return;
            }
            last = type;
            keep(type, f);
        }

        private boolean partida(String type, List<String> f) {
            if (lineRecords.isEmpty()) {
                file.problem(file.record, type, "RECORD_ORDER", "Record " + type + " must follow the 551 of its partida");
                return false;
            }
            if (!f.get(2).equals(fraccion) || !f.get(3).equals(String.valueOf(lineRecords.size()))) {
                file.problem(file.record, type + ".3", "KEY_MISMATCH", "Record " + type + " names fracción " + f.get(2)
                        + " partida " + f.get(3) + " but follows partida " + lineRecords.size() + " (" + fraccion + ")");
                return false;
            }
            return true;
        }

        private void keep(String type, List<String> f) {
            int anchor = TRAILING.contains(type) ? Carried.TRAILER : lineRecords.size();
            switch (type) {
                case "501" -> {
                    general(f);
                    overlay(f, 0, M3Codec.general(v, patente, seq));
                }
                case "505" -> invoice(f);
                case "506" -> {
                    if (f.get(2).equals("1") && v.get(Element.DATE) == null) {
                        date(f.get(3));
                    } else {
                        carry(anchor, f); // other date types (catalogue not confirmed) travel as they came
                    }
                }
                case "507" -> identifier(f);
                case "511" -> extension(f, null);
                case "551" -> {
                    line(f);
                    overlay(f, lineRecords.size(), M3Codec.partida(v, seq, lineRecords.size(), v.lines().getLast()));
                }
                case "558" -> extension(f, v.lines().getLast());
                case "800" -> file.closed(this);
                default -> {
                    if (CARRIED.contains(type)) {
                        carry(anchor, f);
                    }
                }
            }
        }

        /** A whole record the platform has no element for, kept as it came. */
        private void carry(int anchor, List<String> f) {
            v.carried().add(new Carried(anchor, false, String.join("|", f)));
        }

        /**
         * The fields of a read record that the platform's export would not write as they came (a field it
         * has no element for, a code outside the catalogue, another spelling), kept in place; the others
         * emptied. {@code written} is the record as the export writes it from what was read.
         */
        private void overlay(List<String> f, int anchor, String[] written) {
            String[] o = new String[f.size()];
            boolean any = false;
            for (int i = 0; i < o.length; i++) {
                o[i] = i == 0 || !f.get(i).equals(written[i]) ? f.get(i) : "";
                any |= i > 0 && !o[i].isEmpty();
            }
            if (any) {
                v.carried().add(new Carried(anchor, true, String.join("|", o)));
            }
        }

        private boolean hasUnread(List<String> f) {
            for (int i = 0; i < f.size(); i++) {
                if (!f.get(i).isEmpty() && !IDENTIFIER_FIELDS.contains(i + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** An identifier with complements 2 and 3 has no platform element for them: carried whole. */
        private void identifier(List<String> f) {
            if (hasUnread(f)) {
                carry(0, f);
                return;
            }
            Map<Element, String> id = v.addIdentifier();
            ElementValues.putIn(id, Element.IDENTIFIER_CODE, f.get(2));
            ElementValues.putIn(id, Element.IDENTIFIER_COMPLEMENT, f.get(3));
        }

        private void general(List<String> f) {
            String operation = operationOf(f.get(4));
            if (operation == null && !f.get(4).isEmpty()) {
                problems.add(new Rejection(file.record, "operation", "UNKNOWN_OPERATION", "501.5 is 1 (import) or 2 (export), not " + f.get(4)));
            }
            v.put(Element.OPERATION, operation);
            v.put(Element.TYPE, f.get(5));
            v.put(Element.EXCHANGE_RATE, f.get(10));
            Party principal = parties(operation)[0];
            v.put(principal.taxId, f.get(8));
            v.put(principal.name, f.get(21));
            v.put(principal.country, SaaiCountries.iso(f.get(28)));
        }

        /** The first 505 gives the declaration's terms and counterpart; further invoices are carried whole. */
        private void invoice(List<String> f) {
            if (invoiceRead) {
                carry(0, f);
                return;
            }
            invoiceRead = true;
            v.put(Element.INCOTERM, f.get(4));
            v.put(Element.CURRENCY, f.get(5));
            Party counterpart = parties(v.get(Element.OPERATION))[1];
            v.put(counterpart.taxId, f.get(10));
            v.put(counterpart.name, f.get(11));
            v.put(counterpart.country, SaaiCountries.iso(f.get(8)));
            overlay(f, 0, M3Codec.invoice(v, seq));
        }

        private void date(String yyyymmdd) {
            if (yyyymmdd.matches("\\d{8}")) {
                v.put(Element.DATE, yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6));
            } else {
                problems.add(new Rejection(file.record, "date", "MALFORMED_VALUE", "506.4 is a date AAAAMMDD, not '" + yyyymmdd + "'"));
            }
        }

        private void line(List<String> f) {
            if (!f.get(3).equals(String.valueOf(lineRecords.size() + 1))) {
                file.problem(file.record, "551.4", "PARTIDA_SEQUENCE", "Partida " + f.get(3) + " follows partida " + lineRecords.size());
            }
            lineRecords.add(file.record);
            fraccion = f.get(2);
            LineValues line = v.addLine();
            if (!f.get(2).isEmpty() || !f.get(4).isEmpty()) {
                ElementValues.putIn(line.values(), Element.TARIFF_CODE, f.get(2) + f.get(4));
            }
            ElementValues.putIn(line.values(), Element.DESCRIPTION, f.get(5));
            ElementValues.putIn(line.values(), Element.QUANTITY, f.get(10));
            ElementValues.putIn(line.values(), Element.QUANTITY_UNIT, UmtCodes.rec20(f.get(11)));
            if (KILOGRAM.equals(UmtCodes.rec20(f.get(13)))) {
                ElementValues.putIn(line.values(), Element.NET_WEIGHT, f.get(12));
            }
            ElementValues.putIn(line.values(), countryOfLine(v.get(Element.OPERATION)), SaaiCountries.iso(f.get(20)));
            if (USD.equals(v.get(Element.CURRENCY))) {
                ElementValues.putIn(line.values(), Element.VALUE, f.get(9));
            }
        }

        /** Observaciones: the platform's own elements are read back, a broker's free text is carried. */
        private void extension(List<String> f, LineValues line) {
            String text = f.get(line == null ? 3 : 5);
            if (line == null && text.equals(NO_REGIME)) {
                noRegime = true;
                return;
            }
            if (!text.startsWith(Extensions.PREFIX)) {
                carry(lineRecords.size(), f);
                return;
            }
            String refused = Extensions.read(text, v, line);
            if (refused != null) {
                problems.add(new Rejection(file.record, line == null ? "511.4" : "558.6", "UNSUPPORTED_RECORD", refused));
            }
        }

        Codec.ParsedDeclaration parsed() {
            // in the order the export writes them, so that a file read, written and read again carries the same list
            v.carried().sort(java.util.Comparator.comparingInt((Carried c) -> c.anchor() == Carried.TRAILER ? Integer.MAX_VALUE : c.anchor())
                    .thenComparing(c -> c.anchor() == Carried.TRAILER ? "" : c.type()));
            if (v.get(Element.REGIME) == null && !noRegime) {
                v.put(Element.REGIME, PedimentoClaves.onlyRegime(v.get(Element.TYPE), v.get(Element.OPERATION)));
            }
            if (v.get(Element.DATE) == null) {
                problems.add(new Rejection(start, "506", "MISSING_RECORD", "Pedimento " + seq + " has no 506 record of type 1 (its date)"));
            }
            if (v.get(Element.NUMBER) == null) {
                String number = rebuiltNumber(v.get(Element.DATE), v.get(Element.CUSTOMS_OFFICE), patente, seq);
                v.put(Element.NUMBER, number.isEmpty() ? null : number);
            }
            return new Codec.ParsedDeclaration(start, v, List.copyOf(lineRecords), problems);
        }
    }
}
