package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of operators and their authorisations ({@code POST /api/v1/operators/import}), one line per
 * operator and authorisation: {@code type,code,name,country,taxId,agencyCode,authorisationKind,
 * authorisationNumber,sector,validFrom,validUntil} (the last six may be empty). A file that cannot be
 * read as CSV (no header, missing columns, an open quote, too many lines) is refused whole and nothing is
 * written; otherwise each line is imported or rejected on its own, with its errors, in one transaction.
 * An operator already registered is reused; an authorisation already registered is a rejected line.
 */
@Service
public class OperatorCsvImport {

    static final List<String> COLUMNS = List.of("type", "code", "name", "country", "taxId", "agencyCode",
            "authorisationKind", "authorisationNumber", "sector", "validFrom", "validUntil");
    static final int MAX_LINES = 10_000;

    private final OperatorRegistry registry;
    private final TransactionTemplate tx;
    private final TransactionTemplate line;

    OperatorCsvImport(OperatorRegistry registry, TransactionTemplate tx) {
        this.registry = registry;
        this.tx = tx;
        this.line = new TransactionTemplate(tx.getTransactionManager());
        this.line.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** What an import did: lines imported, and each rejected line with its errors. */
    public record Result(int imported, List<Rejection> rejected) {
    }

    public record Rejection(int line, List<FieldViolation> errors) {
    }

    public Result importCsv(String body, Actor actor) {
        if (!actor.hasAnyRole(Actor.Roles.ADMIN, Actor.Roles.OFFICER_MX, Actor.Roles.OFFICER_US)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "The registry is maintained by administrators and officers");
        }
        List<List<String>> rows = SimpleCsv.parse(body == null ? "" : body, MAX_LINES);
        requireHeader(rows);
        return tx.execute(s -> {
            int imported = 0;
            List<Rejection> rejected = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                try {
                    importLine(row, actor);
                    imported++;
                } catch (ProblemException refused) {
                    rejected.add(new Rejection(i + 1, refused.violations().isEmpty()
                            ? List.of(new FieldViolation("", refused.code(), refused.getMessage())) : refused.violations()));
                }
            }
            return new Result(imported, rejected);
        });
    }

    private void importLine(List<String> row, Actor actor) {
        if (row.size() != COLUMNS.size()) {
            throw new ProblemException(422, "OPERATOR_IMPORT_REJECTED", "Wrong number of fields",
                    "expected " + COLUMNS.size() + " fields, got " + row.size());
        }
        OperatorInput op = new OperatorInput(enumOf(OperatorType.class, row.get(0), "type"), row.get(1), row.get(2),
                row.get(3).strip().toUpperCase(Locale.ROOT), blank(row.get(4)), blank(row.get(5)));
        RegistryValidation.requireValid(op);
        AuthorisationInput auth = authorisation(row);
        OperatorAccess.requireMaintainer(actor, Authority.valueOf(op.country()), "The registry of " + op.country() + " operators");
        if (auth != null) {
            OperatorAccess.requireMaintainer(actor, auth.kind().authority(), auth.kind() + " authorisations");
        }
        line.executeWithoutResult(s -> {
            Operator o = registry.store().operator(op.type(), op.code().strip())
                    .orElseGet(() -> registry.insertOperator(op, "csv:" + actor.username(), actor.username()));
            if (auth != null) {
                registry.insertAuthorisation(o, auth, actor.username());
            }
        });
    }

    private static AuthorisationInput authorisation(List<String> row) {
        if (row.get(6).isBlank() && row.get(7).isBlank()) {
            return null;
        }
        AuthorisationInput in = new AuthorisationInput(enumOf(AuthorisationKind.class, row.get(6), "authorisationKind"),
                row.get(7), blank(row.get(8)), date(row.get(9), "validFrom"), date(row.get(10), "validUntil"), "imported from CSV");
        RegistryValidation.requireValid(in);
        return in;
    }

    private static void requireHeader(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw malformed("the file is empty; the first line names the columns " + COLUMNS);
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty() || !header.equals(COLUMNS)) {
            throw new ProblemException(400, "MISSING_COLUMNS", "Wrong columns",
                    "The header must be exactly " + String.join(",", COLUMNS) + (missing.isEmpty() ? "" : "; missing " + missing));
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryValidation.invalid(List.of(new FieldViolation(field, "INVALID_VALUE",
                    "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()))));
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RegistryValidation.invalid(List.of(new FieldViolation(field, "MALFORMED_DATE", "'" + value + "' is not a YYYY-MM-DD date")));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ProblemException malformed(String message) {
        return new ProblemException(400, "MALFORMED_CSV", "Malformed CSV", message);
    }
}
