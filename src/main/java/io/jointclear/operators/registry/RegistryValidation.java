package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.CertificationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Field checks of the registry's inputs: every mistake is a 422 naming its field, nothing is written. */
final class RegistryValidation {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-/&]{0,63}");
    private static final Pattern SECTOR = Pattern.compile("\\d{1,2}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private RegistryValidation() {
    }

    static void requireValid(OperatorInput in) {
        List<FieldViolation> v = new ArrayList<>();
        if (in == null) {
            throw invalid(List.of(new FieldViolation("", "REQUIRED", "An operator is required")));
        }
        required(v, "type", in.type());
        code(v, "code", in.code());
        text(v, "name", in.name(), 300, true);
        if (!"MX".equals(in.country()) && !"US".equals(in.country())) {
            v.add(new FieldViolation("country", "UNKNOWN_COUNTRY", "country is MX or US"));
        }
        text(v, "taxId", in.taxId(), 20, false);
        text(v, "agencyCode", in.agencyCode(), 64, false);
        done(v);
    }

    static void requireValid(AuthorisationInput in) {
        List<FieldViolation> v = new ArrayList<>();
        if (in == null) {
            throw invalid(List.of(new FieldViolation("", "REQUIRED", "An authorisation is required")));
        }
        required(v, "kind", in.kind());
        code(v, "number", in.number());
        if (in.kind() == AuthorisationKind.PADRON_SECTORIAL) {
            if (in.sector() == null || !SECTOR.matcher(in.sector().strip()).matches()) {
                v.add(new FieldViolation("sector", "REQUIRED", "A sectoral padrón needs its Anexo 10 sector (1-2 digits)"));
            }
        } else if (in.sector() != null && !in.sector().isBlank()) {
            v.add(new FieldViolation("sector", "INVALID_VALUE", "Only a PADRON_SECTORIAL has a sector"));
        }
        period(v, in.validFrom(), in.validUntil(), false);
        text(v, "reason", in.reason(), 500, false);
        done(v);
    }

    static void requireValid(StatusInput in) {
        List<FieldViolation> v = new ArrayList<>();
        if (in == null) {
            throw invalid(List.of(new FieldViolation("", "REQUIRED", "A status change is required")));
        }
        required(v, "status", in.status());
        required(v, "from", in.from());
        date(v, "from", in.from());
        date(v, "until", in.until());
        if (in.until() != null && in.status() != AuthorisationStatus.SUSPENDED && in.status() != AuthorisationStatus.ACTIVE) {
            v.add(new FieldViolation("until", "INVALID_VALUE", "Only a suspension (or a renewal) has an end date"));
        }
        text(v, "reason", in.reason(), 500, true);
        done(v);
    }

    static void requireValid(CertificationInput in) {
        List<FieldViolation> v = new ArrayList<>();
        if (in == null) {
            throw invalid(List.of(new FieldViolation("", "REQUIRED", "A certification is required")));
        }
        required(v, "program", in.program());
        if (in.program() != null) {
            String level = in.level() == null ? "" : in.level().strip().toUpperCase(java.util.Locale.ROOT);
            if (!in.program().levels().isEmpty() && !in.program().levels().contains(level)) {
                v.add(new FieldViolation("level", "INVALID_VALUE", in.program() + " level is one of " + in.program().levels()));
            } else if (in.program().levels().isEmpty() && !level.isEmpty()) {
                v.add(new FieldViolation("level", "INVALID_VALUE", in.program() + " has no level"));
            }
        }
        text(v, "number", in.number(), 64, false);
        period(v, in.validFrom(), in.validUntil(), true);
        done(v);
    }

    private static void period(List<FieldViolation> v, LocalDate from, LocalDate until, boolean bothRequired) {
        if (bothRequired) {
            required(v, "validFrom", from);
            required(v, "validUntil", until);
        }
        date(v, "validFrom", from);
        date(v, "validUntil", until);
        if (from != null && until != null && until.isBefore(from)) {
            v.add(new FieldViolation("validUntil", "PERIOD_REVERSED", "validUntil is before validFrom"));
        }
    }

    private static void date(List<FieldViolation> v, String field, LocalDate d) {
        if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
            v.add(new FieldViolation(field, "DATE_OUT_OF_RANGE", field + " must be between 1900 and 2199"));
        }
    }

    private static void code(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "REQUIRED", field + " is required"));
        } else if (!CODE.matcher(value.strip()).matches()) {
            v.add(new FieldViolation(field, "INVALID_VALUE", field + " is 1-64 letters, digits and . - / &"));
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, "REQUIRED", field + " is required"));
            }
        } else if (value.length() > max) {
            v.add(new FieldViolation(field, "TOO_LONG", field + " has at most " + max + " characters"));
        }
    }

    private static void required(List<FieldViolation> v, String field, Object value) {
        if (value == null) {
            v.add(new FieldViolation(field, "REQUIRED", field + " is required"));
        }
    }

    private static void done(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw invalid(v);
        }
    }

    static ProblemException invalid(List<FieldViolation> v) {
        return new ProblemException(422, "INVALID_REQUEST", "Invalid registry input",
                v.size() + " field(s) invalid: " + v.get(0).field() + " " + v.get(0).message(), v);
    }
}
