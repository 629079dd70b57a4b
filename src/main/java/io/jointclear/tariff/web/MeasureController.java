package io.jointclear.tariff.web;

import io.jointclear.shared.Actor;

import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.domain.Confidence;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureKind;
import io.jointclear.tariff.domain.Stacking;
import io.jointclear.tariff.persistence.MeasureAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Read and change the effective-dated tariff measures; every change is audited. */
@RestController
@RequestMapping("/api/v1/tariff/measures")
@Tag(name = "Tariff measures", description = "Rates, quotas, fees, exemptions and surcharges as effective-dated data")
class MeasureController {

    private final MeasureAdministration admin;

    MeasureController(MeasureAdministration admin) {
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "List measures, optionally those in force on a date")
    List<MeasureView> list(@RequestParam(required = false) String authority,
                           @RequestParam(required = false) String taxCode,
                           @Parameter(description = "only rows in force on this date") @RequestParam(required = false) LocalDate date) {
        return admin.list(authority == null ? null : authority(authority), taxCode, date).stream().map(MeasureView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One measure version")
    MeasureView get(@PathVariable long id) {
        return MeasureView.of(admin.get(id));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Audit trail of a measure version: who, when, why, before and after")
    List<MeasureAdministration.AuditEntry> audit(@PathVariable long id) {
        return admin.audit(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a measure (or a version of a rule in a free period)")
    MeasureView create(@RequestBody MeasureBody body, Actor actor) {
        if (body == null || body.ruleId() == null || body.ruleId().isBlank()) {
            throw invalid(List.of(new FieldViolation("ruleId", "REQUIRED", "ruleId is required")));
        }
        return MeasureView.of(admin.create(toMeasure(body, body.ruleId()), actor.username(), body.reason()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a measure: close version {id} the day before validFrom and insert the next version")
    MeasureView supersede(@PathVariable long id, @RequestBody MeasureBody body, Actor actor) {
        Measure old = admin.get(id);
        return MeasureView.of(admin.supersede(id, toMeasure(body, old.ruleId()), actor.username(),
                body == null ? null : body.reason()));
    }

    static Measure toMeasure(MeasureBody b, String ruleId) {
        List<FieldViolation> v = new ArrayList<>();
        if (b == null) {
            throw invalid(List.of(new FieldViolation("", "REQUIRED", "a measure body is required")));
        }
        Authority authority = null;
        if (b.authority() == null) {
            v.add(new FieldViolation("authority", "REQUIRED", "authority must be MX or US"));
        } else {
            try {
                authority = Authority.parse(b.authority());
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("authority", "INVALID_VALUE", e.getMessage()));
            }
        }
        MeasureKind kind = parse(MeasureKind.class, b.kind(), "kind", v, true);
        Stacking stacking = parse(Stacking.class, b.stacking(), "stacking", v, false);
        Confidence confidence = parse(Confidence.class, b.confidence(), "confidence", v, true);
        require(v, "taxCode", b.taxCode());
        require(v, "legalBasis", b.legalBasis());
        if (b.validFrom() == null) {
            v.add(new FieldViolation("validFrom", "REQUIRED", "validFrom is required"));
        } else if (b.validTo() != null && b.validTo().isBefore(b.validFrom())) {
            v.add(new FieldViolation("validTo", "INVALID_PERIOD", "validTo is before validFrom"));
        }
        if (kind != null) {
            switch (kind) {
                case PERCENT, PER_MILLE, STIMULUS -> number(v, "rate", b.rate());
                case FIXED, MINIMUM -> number(v, "amount", b.amount());
                case SPECIFIC -> {
                    number(v, "amount", b.amount());
                    require(v, "unit", b.unit());
                    require(v, "currency", b.currency());
                }
                case CLAMPED_PERCENT -> {
                    number(v, "rate", b.rate());
                    number(v, "minimum", b.minimum());
                    number(v, "maximum", b.maximum());
                }
                default -> {
                }
            }
        }
        // the columns of tariff.measure: rate numeric(12, 6), amount numeric(18, 6), minimum/maximum numeric(18, 2)
        fits(v, "rate", b.rate(), 6, 6);
        fits(v, "amount", b.amount(), 12, 6);
        fits(v, "minimum", b.minimum(), 16, 2);
        fits(v, "maximum", b.maximum(), 16, 2);
        noNulls(v, "tariffPrefixes", b.tariffPrefixes());
        noNulls(v, "origins", b.origins());
        noNulls(v, "claves", b.claves());
        noNulls(v, "programs", b.programs());
        if (!v.isEmpty()) {
            throw invalid(v);
        }
        List<String> prefixes = b.tariffPrefixes() == null || b.tariffPrefixes().isEmpty() ? List.of("*") : b.tariffPrefixes();
        return new Measure(0, null, ruleId, 0, authority, b.taxCode(), kind, b.rate(), b.amount(), b.currency(),
                b.unit(), b.minimum(), b.maximum(), prefixes, set(b.origins()), set(b.claves()), set(b.programs()),
                b.condition(), b.appliesTo(), b.caseNumber(), b.company(), b.priority() == null ? 100 : b.priority(),
                stacking, b.heading(), b.validFrom(), b.validTo(), b.legalBasis(), b.source(), confidence, b.note());
    }

    private static Authority authority(String text) {
        try {
            return Authority.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(List.of(new FieldViolation("authority", "INVALID_VALUE", e.getMessage())));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldViolation> v,
                                               boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "REQUIRED", field + " is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(new FieldViolation(field, "INVALID_VALUE", "'" + text + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static void require(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "REQUIRED", field + " is required"));
        }
    }

    private static void number(List<FieldViolation> v, String field, BigDecimal value) {
        if (value == null) {
            v.add(new FieldViolation(field, "REQUIRED", field + " is required for this kind"));
        } else if (value.signum() < 0) {
            v.add(new FieldViolation(field, "NEGATIVE_AMOUNT", field + " must not be negative"));
        }
    }

    /** A list member that is null would be stored as a SQL NULL in a text array the engine never expects. */
    private static void noNulls(List<FieldViolation> v, String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank()) {
                    v.add(new FieldViolation(field + "[" + i + "]", "REQUIRED", "a list member cannot be null or blank"));
                }
            }
        }
    }

    /** At most {@code integerDigits} digits before the point and {@code decimals} after it. */
    private static void fits(List<FieldViolation> v, String field, BigDecimal value, int integerDigits, int decimals) {
        if (value == null) {
            return;
        }
        if ((long) value.precision() - value.scale() > integerDigits) {
            v.add(new FieldViolation(field, "AMOUNT_OUT_OF_RANGE", field + " must be less than 10^" + integerDigits));
        } else if (value.stripTrailingZeros().scale() > decimals) {
            v.add(new FieldViolation(field, "TOO_MANY_DECIMALS", field + " has at most " + decimals + " decimals"));
        }
    }

    private static LinkedHashSet<String> set(List<String> values) {
        return values == null ? new LinkedHashSet<>() : new LinkedHashSet<>(values);
    }

    private static ProblemException invalid(List<FieldViolation> v) {
        return new ProblemException(400, "INVALID_MEASURE", "Invalid measure",
                v.size() + " field(s) of the measure are missing or invalid", v);
    }
}
