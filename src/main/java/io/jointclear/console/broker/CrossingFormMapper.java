package io.jointclear.console.broker;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.declaration.DeclarationDocument.Quantity;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the form into the platform's {@link FileCrossing} (the Mexican declaration first, the US one
 * second, one declaration line per goods line) and the platform's violation paths back into form
 * fields. Values the form cannot even parse (a number that is not a number) are reported here with
 * the same shape as the platform's violations.
 */
final class CrossingFormMapper {

    static final String MX = "declarations[0].";
    static final String US = "declarations[1].";

    private static final Pattern LINE_PATH = Pattern.compile("lines\\[(\\d+)](?:\\.(.*))?");

    /** Top-level paths of the crossing. */
    private static final Map<String, String> CROSSING_FIELDS = Map.ofEntries(
            Map.entry("direction", "direction"), Map.entry("mxCustomsOffice", "mxCustomsOffice"), Map.entry("usPort", "usPort"),
            Map.entry("expectedArrival", "expectedArrival"), Map.entry("carrier.name", "carrierName"),
            Map.entry("carrier.scac", "carrierScac"), Map.entry("carrier", "carrierName"), Map.entry("conveyance.plate", "plate"),
            Map.entry("conveyance.plateCountry", "plateCountry"), Map.entry("conveyance", "plate"),
            Map.entry("conveyance.trailer", "trailer"), Map.entry("conveyance.seals", "seal"),
            Map.entry("driver.name", "driverName"), Map.entry("driver", "driverName"), Map.entry("driver.fastCard", "fastCard"));

    /** Header paths inside one declaration, per authority; the party fields depend on the direction, handled in code. */
    private static final Map<String, String> MX_FIELDS = Map.ofEntries(
            Map.entry("number", "pedimentoNumber"), Map.entry("type", "clave"), Map.entry("exchangeRate", "exchangeRate"),
            Map.entry("customsOffice", "mxCustomsOffice"), Map.entry("date", "expectedArrival"), Map.entry("incoterm", "incoterm"),
            Map.entry("filer", "pedimentoNumber"));

    private static final Map<String, String> US_FIELDS = Map.ofEntries(
            Map.entry("number", "usNumber"), Map.entry("type", "usType"), Map.entry("customsOffice", "usPort"),
            Map.entry("date", "expectedArrival"), Map.entry("filer", "usNumber"));

    /** Paths inside one declaration line, per authority, then those shared by both sides. */
    private static final Map<String, String> MX_LINE = Map.of("tariffCode", "mxTariffCode", "quantity.unit", "mxUnit");

    private static final Map<String, String> US_LINE = Map.of("tariffCode", "usTariffCode", "quantity.unit", "usUnit");

    /** Line fields the form keeps once for the whole US declaration. */
    private static final Map<String, String> US_HEADER_OF_LINE = Map.of("preference", "preference", "manufacturer", "manufacturer");

    private static final Map<String, String> SHARED_LINE = Map.of("description", "description", "origin", "origin",
            "quantity.value", "quantity", "quantity", "quantity", "value", "value", "netWeightKg", "netWeightKg",
            "destination", "origin", "", "description");

    private CrossingFormMapper() {
    }

    record Result(FileCrossing filing, List<FieldViolation> parseProblems) {
    }

    static Result toFiling(CrossingForm f, ZoneId zone) {
        List<FieldViolation> problems = new ArrayList<>();
        boolean north = !"SOUTHBOUND".equals(f.getDirection());
        OffsetDateTime arrival = dateTime(f.getExpectedArrival(), zone, problems);
        LocalDate date = arrival == null ? null : arrival.toLocalDate();
        BigDecimal exchangeRate = decimal("exchangeRate", f.getExchangeRate(), problems);
        // the licences the numbers carry: the platform checks that they are the broker's agency's
        String patente = DeclarationNumbers.filerIn(Authority.MX, text(f.getPedimentoNumber()));
        String filerCode = DeclarationNumbers.filerIn(Authority.US, text(f.getUsNumber()));
        Party mxParty = new Party(text(f.getMxTaxId()), text(f.getMxName()), "MX");
        Party usParty = new Party(text(f.getUsTaxId()), text(f.getUsName()), "US");
        List<Line> mxLines = new ArrayList<>();
        List<Line> usLines = new ArrayList<>();
        List<CrossingForm.GoodsLine> goods = f.getLines();
        for (int i = 0; i < goods.size(); i++) {
            CrossingForm.GoodsLine g = goods.get(i);
            BigDecimal quantity = decimal(CrossingForm.lineField(i, "quantity"), g.getQuantity(), problems);
            BigDecimal value = decimal(CrossingForm.lineField(i, "value"), g.getValue(), problems);
            BigDecimal weight = decimal(CrossingForm.lineField(i, "netWeightKg"), g.getNetWeightKg(), problems);
            String origin = text(g.getOrigin());
            mxLines.add(new Line(text(g.getMxTariffCode()), text(g.getDescription()), origin, north ? "US" : "MX",
                    new Quantity(quantity, text(g.getMxUnit())), weight, value, north ? null : usmca(f.getPreference()),
                    null, List.of()));
            usLines.add(new Line(text(g.getUsTariffCode()), text(g.getDescription()), origin, north ? null : "MX",
                    new Quantity(quantity, text(g.getUsUnit())), weight, value, north ? text(f.getPreference()) : null,
                    north ? text(f.getManufacturer()) : null, List.of()));
        }
        DeclarationDocument mx = new DeclarationDocument(Authority.MX, text(f.getPedimentoNumber()), north ? "EXP" : "IMP",
                text(f.getClave()), north ? "EXD" : "IMD", patente, text(f.getMxCustomsOffice()), date, exchangeRate,
                north ? null : mxParty, north ? mxParty : null, north ? usParty : null, north ? null : usParty,
                "USD", text(f.getIncoterm()), null, null, null, null, List.of(), mxLines);
        DeclarationDocument us = new DeclarationDocument(Authority.US, text(f.getUsNumber()), north ? null : "EXP",
                north ? text(f.getUsType()) : "EEI", null, filerCode, text(f.getUsPort()), date, null,
                north ? usParty : null, north ? null : usParty, null, north ? mxParty : null,
                "USD", null, null, null, null, null, List.of(), usLines);
        FileCrossing filing = new FileCrossing(north ? "NORTHBOUND" : "SOUTHBOUND", text(f.getMxCustomsOffice()), text(f.getUsPort()),
                arrival, new FileCrossing.Carrier(text(f.getCarrierScac()), text(f.getCarrierName())),
                new FileCrossing.Conveyance(text(f.getPlate()), text(f.getPlateCountry()), text(f.getTrailer()),
                        f.getSeal() == null || f.getSeal().isBlank() ? List.of() : List.of(f.getSeal().trim())),
                new FileCrossing.Driver(text(f.getDriverName()), text(f.getFastCard())), List.of(mx, us));
        return new Result(filing, problems);
    }

    /**
     * The form of a filed crossing, to amend it or to start a new one from it ({@code copy}: the
     * declaration numbers and the expected arrival are left for the broker to fill).
     */
    static CrossingForm toForm(CrossingView c, ZoneId zone, boolean copy) {
        CrossingForm f = new CrossingForm();
        f.setDirection(c.direction());
        f.setMxCustomsOffice(c.mxCustomsOffice());
        f.setUsPort(c.usPort());
        if (!copy && c.expectedArrival() != null) {
            f.setExpectedArrival(c.expectedArrival().atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
        }
        if (c.carrier() != null) {
            f.setCarrierScac(c.carrier().scac());
            f.setCarrierName(c.carrier().name());
        }
        if (c.conveyance() != null) {
            f.setPlate(c.conveyance().plate());
            f.setPlateCountry(c.conveyance().plateCountry());
            f.setTrailer(c.conveyance().trailer());
            f.setSeal(c.conveyance().seals().isEmpty() ? null : c.conveyance().seals().getFirst());
        }
        if (c.driver() != null) {
            f.setDriverName(c.driver().name());
            f.setFastCard(c.driver().fastCard());
        }
        DeclarationDocument mx = document(c, "MX");
        DeclarationDocument us = document(c, "US");
        boolean north = !"SOUTHBOUND".equals(c.direction());
        if (mx != null) {
            f.setPedimentoNumber(copy ? null : mx.number());
            f.setClave(mx.type());
            f.setExchangeRate(plain(mx.exchangeRate()));
            f.setIncoterm(mx.incoterm());
            Party mxParty = north ? mx.exporter() : mx.importer();
            Party usParty = north ? mx.buyer() : mx.seller();
            f.setMxTaxId(mxParty == null ? null : mxParty.taxId());
            f.setMxName(mxParty == null ? null : mxParty.name());
            f.setUsTaxId(usParty == null ? null : usParty.taxId());
            f.setUsName(usParty == null ? null : usParty.name());
        }
        if (us != null) {
            f.setUsNumber(copy ? null : us.number());
            f.setUsType(north ? us.type() : null);
        }
        f.setLines(lines(mx, us, f, north));
        return f;
    }

    private static List<CrossingForm.GoodsLine> lines(DeclarationDocument mx, DeclarationDocument us, CrossingForm f, boolean north) {
        List<CrossingForm.GoodsLine> lines = new ArrayList<>();
        int count = Math.max(mx == null ? 0 : mx.lines().size(), us == null ? 0 : us.lines().size());
        for (int i = 0; i < count; i++) {
            Line m = mx != null && i < mx.lines().size() ? mx.lines().get(i) : null;
            Line u = us != null && i < us.lines().size() ? us.lines().get(i) : null;
            Line any = m != null ? m : u;
            CrossingForm.GoodsLine g = new CrossingForm.GoodsLine();
            g.setMxTariffCode(m == null ? null : m.tariffCode());
            g.setUsTariffCode(u == null ? null : u.tariffCode());
            g.setMxUnit(m == null || m.quantity() == null ? null : m.quantity().unit());
            g.setUsUnit(u == null || u.quantity() == null ? null : u.quantity().unit());
            g.setDescription(any.description());
            g.setOrigin(any.origin());
            g.setQuantity(any.quantity() == null ? null : plain(any.quantity().value()));
            g.setValue(plain(any.value()));
            g.setNetWeightKg(plain(any.netWeightKg()));
            if (north && u != null && f.getPreference() == null) {
                f.setPreference(u.preference());
                f.setManufacturer(u.manufacturer());
            } else if (!north && m != null && m.preference() != null) {
                f.setPreference("S");
            }
            lines.add(g);
        }
        return lines.isEmpty() ? new ArrayList<>(List.of(new CrossingForm.GoodsLine())) : lines;
    }

    private static DeclarationDocument document(CrossingView c, String authority) {
        return c.declarations() == null ? null : c.declarations().stream()
                .filter(d -> authority.equals(d.authority())).map(CrossingView.DeclarationView::document).findFirst().orElse(null);
    }

    /** The form field a platform violation path belongs to, if any. */
    static Optional<String> fieldOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (CROSSING_FIELDS.containsKey(path)) {
            return Optional.of(CROSSING_FIELDS.get(path));
        }
        if (path.startsWith("conveyance.seals")) {
            return Optional.of("seal");
        }
        boolean mx = path.startsWith(MX);
        boolean us = path.startsWith(US);
        if (!mx && !us) {
            return Optional.ofNullable(CrossingForm.FIELDS.contains(path) || LINE_PATH.matcher(path).matches() ? path : null);
        }
        String inner = path.substring(MX.length());
        Matcher line = LINE_PATH.matcher(inner);
        if (line.matches()) {
            return lineField(Integer.parseInt(line.group(1)), line.group(2) == null ? "" : line.group(2), mx);
        }
        if (inner.equals("lines")) {
            return Optional.of(CrossingForm.lineField(0, "description"));
        }
        Optional<String> header = longestMatch(inner, mx ? MX_FIELDS : US_FIELDS);
        if (header.isPresent()) {
            return header;
        }
        String party = inner.contains(".") ? inner.substring(0, inner.indexOf('.')) : inner;
        String leaf = inner.contains(".") ? inner.substring(inner.lastIndexOf('.') + 1) : "taxId";
        // Each declaration names its own side's party as exporter/importer and the other side's as buyer/seller.
        Boolean mexicanParty = switch (party) {
            case "exporter", "importer" -> mx;
            case "buyer" -> false;
            case "seller" -> us;
            default -> null;
        };
        if (mexicanParty == null) {
            return Optional.empty();
        }
        String prefix = mexicanParty ? "mx" : "us";
        return Optional.of(prefix + ("name".equals(leaf) ? "Name" : "TaxId"));
    }

    private static Optional<String> lineField(int index, String inner, boolean mx) {
        Optional<String> headerOfLine = mx ? Optional.empty() : longestMatch(inner, US_HEADER_OF_LINE);
        if (headerOfLine.isPresent()) {
            return headerOfLine;
        }
        if (mx && inner.equals("preference")) {
            return Optional.of("preference");
        }
        return longestMatch(inner, mx ? MX_LINE : US_LINE).or(() -> longestMatch(inner, SHARED_LINE))
                .map(field -> CrossingForm.lineField(index, field));
    }

    private static Optional<String> longestMatch(String inner, Map<String, String> fields) {
        String best = null;
        for (String key : fields.keySet()) {
            boolean matches = key.isEmpty() ? inner.isEmpty() : inner.equals(key) || inner.startsWith(key + ".") || inner.startsWith(key + "[");
            if (matches && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return Optional.ofNullable(best).map(fields::get);
    }

    /**
     * The violations per form field, each (field, code) once: a rule broken by a value both declarations
     * carry (a line's quantity, the arrival date) is one problem for the broker, not two.
     */
    static Map<String, List<FieldViolation>> group(List<FieldViolation> violations, List<FieldViolation> general) {
        Map<String, List<FieldViolation>> byField = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FieldViolation v : violations) {
            Optional<String> field = fieldOf(v.field());
            if (!seen.add(field.orElse("") + "\u0000" + v.code() + (field.isPresent() ? "" : "\u0000" + v.field()))) {
                continue;
            }
            field.ifPresentOrElse(f -> byField.computeIfAbsent(f, k -> new ArrayList<>()).add(v), () -> general.add(v));
        }
        return byField;
    }

    private static String usmca(String preference) {
        return preference == null || preference.isBlank() ? null : "USMCA";
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(String field, String s, List<FieldViolation> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation(field, "NOT_A_NUMBER", "'" + s + "' is not a number"));
            return null;
        }
    }

    private static OffsetDateTime dateTime(String s, ZoneId zone, List<FieldViolation> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.trim()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation("expectedArrival", "NOT_A_DATE_TIME", "'" + s + "' is not a date and time"));
            return null;
        }
    }
}
