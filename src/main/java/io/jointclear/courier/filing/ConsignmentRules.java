package io.jointclear.courier.filing;

import io.jointclear.courier.domain.Direction;
import io.jointclear.courier.intake.Codes;
import io.jointclear.courier.intake.FieldError;
import io.jointclear.courier.intake.RawConsignment;
import io.jointclear.reference.CodeLists;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The field rules of one consignment; every broken rule is reported, none stops the others. */
final class ConsignmentRules {

    /** Consignee RFC is mandatory on every import declaration, courier ones included, from 2025 (BRIEF §5). */
    static final LocalDate RFC_MANDATORY = LocalDate.of(2025, 1, 1);
    private static final Pattern GUIDE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern RFC = Pattern.compile("[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}");
    private static final Pattern HS = Pattern.compile("\\d{6}|\\d{8}|\\d{10}");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    private static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("10000");
    private static final BigDecimal MAX_VALUE = new BigDecimal("10000000");
    private static final Set<String> CURRENCIES = Set.of("USD", "MXN");

    private final CodeLists codes;

    ConsignmentRules(CodeLists codes) {
        this.codes = codes;
    }

    List<FieldError> check(RawConsignment c, Direction direction, LocalDate date, Set<String> guides) {
        List<FieldError> errors = new ArrayList<>(c.readErrors);
        guide(c, guides, errors);
        required(c.consigneeName, "consignee.name", errors);
        required(c.consigneeAddress, "consignee.address", errors);
        rfc(c, direction, date, errors);
        required(c.shipperName, "shipper.name", errors);
        if (required(c.origin, "origin", errors) && !codes.isCountry(c.origin.strip())) {
            errors.add(FieldError.of("origin", Codes.ORIGIN_INVALID, c.origin));
        }
        required(c.description, "description", errors);
        if (required(c.quantity, "quantity", errors) && (c.quantity.signum() <= 0 || c.quantity.compareTo(MAX_QUANTITY) > 0
                || c.quantity.stripTrailingZeros().scale() > 0)) {
            errors.add(FieldError.of("quantity", Codes.QUANTITY_INVALID, MAX_QUANTITY));
        }
        if (required(c.weightKg, "weightKg", errors) && (c.weightKg.signum() <= 0 || c.weightKg.compareTo(MAX_WEIGHT_KG) > 0
                || c.weightKg.stripTrailingZeros().scale() > 3)) {
            errors.add(FieldError.of("weightKg", Codes.WEIGHT_INVALID, MAX_WEIGHT_KG));
        }
        if (required(c.value, "value", errors) && (c.value.signum() <= 0 || c.value.compareTo(MAX_VALUE) > 0
                || c.value.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.of("value", Codes.VALUE_INVALID, MAX_VALUE));
        }
        if (required(c.currency, "currency", errors) && !CURRENCIES.contains(c.currency.strip())) {
            errors.add(FieldError.of("currency", Codes.CURRENCY_INVALID, c.currency));
        }
        if (c.hsCode != null && !HS.matcher(c.hsCode.strip()).matches()) {
            errors.add(FieldError.of("hsCode", Codes.HS_CODE_INVALID, c.hsCode));
        }
        return errors;
    }

    private static void guide(RawConsignment c, Set<String> guides, List<FieldError> errors) {
        if (!required(c.guide, "guide", errors)) {
            return;
        }
        String guide = c.guide.strip();
        if (!GUIDE.matcher(guide).matches()) {
            errors.add(FieldError.of("guide", Codes.GUIDE_INVALID));
        } else if (!guides.add(guide)) {
            errors.add(FieldError.of("guide", Codes.GUIDE_DUPLICATE, guide));
        }
    }

    private static void rfc(RawConsignment c, Direction direction, LocalDate date, List<FieldError> errors) {
        boolean blank = c.consigneeRfc == null || c.consigneeRfc.isBlank();
        if (blank) {
            if (direction == Direction.SOUTHBOUND && date != null && !date.isBefore(RFC_MANDATORY)) {
                errors.add(FieldError.of("consignee.rfc", Codes.RFC_REQUIRED));
            }
            return;
        }
        if (!RFC.matcher(c.consigneeRfc.strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
            errors.add(FieldError.of("consignee.rfc", Codes.RFC_INVALID));
        }
    }

    private static boolean required(Object value, String field, List<FieldError> errors) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(FieldError.of(field, Codes.REQUIRED));
        }
        return present;
    }
}
