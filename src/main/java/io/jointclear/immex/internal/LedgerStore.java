package io.jointclear.immex.internal;

import io.jointclear.immex.Category;
import io.jointclear.immex.ExitKind;
import io.jointclear.immex.Immex.Balance;
import io.jointclear.immex.Immex.Discharge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The Annex 24 ledger in SQL: entry lines with their open balance, exits with their lines, and the
 * discharges linking them. Discharging is set-based — an exit's lines explode through the bills of
 * materials into a demand table, and one statement matches cumulative demand against cumulative open
 * balance per part number in PEPS order (interval overlap of running sums), inserts the discharges and
 * lowers the balances — so a million exit lines cost the same few statements as one.
 */
@Repository
public class LedgerStore {

    /** Most balance rows one read answers. */
    static final int MAX_BALANCE_ROWS = 10_000;

    private final JdbcTemplate jdbc;

    LedgerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry line as posted to the ledger (quantities in UMC and UMT, amounts deferred or credited). */
    record NewEntry(UUID program, String pedimento, int line, String clave, LocalDate date, String partNumber, String fraccion,
                    String origin, Category category, BigDecimal quantity, String umc, BigDecimal quantityUmt, String umt,
                    BigDecimal valueUsd, BigDecimal igiDeferredMxn, BigDecimal ccDeferredMxn, BigDecimal ivaCreditMxn,
                    String paymentForm, LocalDate deadline, String source, UUID crossing, Long transferredFrom) {
    }

    /** @return how many were new (a line already posted is left as it is: posting twice is posting once) */
    public int insertEntries(List<NewEntry> entries, Instant now) {
        int[][] counts = jdbc.batchUpdate("""
                INSERT INTO immex.entry (program_id, pedimento, line_no, clave, entry_date, part_number, fraccion, origin, category,
                                         quantity, remaining, umc, quantity_umt, umt, value_usd, igi_deferred_mxn, cc_deferred_mxn,
                                         iva_credit_mxn, payment_form, deadline, source, crossing_id, transferred_from, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id, pedimento, line_no, part_number) DO NOTHING""", entries, 1000, (ps, e) -> {
            Object[] values = {e.program(), e.pedimento(), e.line(), e.clave(), e.date(), e.partNumber(), e.fraccion(), e.origin(),
                    e.category().name(), e.quantity(), e.quantity(), e.umc(), e.quantityUmt(), e.umt(), e.valueUsd(),
                    e.igiDeferredMxn(), e.ccDeferredMxn(), e.ivaCreditMxn(), e.paymentForm(), e.deadline(), e.source(),
                    e.crossing(), e.transferredFrom(), Timestamp.from(now)};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                inserted += Math.max(c, 0);
            }
        }
        return inserted;
    }

    boolean crossingPosted(UUID crossing) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM immex.entry WHERE crossing_id = ?)
                    OR EXISTS (SELECT 1 FROM immex.exit WHERE crossing_id = ?)""", Boolean.class, crossing, crossing));
    }

    /** A line of an exit with what it is: a finished product (exploded) or a material (as imported). */
    record ResolvedLine(int line, String partNumber, String goods, BigDecimal quantity) {
    }

    /** @return false when the program already has an exit with that pedimento */
    boolean insertExit(UUID id, UUID program, String pedimento, String clave, ExitKind kind, LocalDate date, String destination,
                       UUID crossing, Instant now) {
        return jdbc.update("""
                INSERT INTO immex.exit (id, program_id, pedimento, clave, kind, exit_date, destination, crossing_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                id, program, pedimento, clave, kind.name(), date, destination, crossing, Timestamp.from(now)) == 1;
    }

    void insertExitLines(UUID exit, List<ResolvedLine> lines) {
        jdbc.batchUpdate("INSERT INTO immex.exit_line (exit_id, line_no, part_number, goods, quantity) VALUES (?, ?, ?, ?, ?)",
                lines.stream().map(l -> new Object[] {exit, l.line(), l.partNumber(), l.goods(), l.quantity()}).toList());
    }

    void recordShortfall(UUID exit, String shortfallJson) {
        jdbc.update("UPDATE immex.exit SET shortfall = CAST(? AS jsonb) WHERE id = ?", shortfallJson, exit);
    }

    /**
     * Fills the transaction's demand table with what the exits consume, in PEPS order of the exits: a
     * material as is, a product through the bill of materials in force on the exit date, quantity per
     * unit plus scrap ({@code qty × per unit × (1 + scrap % / 100)}, 6 decimals).
     *
     * @return demand rows written
     */
    public int explode(UUID[] exits) {
        jdbc.execute("""
                CREATE TEMP TABLE IF NOT EXISTS immex_demand (ord bigint, exit_id uuid, exit_line int, part_number text,
                                                              qty numeric) ON COMMIT DROP""");
        jdbc.execute("TRUNCATE immex_demand");
        return jdbc.update("""
                INSERT INTO immex_demand (ord, exit_id, exit_line, part_number, qty)
                SELECT row_number() OVER (ORDER BY x.exit_date, x.recorded_at, x.id, l.line_no, m.part), x.id, l.line_no, m.part, m.qty
                FROM immex.exit x
                JOIN immex.exit_line l ON l.exit_id = x.id
                CROSS JOIN LATERAL (
                    SELECT l.part_number AS part, l.quantity AS qty WHERE l.goods = 'MATERIAL'
                    UNION ALL
                    SELECT b.material, round(l.quantity * b.quantity_per_unit * (1 + b.scrap_pct / 100), 6)
                    FROM immex.bom_line b
                    WHERE l.goods = 'PRODUCT' AND b.program_id = x.program_id AND b.product = l.part_number
                      AND b.valid_from = (SELECT max(p.valid_from) FROM immex.product p WHERE p.program_id = x.program_id
                                            AND p.part_number = l.part_number AND p.valid_from <= x.exit_date)) m
                WHERE x.id = ANY(?)""", (Object) exits);
    }

    /** A part number the demand needs more of than the program's open balance on that day. */
    public record Shortfall(String partNumber, BigDecimal needed, BigDecimal open) {
        BigDecimal missing() {
            return needed.subtract(open);
        }
    }

    public List<Shortfall> shortfalls(UUID program, LocalDate day) {
        analyzeDemand();
        return jdbc.query("""
                SELECT n.part_number, n.total, coalesce(o.open, 0)
                FROM (SELECT part_number, sum(qty) AS total FROM immex_demand GROUP BY part_number) n
                LEFT JOIN LATERAL (SELECT sum(e.remaining) AS open FROM immex.entry e
                                   WHERE e.program_id = ? AND e.part_number = n.part_number AND e.remaining > 0
                                     AND e.entry_date <= ?) o ON true
                WHERE coalesce(o.open, 0) < n.total ORDER BY n.part_number""",
                (rs, i) -> new Shortfall(rs.getString(1), plain(rs.getBigDecimal(2)), plain(rs.getBigDecimal(3))), program, day);
    }

    /**
     * Discharges the demand table against the program's open entries of {@code day} or before, oldest
     * first per part number (entry date, pedimento, line): every demand row takes the part of the
     * cumulative open balance its own cumulative interval overlaps. Callers checked {@link #shortfalls}
     * under the program's lock, so the demand is covered in full.
     *
     * @return discharge rows written
     */
    public int discharge(UUID program, LocalDate day) {
        // a large batch sorts millions of running sums: in memory rather than spilled to disk (this transaction only)
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        return jdbc.queryForObject("""
                WITH d AS (
                    SELECT exit_id, exit_line, part_number, qty,
                           sum(qty) OVER (PARTITION BY part_number ORDER BY ord) AS d_end
                    FROM immex_demand),
                need AS (SELECT part_number, max(d_end) AS total FROM d GROUP BY part_number),
                s AS (
                    SELECT e.id, e.part_number, e.pedimento, e.line_no, e.remaining,
                           sum(e.remaining) OVER (PARTITION BY e.part_number
                                                  ORDER BY e.entry_date, e.pedimento, e.line_no, e.id) AS s_end
                    FROM immex.entry e JOIN need n ON n.part_number = e.part_number
                    WHERE e.program_id = ? AND e.remaining > 0 AND e.entry_date <= ?),
                used AS (SELECT s.* FROM s JOIN need n ON n.part_number = s.part_number WHERE s.s_end - s.remaining < n.total),
                pairs AS (
                    SELECT d.exit_id, d.exit_line, u.id AS entry_id, u.part_number, u.pedimento, u.line_no,
                           least(d.d_end, u.s_end) - greatest(d.d_end - d.qty, u.s_end - u.remaining) AS q
                    FROM d JOIN used u ON u.part_number = d.part_number
                                      AND u.s_end - u.remaining < d.d_end AND d.d_end - d.qty < u.s_end),
                ins AS (
                    INSERT INTO immex.discharge (program_id, exit_id, exit_line, entry_id, part_number, entry_pedimento, entry_line,
                                                 quantity, discharged_on)
                    SELECT ?, exit_id, exit_line, entry_id, part_number, pedimento, line_no, q, ? FROM pairs WHERE q > 0
                    RETURNING entry_id, quantity),
                upd AS (
                    UPDATE immex.entry e SET remaining = e.remaining - t.q
                    FROM (SELECT entry_id, sum(quantity) AS q FROM ins GROUP BY entry_id) t WHERE e.id = t.entry_id)
                SELECT count(*)::int FROM ins""",
                Integer.class, program, day, program, day);
    }

    /** A quantity without its padding zeros, never in exponent form (25000, not 2.5E+4). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The demand table is new in each transaction: its statistics decide the join plan of a large discharge. */
    private void analyzeDemand() {
        jdbc.execute("ANALYZE immex_demand");
    }

    public List<Balance> balances(UUID program, String partNumber, boolean openOnly, LocalDate today) {
        String sql = """
                SELECT pedimento, line_no, part_number, category, entry_date, quantity, remaining, umc, quantity_umt, umt,
                       igi_deferred_mxn, iva_credit_mxn, deadline
                FROM immex.entry WHERE program_id = ?""" + (partNumber == null ? "" : " AND part_number = ?")
                + (openOnly ? " AND remaining > 0" : "")
                + " ORDER BY part_number, entry_date, pedimento, line_no, id LIMIT " + MAX_BALANCE_ROWS;
        Object[] args = partNumber == null ? new Object[] {program} : new Object[] {program, partNumber};
        return jdbc.query(sql, (rs, i) -> balance(rs, today), args);
    }

    /** Open balances whose deadline falls within {@code horizon} days of today or has passed, soonest first. */
    List<Balance> dueWithin(UUID program, LocalDate today, int horizon) {
        return jdbc.query("""
                SELECT pedimento, line_no, part_number, category, entry_date, quantity, remaining, umc, quantity_umt, umt,
                       igi_deferred_mxn, iva_credit_mxn, deadline
                FROM immex.entry WHERE program_id = ? AND remaining > 0 AND deadline <= ?
                ORDER BY deadline, part_number, pedimento, line_no""" + " LIMIT " + MAX_BALANCE_ROWS,
                (rs, i) -> balance(rs, today), program, today.plusDays(horizon));
    }

    private static Balance balance(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        BigDecimal quantity = rs.getBigDecimal(6);
        BigDecimal remaining = rs.getBigDecimal(7);
        BigDecimal umt = rs.getBigDecimal(9);
        BigDecimal remainingUmt = umt.multiply(remaining).divide(quantity, 6, RoundingMode.HALF_UP);
        LocalDate deadline = rs.getObject(13, LocalDate.class);
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
        Category category = Category.valueOf(rs.getString(4));
        return new Balance(rs.getString(1), rs.getInt(2), rs.getString(3), category, category.legalTerm(),
                rs.getObject(5, LocalDate.class), plain(quantity), plain(remaining), rs.getString(8),
                plain(remainingUmt), rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12), deadline, daysLeft,
                remaining.signum() > 0 ? Alerts.level(daysLeft) : null);
    }

    List<Discharge> discharges(UUID program, String exitPedimento, int limit) {
        return jdbc.query("""
                SELECT x.pedimento, x.clave, d.exit_line, d.part_number, d.quantity, d.entry_pedimento, d.entry_line, e.entry_date,
                       d.discharged_on
                FROM immex.discharge d JOIN immex.exit x ON x.id = d.exit_id JOIN immex.entry e ON e.id = d.entry_id
                WHERE d.program_id = ?""" + (exitPedimento == null ? "" : " AND x.pedimento = ?")
                + " ORDER BY d.discharged_on DESC, d.id LIMIT ?",
                (rs, i) -> new Discharge(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        plain(rs.getBigDecimal(5)), rs.getString(6), rs.getInt(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class)),
                exitPedimento == null ? new Object[] {program, limit} : new Object[] {program, exitPedimento, limit});
    }

    /** The discharges of one exit with what the receiver of a transfer needs of each consumed entry. */
    record Consumed(long entryId, String partNumber, BigDecimal quantity, BigDecimal entryQuantity, BigDecimal quantityUmt,
                    String umc, String umt, String fraccion, String origin, Category category, BigDecimal valueUsd,
                    BigDecimal igiDeferredMxn, BigDecimal ccDeferredMxn, BigDecimal ivaCreditMxn, String paymentForm) {
    }

    List<Consumed> consumedBy(UUID exit) {
        return jdbc.query("""
                SELECT e.id, e.part_number, d.quantity, e.quantity, e.quantity_umt, e.umc, e.umt, e.fraccion, e.origin, e.category,
                       e.value_usd, e.igi_deferred_mxn, e.cc_deferred_mxn, e.iva_credit_mxn, e.payment_form
                FROM immex.discharge d JOIN immex.entry e ON e.id = d.entry_id WHERE d.exit_id = ? ORDER BY d.exit_line, d.id""",
                (rs, i) -> new Consumed(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        Category.valueOf(rs.getString(10)), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                        rs.getBigDecimal(14), rs.getString(15)), exit);
    }
}
