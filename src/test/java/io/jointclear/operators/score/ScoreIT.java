package io.jointclear.operators.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The score counted by SQL from a known history (a carrier no other test uses), compared with the figures worked
 * out by hand, with its monthly trend and its stored run.
 */
@DemoUsersIntegrationTest
class ScoreIT {

    static final String SCAC = "QZXW";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ComplianceScores scores;
    @Autowired
    ScoreStore store;
    @Autowired
    Clock clock;

    /**
     * This month: 15 filings, 1 held, 10 arrived of which 1 amended after arrival, 4 inspected of which 1 with a
     * discrepancy (a second finding is NONE). Last month: 5 filings, 2 of them red. Over the window (20 filings):
     * red 2/20 = 0.10 → 66.7; holds 1/20 = 0.05 → 50.0; amendments 1/10 → 50.0; discrepancies 1/4 → 50.0;
     * score (20×66.7 + 25×50 + 10×50 + 30×50) / 85 = 4584 / 85 = 53.93 → 53.9. Last month alone: red 2/5 → 0,
     * holds 0/5 → 100, nothing arrived or inspected: (20×0 + 25×100) / 45 = 55.6. This month: no red → 100,
     * holds 1/15 → 33.3, the rest as above: (2000 + 832.5 + 500 + 1500) / 85 = 56.9.
     */
    @Test
    void aKnownHistoryGivesTheHandComputedScoreItsPartsAndTrend() {
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of("America/Mexico_City");
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant thisMonth = today.withDayOfMonth(1).atTime(12, 0).atZone(zone).toInstant();
        thisMonth = thisMonth.isAfter(now) ? now.minusSeconds(60) : thisMonth;
        Instant lastMonth = today.withDayOfMonth(1).minusMonths(1).atTime(12, 0).atZone(zone).toInstant();
        for (int i = 0; i < 5; i++) {
            crossing(lastMonth, i < 2 ? "RED" : "GREEN", false, false);
        }
        UUID held = null;
        for (int i = 0; i < 15; i++) {
            UUID id = crossing(thisMonth, "GREEN", i < 10, i == 0);
            if (i == 14) {
                held = id;
            }
            if (i >= 11) {
                inspection(id, i == 11 ? List.of("QUANTITY", "NONE") : List.of("NONE"));
            }
        }
        jdbc.update("INSERT INTO clearance.decision (crossing_id, authority, decision, officer, notes, decided_at) VALUES (?, 'MX', 'HOLD', 'o', '', ?)",
                held, Timestamp.from(thisMonth));
        jdbc.update("INSERT INTO clearance.decision (crossing_id, authority, decision, officer, notes, decided_at) VALUES (?, 'MX', 'RELEASE', 'o', '', ?)",
                held, Timestamp.from(thisMonth.plusSeconds(30)));

        ComplianceScores.Run run = scores.compute("ON_DEMAND", "test");
        List<ScoreStore.Stored> rows = store.latest("CARRIER", SCAC);
        assertThat(rows.get(0).runId()).isEqualTo(run.id());
        ScoreStore.Stored window = rows.get(0);
        assertThat(window.month()).isNull();
        assertThat(window.score()).isEqualByComparingTo("53.9");
        assertThat(window.evidence()).isEqualTo(20);
        assertThat(window.parts()).extracting(ScorePart::part, ScorePart::events, ScorePart::outOf).contains(
                org.assertj.core.groups.Tuple.tuple("RED_LANE", 2L, 20L),
                org.assertj.core.groups.Tuple.tuple("HOLDS_SEIZURES", 1L, 20L),
                org.assertj.core.groups.Tuple.tuple("AMENDMENTS_AFTER_ARRIVAL", 1L, 10L),
                org.assertj.core.groups.Tuple.tuple("INSPECTION_DISCREPANCIES", 1L, 4L));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.month().toString(), r -> r.score().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(today.withDayOfMonth(1).minusMonths(1).toString(), "55.6"),
                org.assertj.core.groups.Tuple.tuple(today.withDayOfMonth(1).toString(), "56.9"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = 'COMPLIANCE_SCORES_COMPUTED' AND subject_id = ?",
                Integer.class, run.id().toString())).isEqualTo(1);
    }

    private UUID crossing(Instant filed, String lane, boolean arrived, boolean amendedAfter) {
        UUID id = UUID.randomUUID();
        Instant arrival = filed.plus(Duration.ofMinutes(10));
        jdbc.update("""
                INSERT INTO clearance.crossing (id, status, direction, mx_customs_office, us_port, carrier, conveyance, driver, filed_by,
                    version, lane_mx, lane_us, filed_at, arrived_at, amended_at)
                VALUES (?, 'FILED', 'NORTHBOUND', '240', '2304', ?::jsonb, '{}'::jsonb, '{}'::jsonb, 'score-test', 0, ?, 'GREEN', ?, ?, ?)
                """, id, "{\"scac\":\"" + SCAC + "\",\"name\":\"Score test carrier\"}", lane, Timestamp.from(filed),
                arrived ? Timestamp.from(arrival) : null, amendedAfter ? Timestamp.from(arrival.plusSeconds(60)) : null);
        return id;
    }

    /**
     * An IMMEX company (an RFC no other test uses) with four entry lines whose deadline passed 10 days ago: one still
     * open, one discharged after its deadline, two returned in time; a fifth line falls due next month and does not
     * count yet. Late returns 2 of 4 = 0.50 ≥ tolerance 0.10 → 0; with nothing else on record the score is 0.0.
     */
    @Test
    void lateImmexReturnsScoreTheCompany() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Mexico_City")));
        LocalDate due = today.minusDays(10);
        UUID program = UUID.randomUUID();
        jdbc.update("INSERT INTO immex.program (id, number, rfc, name, modality, valid_from, status, created_at) "
                + "VALUES (?, ?, 'QZX010101AB1', 'Score test maquiladora', 'INDUSTRIAL', '2020-01-01', 'ACTIVE', now())",
                program, "IMMEX-SCORE-" + program.toString().substring(0, 8));
        long open = entry(program, 1, due, 5);
        long late = entry(program, 2, due, 0);
        long onTime = entry(program, 3, due, 0);
        entry(program, 4, due, 0);
        entry(program, 5, today.plusMonths(1), 10);
        UUID exit = UUID.randomUUID();
        jdbc.update("INSERT INTO immex.exit (id, program_id, pedimento, clave, kind, exit_date, recorded_at) "
                + "VALUES (?, ?, 'RT-SCORE', 'RT', 'RETURN', ?, now())", exit, program, due);
        discharge(program, exit, late, due.plusDays(3));
        discharge(program, exit, onTime, due.minusDays(2));
        assertThat(open).isPositive();

        scores.compute("ON_DEMAND", "test");
        ScoreStore.Stored window = store.latest("IMMEX", "QZX010101AB1").get(0);
        assertThat(window.month()).isNull();
        assertThat(window.score()).isEqualByComparingTo("0.0");
        assertThat(window.parts()).filteredOn(p -> p.part().equals("IMMEX_RETURNS")).singleElement().satisfies(p -> {
            assertThat(p.available()).isTrue();
            assertThat(p.events()).isEqualTo(2);
            assertThat(p.outOf()).isEqualTo(4);
        });
    }

    private long entry(UUID program, int line, LocalDate deadline, int remaining) {
        return jdbc.queryForObject("""
                INSERT INTO immex.entry (program_id, pedimento, line_no, clave, entry_date, part_number, category, quantity,
                    remaining, umc, quantity_umt, umt, value_usd, deadline, source, recorded_at)
                VALUES (?, 'IN-SCORE', ?, 'IN', ?, 'P-' || ?, 'RAW_MATERIAL', 10, ?, 'KGM', 10, 'KGM', 100, ?, 'CSV', now())
                RETURNING id""", Long.class, program, line, deadline.minusMonths(18), line, remaining, deadline);
    }

    private void discharge(UUID program, UUID exit, long entry, LocalDate on) {
        jdbc.update("""
                INSERT INTO immex.exit_line (exit_id, line_no, part_number, goods, quantity)
                VALUES (?, (SELECT coalesce(max(line_no), 0) + 1 FROM immex.exit_line WHERE exit_id = ?), 'P', 'MATERIAL', 10)""",
                exit, exit);
        jdbc.update("""
                INSERT INTO immex.discharge (program_id, exit_id, exit_line, entry_id, part_number, entry_pedimento, entry_line,
                    quantity, discharged_on)
                VALUES (?, ?, 1, ?, 'P', 'IN-SCORE', 1, 10, ?)""", program, exit, entry, on);
    }

    private void inspection(UUID crossing, List<String> findings) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO inspection.joint_inspection (id, crossing_id, facility, mx_customs_office, us_port, reason, status, scheduled_at, ended_at)
                VALUES (?, ?, 'dock', '240', '2304', 'test', 'COMPLETED', now(), now())
                """, id, crossing);
        for (String kind : findings) {
            jdbc.update("INSERT INTO inspection.finding (inspection_id, authority, officer, kind, description, recorded_at) "
                    + "VALUES (?, 'MX', 'o', ?, '', now())", id, kind);
        }
    }
}
