package io.jointclear.operators.score;

import io.jointclear.operators.score.ScoreCalculator.Counts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts every operator's history in one pass per source (set-based: GROUPING SETS give each month and the whole
 * window at once) and stores each run. Reads the owning modules' tables (clearance, inspection, courier, immex) read only.
 */
@Repository
class ScoreStore {

    /** One operator's counts for one month ({@code month} null: the whole window). */
    record Counted(String type, String code, LocalDate month, Counts counts) {
    }

    /** A stored score row. */
    record Stored(UUID runId, Instant computedAt, String type, String code, LocalDate month, java.math.BigDecimal score, long evidence,
                  List<ScorePart> parts) {
    }

    private static final String CROSSINGS = """
            WITH c AS (
                SELECT id, date_trunc('month', filed_at AT TIME ZONE ?)::date AS month, arrived_at, amended_at, lane_mx, lane_us, agency,
                       carrier ->> 'scac' AS scac
                  FROM clearance.crossing WHERE filed_at >= ? AND filed_at < ?
            ), parties AS (
                SELECT id, 'AGENCY' AS t, agency AS code FROM c WHERE agency IS NOT NULL
                UNION
                SELECT id, 'CARRIER', upper(scac) FROM c WHERE scac IS NOT NULL
                UNION
                SELECT d.crossing_id, 'IMPORTER', upper(coalesce(d.document -> 'importer' ->> 'taxId', d.document -> 'exporter' ->> 'taxId'))
                  FROM clearance.crossing_declaration d JOIN c ON c.id = d.crossing_id
                 WHERE d.authority = 'MX' AND coalesce(d.document -> 'importer' ->> 'taxId', d.document -> 'exporter' ->> 'taxId') IS NOT NULL
                UNION
                SELECT d.crossing_id, 'CUSTOMS_AGENT', d.document ->> 'filer'
                  FROM clearance.crossing_declaration d JOIN c ON c.id = d.crossing_id
                 WHERE d.authority = 'MX' AND d.document ->> 'filer' IS NOT NULL
                UNION
                SELECT d.crossing_id, 'US_BROKER', d.document ->> 'filer'
                  FROM clearance.crossing_declaration d JOIN c ON c.id = d.crossing_id
                 WHERE d.authority = 'US' AND d.document ->> 'filer' IS NOT NULL
            ), decided AS (
                SELECT crossing_id, bool_or(decision IN ('HOLD', 'SEIZE')) AS held
                  FROM clearance.decision WHERE crossing_id IN (SELECT id FROM c) GROUP BY crossing_id
            ), inspected AS (
                SELECT i.crossing_id, bool_or(f.kind IS NOT NULL AND f.kind <> 'NONE') AS discrepancy
                  FROM inspection.joint_inspection i LEFT JOIN inspection.finding f ON f.inspection_id = i.id
                 WHERE i.status = 'COMPLETED' AND i.crossing_id IN (SELECT id FROM c) GROUP BY i.crossing_id
            )
            SELECT p.t, p.code, c.month,
                   count(*),
                   count(*) FILTER (WHERE c.lane_mx = 'RED' OR c.lane_us = 'RED'),
                   count(*) FILTER (WHERE d.held),
                   count(*) FILTER (WHERE c.arrived_at IS NOT NULL),
                   count(*) FILTER (WHERE c.amended_at > c.arrived_at),
                   count(i.crossing_id),
                   count(*) FILTER (WHERE i.discrepancy)
              FROM parties p JOIN c ON c.id = p.id
              LEFT JOIN decided d ON d.crossing_id = c.id
              LEFT JOIN inspected i ON i.crossing_id = c.id
             GROUP BY GROUPING SETS ((p.t, p.code, c.month), (p.t, p.code))
            """;

    private static final String COURIERS = """
            SELECT 'COURIER', x.courier_id, x.month, count(*), count(*) FILTER (WHERE x.flagged)
              FROM (SELECT m.courier_id, date_trunc('month', m.manifest_date)::date AS month, c.flags <> '[]'::jsonb AS flagged
                      FROM courier.manifest m JOIN courier.consignment c ON c.manifest_id = m.id
                     WHERE m.manifest_date >= ? AND m.manifest_date < ?) x
             GROUP BY GROUPING SETS ((x.courier_id, x.month), (x.courier_id))
            """;

    /**
     * IMMEX companies by RFC: entry lines whose return deadline (art. 108 LA) passed in the window, and those returned
     * late — still open after the deadline, or discharged after it — counted by the month of the deadline.
     */
    private static final String IMMEX = """
            SELECT 'IMMEX', x.rfc, x.month, count(*), count(*) FILTER (WHERE x.late)
              FROM (SELECT upper(p.rfc) AS rfc, date_trunc('month', e.deadline)::date AS month,
                           e.remaining > 0 OR EXISTS (SELECT 1 FROM immex.discharge d
                                                       WHERE d.entry_id = e.id AND d.discharged_on > e.deadline) AS late
                      FROM immex.entry e JOIN immex.program p ON p.id = e.program_id
                     WHERE e.deadline >= ? AND e.deadline < ?) x
             GROUP BY GROUPING SETS ((x.rfc, x.month), (x.rfc))
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ScoreStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Everyone's counts from {@code from} (inclusive) to {@code to} (exclusive), dates in {@code zone}. */
    List<Counted> count(LocalDate from, LocalDate to, String zone) {
        List<Counted> out = new ArrayList<>();
        Timestamp start = Timestamp.from(from.atStartOfDay(java.time.ZoneId.of(zone)).toInstant());
        Timestamp end = Timestamp.from(to.atStartOfDay(java.time.ZoneId.of(zone)).toInstant());
        jdbc.query(CROSSINGS, rs -> {
            Date month = rs.getDate(3);
            out.add(new Counted(rs.getString(1), rs.getString(2), month == null ? null : month.toLocalDate(),
                    new Counts(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), 0, 0)));
        }, zone, start, end);
        jdbc.query(COURIERS, rs -> {
            Date month = rs.getDate(3);
            out.add(new Counted(rs.getString(1), rs.getString(2), month == null ? null : month.toLocalDate(),
                    new Counts(0, 0, 0, 0, 0, 0, 0, rs.getLong(4), rs.getLong(5))));
        }, Date.valueOf(from), Date.valueOf(to));
        // a deadline is late only once its day has passed: up to yesterday ({@code to} is tomorrow)
        jdbc.query(IMMEX, rs -> {
            Date month = rs.getDate(3);
            out.add(new Counted(rs.getString(1), rs.getString(2), month == null ? null : month.toLocalDate(),
                    new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, rs.getLong(4), rs.getLong(5))));
        }, Date.valueOf(from), Date.valueOf(to.minusDays(1)));
        return out;
    }

    void saveRun(UUID id, Instant at, String trigger, String by, LocalDate from, LocalDate to, int operators) {
        jdbc.update("INSERT INTO operators.score_run (id, computed_at, trigger, requested_by, window_from, window_to, operators) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, Timestamp.from(at), trigger, by, Date.valueOf(from), Date.valueOf(to), operators);
    }

    void saveScores(UUID runId, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO operators.operator_score (run_id, operator_type, operator_code, month, score, evidence, parts) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)", rows);
    }

    String partsJson(List<ScorePart> parts) {
        return json.writeValueAsString(parts);
    }

    /** The operator's rows of the latest run that scored it: the window first, then its months in order. */
    List<Stored> latest(String type, String code) {
        return jdbc.query("""
                SELECT s.run_id, r.computed_at, s.operator_type, s.operator_code, s.month, s.score, s.evidence, s.parts
                  FROM operators.operator_score s JOIN operators.score_run r ON r.id = s.run_id
                 WHERE s.operator_type = ? AND s.operator_code = ?
                   AND s.run_id = (SELECT s2.run_id FROM operators.operator_score s2 JOIN operators.score_run r2 ON r2.id = s2.run_id
                                    WHERE s2.operator_type = ? AND s2.operator_code = ? ORDER BY r2.computed_at DESC LIMIT 1)
                 ORDER BY s.month NULLS FIRST
                """, (rs, i) -> new Stored(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getLong(7),
                json.readValue(rs.getString(8), new TypeReference<List<ScorePart>>() {
                })), type, code, type, code);
    }

    /** The window score of every operator of a type in the latest run (for the risk feature), by code. */
    java.util.Map<String, java.math.BigDecimal> latestWindowScores(String type) {
        java.util.Map<String, java.math.BigDecimal> out = new java.util.HashMap<>();
        jdbc.query("""
                SELECT operator_code, score FROM operators.operator_score
                 WHERE operator_type = ? AND month IS NULL AND score IS NOT NULL
                   AND run_id = (SELECT id FROM operators.score_run ORDER BY computed_at DESC LIMIT 1)
                """, rs -> {
            out.put(rs.getString(1), rs.getBigDecimal(2));
        }, type);
        return out;
    }

    Optional<Instant> lastRun() {
        return jdbc.queryForList("SELECT max(computed_at) FROM operators.score_run", Timestamp.class).stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }
}
