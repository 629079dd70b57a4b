package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingFilter;
import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingSort;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The paged, filtered and sorted crossing lists. Every condition is a bound parameter; the ORDER BY
 * comes from {@link CrossingSort}, never from the caller's text. Each condition has an index
 * (clearance V5): the scope (agency, SCAC), the declaration number and the importer of the
 * declarations, the plate, the statuses and the expected arrival.
 */
@Repository
class CrossingSearch {

    /** The plate as the index {@code crossing_plate} stores it: upper case, no spaces or dashes. */
    static final String PLATE = "upper(translate(c.conveyance ->> 'plate', ' -', ''))";
    static final String IMPORTER_NAME = "lower(d.document -> 'importer' ->> 'name')";
    static final String IMPORTER_TAX_ID = "upper(d.document -> 'importer' ->> 'taxId')";

    private final JdbcTemplate jdbc;
    private final CrossingStore store;

    CrossingSearch(JdbcTemplate jdbc, CrossingStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The scope an actor lists in: its agency's or its carrier's crossings, or (both null) every crossing. */
    record Scope(String agency, String carrier) {
    }

    long count(Scope scope, CrossingFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(scope, filter, args);
        Long total = jdbc.queryForObject("SELECT count(*) FROM clearance.crossing c" + where, Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    List<Crossing> page(Scope scope, CrossingFilter filter, CrossingSort sort, boolean descending, int page, int size) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT c.* FROM clearance.crossing c" + where(scope, filter, args) + orderBy(sort, descending)
                + " LIMIT ? OFFSET ?";
        args.add(size);
        args.add((long) (page - 1) * size);
        List<Crossing> crossings = jdbc.query(sql, (rs, i) -> store.crossing(rs), args.toArray());
        store.loadChildren(crossings);
        return crossings;
    }

    /** The query plan of a page, for tests that check the indexes are used. */
    List<String> explain(Scope scope, CrossingFilter filter, CrossingSort sort, boolean descending, int size) {
        List<Object> args = new ArrayList<>();
        String sql = "EXPLAIN SELECT c.* FROM clearance.crossing c" + where(scope, filter, args) + orderBy(sort, descending)
                + " LIMIT ?";
        args.add(size);
        return jdbc.queryForList(sql, String.class, args.toArray());
    }

    /** Refuses a page, size or date range the list cannot take: 400 naming each parameter. */
    static void requireValid(CrossingFilter filter, int page, int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 1 || page > CrossingPage.MAX_PAGE) {
            violations.add(new FieldViolation("page", CrossingPage.INVALID_LIST_PARAMETER,
                    "a page number from 1 to " + CrossingPage.MAX_PAGE));
        }
        if (size < 1 || size > CrossingPage.MAX_SIZE) {
            violations.add(new FieldViolation("size", CrossingPage.INVALID_LIST_PARAMETER,
                    "a page size from 1 to " + CrossingPage.MAX_SIZE));
        }
        if (filter != null && filter.arrivalFrom() != null && filter.arrivalBefore() != null
                && !filter.arrivalFrom().isBefore(filter.arrivalBefore())) {
            violations.add(new FieldViolation("to", CrossingPage.INVALID_LIST_PARAMETER, "the range ends before it starts"));
        }
        if (filter != null) {
            textLimit(violations, "number", filter.number());
            textLimit(violations, "plate", filter.plate());
            textLimit(violations, "importer", filter.importer());
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, CrossingPage.INVALID_LIST_PARAMETER, "Invalid list parameter",
                    violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    violations);
        }
    }

    /** Search terms are short; a longer one is a mistake (or an attack), not a search. */
    private static void textLimit(List<FieldViolation> violations, String name, String value) {
        if (value != null && value.length() > MAX_TERM) {
            violations.add(new FieldViolation(name, CrossingPage.INVALID_LIST_PARAMETER, "at most " + MAX_TERM + " characters"));
        }
    }

    static final int MAX_TERM = 100;

    static String where(Scope scope, CrossingFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        condition(sql, args, " AND c.agency = ?", scope.agency());
        condition(sql, args, " AND c.carrier ->> 'scac' = ?", scope.carrier());
        if (!f.statuses().isEmpty()) {
            sql.append(" AND c.status IN (").append("?,".repeat(f.statuses().size() - 1)).append("?)");
            f.statuses().forEach(s -> args.add(s.name()));
        }
        if (f.ids() != null) {
            sql.append(" AND c.id = ANY (?::uuid[])");
            // an array literal of UUIDs (nothing to escape in them), cast by PostgreSQL
            args.add(f.ids().stream().map(java.util.UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        }
        if (f.awaiting() != null) {
            awaiting(sql, args, f.awaiting());
        }
        condition(sql, args, " AND c.mx_customs_office = ?", f.mxCustomsOffice());
        condition(sql, args, " AND c.us_port = ?", f.usPort());
        condition(sql, args, " AND c.expected_arrival >= ?", f.arrivalFrom() == null ? null : Timestamp.from(f.arrivalFrom()));
        condition(sql, args, " AND c.expected_arrival < ?", f.arrivalBefore() == null ? null : Timestamp.from(f.arrivalBefore()));
        condition(sql, args, " AND " + PLATE + " = ?", f.plate() == null ? null : normalisedPlate(f.plate()));
        if (f.number() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM clearance.crossing_declaration d WHERE d.crossing_id = c.id"
                    + " AND d.number LIKE ?)");
            args.add(likePrefix(normalisedNumber(f.number())));
        }
        if (f.importer() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM clearance.crossing_declaration d WHERE d.crossing_id = c.id AND (")
                    .append(IMPORTER_NAME).append(" LIKE ? OR ").append(IMPORTER_TAX_ID).append(" = ?))");
            args.add(likePrefix(f.importer().toLowerCase(Locale.ROOT)));
            args.add(f.importer().toUpperCase(Locale.ROOT));
        }
        return sql.toString();
    }

    /**
     * Open crossings on which the authority still has to act (see {@link CrossingFilter#awaiting}). The
     * statuses are the open ones after selection, as {@code CrossingStateMachine.OPEN} names them.
     */
    private static void awaiting(StringBuilder sql, List<Object> args, Authority authority) {
        String joined = authority == Authority.MX ? "c.inspection_mx_joined_at" : "c.inspection_us_joined_at";
        sql.append(" AND c.status IN (");
        List<CrossingStatus> open = List.copyOf(CrossingStateMachine.OPEN);
        sql.append("?,".repeat(open.size() - 1)).append("?)");
        open.forEach(s -> args.add(s.name()));
        sql.append(" AND ((c.inspection_required AND c.inspection_started_at IS NULL AND ").append(joined).append(" IS NULL)")
                .append(" OR (c.inspection_started_at IS NOT NULL AND c.inspection_ended_at IS NULL)")
                .append(" OR ((NOT c.inspection_required OR c.inspection_ended_at IS NOT NULL)")
                .append(" AND coalesce((SELECT d.decision FROM clearance.decision d WHERE d.crossing_id = c.id")
                .append(" AND d.authority = ? ORDER BY d.id DESC LIMIT 1), 'REFER') = 'REFER'))");
        args.add(authority.name());
    }

    static String orderBy(CrossingSort sort, boolean descending) {
        String dir = descending ? " DESC" : " ASC";
        String nulls = " NULLS LAST";
        return switch (sort) {
            case FILED -> " ORDER BY c.filed_at" + dir + ", c.id" + dir;
            case EXPECTED_ARRIVAL -> " ORDER BY c.expected_arrival" + dir + nulls + ", c.id" + dir;
            case ARRIVED -> " ORDER BY c.arrived_at" + dir + nulls + ", c.id" + dir;
            case STATUS -> " ORDER BY c.status" + dir + ", c.filed_at DESC, c.id";
            case PORT -> " ORDER BY c.mx_customs_office" + dir + ", c.us_port" + dir + ", c.filed_at DESC, c.id";
            case URGENCY -> " ORDER BY " + urgency() + dir + ", coalesce(c.arrived_at, c.expected_arrival)"
                    + (descending ? " DESC" : " ASC") + nulls + ", c.id";
        };
    }

    /** Most urgent first: a selected truck waits at the booth, one under inspection at the dock, and so on. */
    private static String urgency() {
        StringBuilder sql = new StringBuilder("CASE c.status");
        List<CrossingStatus> order = List.of(CrossingStatus.SELECTED, CrossingStatus.UNDER_INSPECTION, CrossingStatus.INSPECTED, CrossingStatus.HELD,
                CrossingStatus.ARRIVED, CrossingStatus.FILED, CrossingStatus.RELEASED, CrossingStatus.SEIZED);
        for (int i = 0; i < order.size(); i++) {
            sql.append(" WHEN '").append(order.get(i).name()).append("' THEN ").append(i);
        }
        return sql.append(" END").toString();
    }

    /** Declaration numbers are stored without separators: {@code 26 24 3456 6001234} and {@code 316-0004271-2} find theirs. */
    static String normalisedNumber(String number) {
        return number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String normalisedPlate(String plate) {
        return plate.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A LIKE pattern matching values that start with {@code prefix} taken literally. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }
}
