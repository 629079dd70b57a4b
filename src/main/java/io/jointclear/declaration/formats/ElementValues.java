package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Identifier;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.declaration.DeclarationDocument.Quantity;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A declaration as {@link Element} values in text: what every format writes and reads. Amounts keep
 * their scale ({@code 21600.0} stays {@code 21600.0}); dates are ISO ({@code 2026-03-10}). Conversion
 * to and from {@link DeclarationDocument} happens only here.
 */
public final class ElementValues {

    private final Map<Element, String> header = new EnumMap<>(Element.class);
    private final List<Map<Element, String>> identifiers = new ArrayList<>();
    private final List<LineValues> lines = new ArrayList<>();
    private final List<Carried> carried = new ArrayList<>();

    /**
     * A record (or the fields of one) of a format that the platform has no element for, kept verbatim
     * so that the format writes it back unchanged. Only the archivo M has them today.
     *
     * @param anchor  0 for the pedimento's header, n for partida n, {@link #TRAILER} after the partidas
     * @param overlay true when {@code text} holds only the unread fields of a record the platform
     *                also reads (the others empty), false for a whole record
     * @param text    the record as pipe-delimited fields, without a trailing pipe
     */
    public record Carried(int anchor, boolean overlay, String text) {
        public static final int TRAILER = -1;

        /** One line of text for storage: {@code anchor:V|O:text}. */
        public String encoded() {
            return anchor + ":" + (overlay ? "O" : "V") + ":" + text;
        }

        public static Carried decode(String encoded) {
            int a = encoded.indexOf(':');
            return new Carried(Integer.parseInt(encoded.substring(0, a)), encoded.charAt(a + 1) == 'O',
                    encoded.substring(a + 3));
        }

        String type() {
            return text.length() >= 3 ? text.substring(0, 3) : text;
        }
    }

    /** One line's values and its AD/CVD cases. */
    public record LineValues(Map<Element, String> values, List<String> cases) {
        public LineValues() {
            this(new EnumMap<>(Element.class), new ArrayList<>());
        }

        public String get(Element e) {
            return values.get(e);
        }
    }

    public Map<Element, String> header() {
        return header;
    }

    public List<Map<Element, String>> identifiers() {
        return identifiers;
    }

    public List<LineValues> lines() {
        return lines;
    }

    /** What the file held that the platform has no element for, in file order (archivo M only). */
    public List<Carried> carried() {
        return carried;
    }

    /** The carried records as storage text, one per record. */
    public List<String> carriedText() {
        return carried.stream().map(Carried::encoded).toList();
    }

    /** Values of a stored declaration with the records its file carried. */
    public static ElementValues of(DeclarationDocument d, List<String> carriedText) {
        ElementValues v = of(d);
        carriedText.forEach(t -> v.carried.add(Carried.decode(t)));
        return v;
    }

    public String get(Element e) {
        return header.get(e);
    }

    public void put(Element e, String value) {
        if (value != null && !value.isEmpty()) {
            header.put(e, value);
        }
    }

    public Map<Element, String> addIdentifier() {
        Map<Element, String> identifier = new EnumMap<>(Element.class);
        identifiers.add(identifier);
        return identifier;
    }

    public LineValues addLine() {
        LineValues line = new LineValues();
        lines.add(line);
        return line;
    }

    public static ElementValues of(DeclarationDocument d) {
        ElementValues v = new ElementValues();
        v.put(Element.AUTHORITY, d.authority() == null ? null : d.authority().name());
        v.put(Element.NUMBER, d.number());
        v.put(Element.OPERATION, d.operation());
        v.put(Element.TYPE, d.type());
        v.put(Element.REGIME, d.regime());
        v.put(Element.FILER, d.filer());
        v.put(Element.CUSTOMS_OFFICE, d.customsOffice());
        v.put(Element.DATE, d.date() == null ? null : d.date().toString());
        v.put(Element.EXCHANGE_RATE, text(d.exchangeRate()));
        v.put(Element.CURRENCY, d.currency());
        v.put(Element.INCOTERM, d.incoterm());
        v.put(Element.FREIGHT, text(d.freight()));
        v.put(Element.INSURANCE, text(d.insurance()));
        v.put(Element.OTHER_INCREMENTABLES, text(d.otherIncrementables()));
        v.put(Element.IMMEX_PROGRAM, d.immexProgram());
        party(v, d.importer(), Element.IMPORTER_TAX_ID, Element.IMPORTER_NAME, Element.IMPORTER_COUNTRY);
        party(v, d.exporter(), Element.EXPORTER_TAX_ID, Element.EXPORTER_NAME, Element.EXPORTER_COUNTRY);
        party(v, d.buyer(), Element.BUYER_TAX_ID, Element.BUYER_NAME, Element.BUYER_COUNTRY);
        party(v, d.seller(), Element.SELLER_TAX_ID, Element.SELLER_NAME, Element.SELLER_COUNTRY);
        for (Identifier i : d.identifiers()) {
            Map<Element, String> at = v.addIdentifier();
            putIn(at, Element.IDENTIFIER_CODE, i.code());
            putIn(at, Element.IDENTIFIER_COMPLEMENT, i.complement());
        }
        for (Line l : d.lines()) {
            LineValues at = v.addLine();
            putIn(at.values(), Element.TARIFF_CODE, l.tariffCode());
            putIn(at.values(), Element.DESCRIPTION, l.description());
            putIn(at.values(), Element.ORIGIN, l.origin());
            putIn(at.values(), Element.DESTINATION, l.destination());
            if (l.quantity() != null) {
                putIn(at.values(), Element.QUANTITY, text(l.quantity().value()));
                putIn(at.values(), Element.QUANTITY_UNIT, l.quantity().unit());
            }
            putIn(at.values(), Element.NET_WEIGHT, text(l.netWeightKg()));
            putIn(at.values(), Element.VALUE, text(l.value()));
            putIn(at.values(), Element.PREFERENCE, l.preference());
            putIn(at.values(), Element.MANUFACTURER, l.manufacturer());
            at.cases().addAll(l.adCvdCases());
        }
        return v;
    }

    /**
     * The document these values describe. A value that is not a number or date where one belongs is
     * reported against its field (code {@code MALFORMED_VALUE}) and left out.
     */
    public DeclarationDocument toDocument(List<FieldViolation> problems) {
        Reader r = new Reader(problems);
        List<Identifier> ids = new ArrayList<>();
        for (Map<Element, String> i : identifiers) {
            ids.add(new Identifier(i.get(Element.IDENTIFIER_CODE), i.get(Element.IDENTIFIER_COMPLEMENT)));
        }
        List<Line> ls = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            Map<Element, String> l = lines.get(n).values();
            BigDecimal qty = r.decimal(l.get(Element.QUANTITY), Element.QUANTITY.fieldPath(n));
            String unit = l.get(Element.QUANTITY_UNIT);
            ls.add(new Line(l.get(Element.TARIFF_CODE), l.get(Element.DESCRIPTION), l.get(Element.ORIGIN),
                    l.get(Element.DESTINATION), qty == null && unit == null ? null : new Quantity(qty, unit),
                    r.decimal(l.get(Element.NET_WEIGHT), Element.NET_WEIGHT.fieldPath(n)),
                    r.decimal(l.get(Element.VALUE), Element.VALUE.fieldPath(n)), l.get(Element.PREFERENCE),
                    l.get(Element.MANUFACTURER), lines.get(n).cases()));
        }
        return new DeclarationDocument(r.authority(get(Element.AUTHORITY)), get(Element.NUMBER), get(Element.OPERATION),
                get(Element.TYPE), get(Element.REGIME), get(Element.FILER), get(Element.CUSTOMS_OFFICE),
                r.date(get(Element.DATE)), r.decimal(get(Element.EXCHANGE_RATE), Element.EXCHANGE_RATE.key()),
                party(Element.IMPORTER_TAX_ID, Element.IMPORTER_NAME, Element.IMPORTER_COUNTRY),
                party(Element.EXPORTER_TAX_ID, Element.EXPORTER_NAME, Element.EXPORTER_COUNTRY),
                party(Element.BUYER_TAX_ID, Element.BUYER_NAME, Element.BUYER_COUNTRY),
                party(Element.SELLER_TAX_ID, Element.SELLER_NAME, Element.SELLER_COUNTRY),
                get(Element.CURRENCY), get(Element.INCOTERM),
                r.decimal(get(Element.FREIGHT), Element.FREIGHT.key()),
                r.decimal(get(Element.INSURANCE), Element.INSURANCE.key()),
                r.decimal(get(Element.OTHER_INCREMENTABLES), Element.OTHER_INCREMENTABLES.key()),
                get(Element.IMMEX_PROGRAM), ids, ls);
    }

    private Party party(Element taxId, Element name, Element country) {
        String t = get(taxId);
        String n = get(name);
        String c = get(country);
        return t == null && n == null && c == null ? null : new Party(t, n, c);
    }

    private static void party(ElementValues v, Party p, Element taxId, Element name, Element country) {
        if (p != null) {
            v.put(taxId, p.taxId());
            v.put(name, p.name());
            v.put(country, p.country());
        }
    }

    static void putIn(Map<Element, String> map, Element e, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(e, value);
        }
    }

    /** Plain digits, scale kept (never an exponent: every format here wants plain numbers). */
    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Turns text back into typed values, reporting what does not parse. */
    private record Reader(List<FieldViolation> problems) {

        BigDecimal decimal(String text, String field) {
            if (text == null) {
                return null;
            }
            try {
                if (!text.matches("-?\\d{1,18}(\\.\\d{1,10})?")) {
                    throw new NumberFormatException();
                }
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                problems.add(new FieldViolation(field, "MALFORMED_VALUE", "'" + text + "' is not a decimal number"));
                return null;
            }
        }

        LocalDate date(String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new FieldViolation(Element.DATE.key(), "MALFORMED_VALUE", "'" + text + "' is not a date"));
                return null;
            }
        }

        Authority authority(String text) {
            if (text == null) {
                return null;
            }
            try {
                return Authority.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldViolation(Element.AUTHORITY.key(), "MALFORMED_VALUE", e.getMessage()));
                return null;
            }
        }
    }
}
