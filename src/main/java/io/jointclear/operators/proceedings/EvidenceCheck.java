package io.jointclear.operators.proceedings;

import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.proceedings.Proceeding.Evidence;
import io.jointclear.operators.proceedings.ProceedingRequests.EvidenceBody;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence names something the platform holds: a crossing, an inspection finding, a score run of this operator, the
 * courier's irregularity rates (summarised when attached, since rates move), or an external document by its number.
 * Reads the owning modules' tables by key (read only).
 */
@Component
class EvidenceCheck {

    static final Set<String> KINDS = Set.of("CROSSING", "INSPECTION_FINDING", "SCORE", "COURIER_IRREGULARITY", "DOCUMENT");
    static final int IRREGULARITY_DAYS = 90;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvidenceCheck(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Evidence checked(EvidenceBody body, OperatorRef operator, String actor, Instant at, String field) {
        if (body == null) {
            throw Proceedings.invalid(field, "REQUIRED", field + " is required");
        }
        String kind = body.kind() == null ? "" : body.kind().strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw Proceedings.invalid(field + ".kind", "INVALID_VALUE", "kind is one of " + new java.util.TreeSet<>(KINDS));
        }
        String reference = Proceedings.text(body.reference(), field + ".reference", 200);
        String given = body.summary() == null || body.summary().isBlank() ? null
                : Proceedings.text(body.summary(), field + ".summary", Proceedings.MAX_TEXT);
        String found = switch (kind) {
            case "CROSSING" -> one("SELECT 'crossing filed ' || to_char(filed_at, 'YYYY-MM-DD') || ', status ' || status "
                    + "FROM clearance.crossing WHERE id = ?", uuid(reference, field), field, reference);
            case "INSPECTION_FINDING" -> one("SELECT f.authority || ' finding ' || f.kind || ' on crossing ' || i.crossing_id "
                    + "FROM inspection.finding f JOIN inspection.joint_inspection i ON i.id = f.inspection_id WHERE f.id = ?",
                    number(reference, field), field, reference);
            case "SCORE" -> one("SELECT 'score ' || coalesce(s.score::text, 'n/a') || ' of ' || to_char(r.computed_at, 'YYYY-MM-DD') "
                    + "FROM operators.operator_score s JOIN operators.score_run r ON r.id = s.run_id "
                    + "WHERE s.run_id = ? AND s.operator_type = ? AND s.operator_code = ? AND s.month IS NULL",
                    new Object[] {uuid(reference, field), operator.type().name(), operator.code()}, field, reference);
            case "COURIER_IRREGULARITY" -> irregularity(reference, field);
            default -> null;
        };
        String summary = given != null ? given : found != null ? found : reference;
        return new Evidence(kind, reference, summary.length() > Proceedings.MAX_TEXT ? summary.substring(0, Proceedings.MAX_TEXT) : summary,
                actor, at);
    }

    private String irregularity(String courierId, String field) {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(IRREGULARITY_DAYS);
        List<String> rows = jdbc.query("""
                SELECT count(*) AS consignments, count(*) FILTER (WHERE jsonb_array_length(c.flags) > 0) AS flagged
                FROM courier.manifest m JOIN courier.consignment c ON c.manifest_id = m.id
                WHERE m.courier_id = ? AND m.manifest_date BETWEEN ? AND ?
                HAVING count(*) > 0
                """, (rs, i) -> rs.getLong(2) + " of " + rs.getLong(1) + " consignments flagged from " + from + " to " + to,
                courierId, from, to);
        if (rows.isEmpty()) {
            throw notFound(field, courierId);
        }
        return rows.get(0);
    }

    private String one(String sql, Object key, String field, String reference) {
        return one(sql, new Object[] {key}, field, reference);
    }

    private String one(String sql, Object[] keys, String field, String reference) {
        List<String> rows = jdbc.queryForList(sql, String.class, keys);
        if (rows.isEmpty()) {
            throw notFound(field, reference);
        }
        return rows.get(0);
    }

    private static UUID uuid(String reference, String field) {
        try {
            return UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            throw Proceedings.invalid(field + ".reference", "MALFORMED_VALUE", "reference is an id (UUID) for this kind");
        }
    }

    private static long number(String reference, String field) {
        try {
            return Long.parseLong(reference);
        } catch (NumberFormatException e) {
            throw Proceedings.invalid(field + ".reference", "MALFORMED_VALUE", "reference is a finding number for this kind");
        }
    }

    private static ProblemException notFound(String field, String reference) {
        return new ProblemException(422, "UNKNOWN_EVIDENCE", "Evidence not found",
                field + " names " + reference + ", which the platform does not hold for this operator",
                List.of(new io.jointclear.shared.FieldViolation(field + ".reference", "UNKNOWN_EVIDENCE", "not found")));
    }
}
