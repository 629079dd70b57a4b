package io.jointclear.console.broker;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the form into the platform's {@link FileCrossing} (the Mexican declaration first, the US one
 * second) and the platform's violation paths back into form fields. Values the form cannot even parse
 * (a number that is not a number) are reported here with the same shape as the platform's violations.
 */
final class CrossingFormMapper {

    static final String MX = "declarations[0].";
    static final String US = "declarations[1].";

    /** Top-level paths of the crossing. */
    private static final Map<String, String> CROSSING_FIELDS = Map.ofEntries(
            Map.entry("direction", "direction"), Map.entry("mxCustomsOffice", "mxCustomsOffice"), Map.entry("usPort", "usPort"),
            Map.entry("expectedArrival", "expectedArrival"), Map.entry("carrier.name", "carrierName"),
            Map.entry("carrier.scac", "carrierScac"), Map.entry("carrier", "carrierName"), Map.entry("conveyance.plate", "plate"),
            Map.entry("conveyance.plateCountry", "plateCountry"), Map.entry("conveyance", "plate"),
            Map.entry("driver.name", "driverName"), Map.entry("driver", "driverName"));

    /** Paths inside one declaration, per authority; the party fields depend on the direction, handled in code. */
    private static final Map<String, String> MX_FIELDS = Map.ofEntries(
            Map.entry("number", "pedimentoNumber"), Map.entry("type", "clave"), Map.entry("exchangeRate", "exchangeRate"),
            Map.entry("customsOffice", "mxCustomsOffice"), Map.entry("date", "expectedArrival"), Map.entry("incoterm", "incoterm"),
            Map.entry("lines[0].tariffCode", "mxTariffCode"), Map.entry("lines[0].quantity.unit", "mxUnit"));

    private static final Map<String, String> US_FIELDS = Map.ofEntries(
            Map.entry("number", "usNumber"), Map.entry("type", "usType"), Map.entry("customsOffice", "usPort"),
            Map.entry("date", "expectedArrival"), Map.entry("lines[0].tariffCode", "usTariffCode"),
            Map.entry("lines[0].quantity.unit", "usUnit"), Map.entry("lines[0].preference", "preference"),
            Map.entry("lines[0].manufacturer", "manufacturer"));

    /** Line paths shared by both sides (the form has one goods line). */
    private static final Map<String, String> LINE_FIELDS = Map.ofEntries(
            Map.entry("lines[0].description", "description"), Map.entry("lines[0].origin", "origin"),
            Map.entry("lines[0].quantity.value", "quantity"), Map.entry("lines[0].quantity", "quantity"),
            Map.entry("lines[0].value", "value"), Map.entry("lines[0].netWeightKg", "netWeightKg"),
            Map.entry("lines[0].destination", "origin"), Map.entry("lines", "mxTariffCode"), Map.entry("lines[0]", "description"));

    private CrossingFormMapper() {
    }

    record Result(FileCrossing filing, List<FieldViolation> parseProblems) {
    }

    static Result toFiling(CrossingForm f, ZoneId zone) {
        List<FieldViolation> problems = new ArrayList<>();
        boolean north = !"SOUTHBOUND".equals(f.getDirection());
        OffsetDateTime arrival = dateTime(f.getExpectedArrival(), zone, problems);
        LocalDate date = arrival == null ? null : arrival.toLocalDate();
        BigDecimal quantity = decimal("quantity", f.getQuantity(), problems);
        BigDecimal value = decimal("value", f.getValue(), problems);
        BigDecimal weight = decimal("netWeightKg", f.getNetWeightKg(), problems);
        BigDecimal exchangeRate = decimal("exchangeRate", f.getExchangeRate(), problems);
        // the licences the numbers carry: the platform checks that they are the broker's agency's
        String patente = DeclarationNumbers.filerIn(Authority.MX, text(f.getPedimentoNumber()));
        String filerCode = DeclarationNumbers.filerIn(Authority.US, text(f.getUsNumber()));
        Party mxParty = new Party(text(f.getMxTaxId()), text(f.getMxName()), "MX");
        Party usParty = new Party(text(f.getUsTaxId()), text(f.getUsName()), "US");
        String origin = text(f.getOrigin());

        DeclarationDocument mx = new DeclarationDocument(Authority.MX, text(f.getPedimentoNumber()), north ? "EXP" : "IMP",
                text(f.getClave()), north ? "EXD" : "IMD", patente, text(f.getMxCustomsOffice()), date, exchangeRate,
                north ? null : mxParty, north ? mxParty : null, north ? usParty : null, north ? null : usParty,
                "USD", text(f.getIncoterm()), null, null, null, null, List.of(),
                List.of(new Line(text(f.getMxTariffCode()), text(f.getDescription()), origin, north ? "US" : "MX",
                        new Quantity(quantity, text(f.getMxUnit())), weight, value, north ? null : usmca(f.getPreference()),
                        null, List.of())));
        DeclarationDocument us = new DeclarationDocument(Authority.US, text(f.getUsNumber()), north ? null : "EXP",
                north ? text(f.getUsType()) : "EEI", null, filerCode, text(f.getUsPort()), date, null,
                north ? usParty : null, north ? null : usParty, null, north ? mxParty : null,
                "USD", null, null, null, null, null, List.of(),
                List.of(new Line(text(f.getUsTariffCode()), text(f.getDescription()), origin, north ? null : "MX",
                        new Quantity(quantity, text(f.getUsUnit())), weight, value, north ? text(f.getPreference()) : null,
                        north ? text(f.getManufacturer()) : null, List.of())));
        FileCrossing filing = new FileCrossing(north ? "NORTHBOUND" : "SOUTHBOUND", text(f.getMxCustomsOffice()), text(f.getUsPort()),
                arrival, new FileCrossing.Carrier(text(f.getCarrierScac()), text(f.getCarrierName())),
                new FileCrossing.Conveyance(text(f.getPlate()), text(f.getPlateCountry()), text(f.getTrailer()),
                        f.getSeal() == null || f.getSeal().isBlank() ? List.of() : List.of(f.getSeal().trim())),
                new FileCrossing.Driver(text(f.getDriverName()), text(f.getFastCard())), List.of(mx, us));
        return new Result(filing, problems);
    }

    /** The form field a platform violation path belongs to, if any. */
    static Optional<String> fieldOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (CROSSING_FIELDS.containsKey(path)) {
            return Optional.of(CROSSING_FIELDS.get(path));
        }
        boolean mx = path.startsWith(MX);
        boolean us = path.startsWith(US);
        if (!mx && !us) {
            return Optional.ofNullable(CrossingForm.FIELDS.contains(path) ? path : null);
        }
        String inner = path.substring(MX.length());
        Map<String, String> side = mx ? MX_FIELDS : US_FIELDS;
        Function<String, Optional<String>> longest = p -> longestMatch(p, side).or(() -> longestMatch(p, LINE_FIELDS));
        Optional<String> direct = longest.apply(inner);
        if (direct.isPresent()) {
            return direct;
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

    private static Optional<String> longestMatch(String inner, Map<String, String> fields) {
        String best = null;
        for (String key : fields.keySet()) {
            if ((inner.equals(key) || inner.startsWith(key + ".")) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return Optional.ofNullable(best).map(fields::get);
    }

    static Map<String, List<FieldViolation>> group(List<FieldViolation> violations, List<FieldViolation> general) {
        Map<String, List<FieldViolation>> byField = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            fieldOf(v.field()).ifPresentOrElse(
                    field -> byField.computeIfAbsent(field, k -> new ArrayList<>()).add(v), () -> general.add(v));
        }
        return byField;
    }

    private static String usmca(String preference) {
        return preference == null || preference.isBlank() ? null : "USMCA";
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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
