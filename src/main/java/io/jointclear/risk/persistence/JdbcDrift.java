package io.jointclear.risk.persistence;

import io.jointclear.risk.Drift;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The journal's weekly counts by segment and score bin, and the stored drift alerts ({@code risk.drift_alert}). */
@Repository
public class JdbcDrift {

    /**
     * Declarations, inspections with an outcome and hits of one segment, score bin and side (the measured week or
     * the baseline). The segment is the HS chapter and origin of the line carrying the most value (as the
     * platform model's commodity keys) and the port pair.
     */
    public record Count(Drift.Segment segment, boolean measuredWeek, int bin, long declarations, long inspected, long hits) {
    }

    private final JdbcTemplate jdbc;

    JdbcDrift(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts over [from, to); rows selected from {@code week} on are the measured week. Score bins: ≤0, ≤1, ≤2, ≤4, more. */
    public List<Count> counts(Instant from, Instant week, Instant to) {
        return jdbc.query("""
                WITH s AS (
                    SELECT sel.selected_at, sel.score, sel.hit, coalesce(sel.port_pair, '?') AS port_pair,
                           coalesce(left(main.line ->> 'tariffCode', 2), '?') AS hs_chapter,
                           coalesce(main.line ->> 'origin', '?') AS origin
                    FROM risk.selection sel
                    LEFT JOIN LATERAL (
                        SELECT l AS line FROM jsonb_array_elements(sel.declaration::jsonb -> 'lines') l
                        ORDER BY coalesce((l ->> 'valueUsd')::numeric, -1) DESC LIMIT 1) main ON true
                    WHERE sel.selected_at >= ? AND sel.selected_at < ?)
                SELECT hs_chapter, origin, port_pair, selected_at >= ? AS measured,
                       CASE WHEN score <= 0 THEN 0 WHEN score <= 1 THEN 1 WHEN score <= 2 THEN 2 WHEN score <= 4 THEN 3 ELSE 4 END AS bin,
                       count(*) AS declarations, count(hit) AS inspected, count(*) FILTER (WHERE hit) AS hits
                FROM s GROUP BY 1, 2, 3, 4, 5
                """, (rs, i) -> new Count(new Drift.Segment(rs.getString("hs_chapter"), rs.getString("origin"), rs.getString("port_pair")),
                rs.getBoolean("measured"), rs.getInt("bin"), rs.getLong("declarations"), rs.getLong("inspected"), rs.getLong("hits")),
                JdbcRuleStore.ts(from), JdbcRuleStore.ts(to), JdbcRuleStore.ts(week));
    }

    /** Stores an alert unless the week already holds one of that kind for the segment; true when stored. */
    public boolean store(Drift.Alert a) {
        return jdbc.update("""
                INSERT INTO risk.drift_alert (week, hs_chapter, origin, port_pair, kind, psi, share, baseline_share, hit_share,
                    baseline_hit_share, inspected, threshold, raised_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (week, hs_chapter, origin, port_pair, kind) DO NOTHING
                """, a.week(), a.segment().hsChapter(), a.segment().origin(), a.segment().portPair(), a.kind(), a.psi(), a.share(),
                a.baselineShare(), a.hitShare(), a.baselineHitShare(), a.inspected(), a.threshold(), JdbcRuleStore.ts(a.raisedAt())) > 0;
    }

    public List<Drift.Alert> alerts(LocalDate from, LocalDate to, int limit) {
        return jdbc.query("SELECT * FROM risk.drift_alert WHERE week >= ? AND week <= ? ORDER BY week DESC, id DESC LIMIT ?",
                this::alert, from, to, limit);
    }

    private Drift.Alert alert(ResultSet rs, int row) throws SQLException {
        return new Drift.Alert(rs.getLong("id"), rs.getObject("week", LocalDate.class),
                new Drift.Segment(rs.getString("hs_chapter"), rs.getString("origin"), rs.getString("port_pair")), rs.getString("kind"),
                (Double) rs.getObject("psi"), rs.getDouble("share"), rs.getDouble("baseline_share"), (Double) rs.getObject("hit_share"),
                (Double) rs.getObject("baseline_hit_share"), rs.getInt("inspected"), rs.getDouble("threshold"),
                JdbcRuleStore.instant(rs.getTimestamp("raised_at")));
    }
}
