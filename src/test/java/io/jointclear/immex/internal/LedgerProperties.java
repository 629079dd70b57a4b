package io.jointclear.immex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.immex.ExitKind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's set-based PEPS discharge against a plain model, on a real PostgreSQL with the module's
 * own migration: for any entries and any sequence of exits, an exit is discharged exactly when the
 * open balances cover it; then every entry's discharges plus its balance equal its quantity, no
 * balance goes below zero, no exit line gets more or less than it needs, and the balances left are
 * those of consuming the oldest entries first.
 */
class LedgerProperties {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate tx;
    private static LedgerStore ledger;

    @BeforeContainer
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        javax.sql.DataSource db = postgres.getPostgresDatabase(); // one pool: the template joins the transactions
        jdbc = new JdbcTemplate(db);
        tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        jdbc.execute("CREATE SCHEMA immex");
        String ddl = Files.readString(Path.of("src/main/resources/db/migration/immex/V1__immex_ledger.sql"), StandardCharsets.UTF_8);
        tx.executeWithoutResult(s -> {
            jdbc.execute("SET LOCAL search_path TO immex");
            jdbc.execute(ddl);
        });
        ledger = new LedgerStore(jdbc);
    }

    @AfterContainer
    static void stop() throws IOException {
        postgres.close();
    }

    record Entry(int part, int day, int line, BigDecimal quantity) {
    }

    record Exit(List<Map.Entry<Integer, BigDecimal>> lines) {
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("500"))
                .ofScale(3);
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 150),
                Arbitraries.integers().between(1, 3), quantity).as(Entry::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Exit>> exits() {
        Arbitrary<Map.Entry<Integer, BigDecimal>> line = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("400")).ofScale(3)).as(Map::entry);
        return line.list().ofMinSize(1).ofMaxSize(3).map(Exit::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 60)
    void dischargesNeverExceedEntriesAndFollowPeps(@ForAll("entries") List<Entry> entries, @ForAll("exits") List<Exit> exits) {
        UUID program = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO immex.program (id, number, rfc, name, modality, valid_from, status, created_at)
                VALUES (?, ?, 'PRO010101AA1', 'Property', 'INDUSTRIAL', DATE '2020-01-01', 'ACTIVE', now())""",
                program, program.toString().substring(0, 20));
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<LedgerStore.NewEntry> rows = new ArrayList<>();
        Map<String, Integer> seq = new HashMap<>();
        for (Entry e : entries) {
            String pedimento = String.format("2624345660%05d", e.day());
            int line = seq.merge(pedimento + "/" + e.part(), 1, Integer::sum) * 10 + e.line();
            rows.add(new LedgerStore.NewEntry(program, pedimento, line, "IN", first.plusDays(e.day()), "P" + e.part(), null, null,
                    io.jointclear.immex.Category.RAW_MATERIAL, e.quantity(), "KGM", e.quantity(), "KGM", BigDecimal.ONE,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "5", null, "CSV", null, null));
        }
        tx.executeWithoutResult(s -> ledger.insertEntries(rows, Instant.now()));
        Model model = new Model(jdbc.query("""
                SELECT id, part_number, quantity FROM immex.entry WHERE program_id = ? ORDER BY entry_date, pedimento, line_no, id""",
                (rs, i) -> new long[] {rs.getLong(1), Long.parseLong(rs.getString(2).substring(1))}, program),
                jdbc.queryForList("SELECT quantity FROM immex.entry WHERE program_id = ? ORDER BY entry_date, pedimento, line_no, id",
                        BigDecimal.class, program));

        LocalDate exitDay = first.plusDays(200);
        for (int x = 0; x < exits.size(); x++) {
            Exit exit = exits.get(x);
            boolean covered = model.covers(exit);
            UUID id = UUID.randomUUID();
            String pedimento = String.format("2624345669%05d", x);
            Boolean discharged = tx.execute(s -> {
                ledger.insertExit(id, program, pedimento, "RT", ExitKind.RETURN, exitDay, "US", null, Instant.now());
                List<LedgerStore.ResolvedLine> lines = new ArrayList<>();
                for (int i = 0; i < exit.lines().size(); i++) {
                    lines.add(new LedgerStore.ResolvedLine(i + 1, "P" + exit.lines().get(i).getKey(), "MATERIAL",
                            exit.lines().get(i).getValue()));
                }
                ledger.insertExitLines(id, lines);
                ledger.explode(new UUID[] {id});
                if (!ledger.shortfalls(program, exitDay).isEmpty()) {
                    s.setRollbackOnly();
                    return false;
                }
                ledger.discharge(program, exitDay);
                return true;
            });
            assertThat(discharged).as("exit %s discharged exactly when covered", x).isEqualTo(covered);
            if (covered) {
                model.discharge(exit);
                List<Map<String, Object>> perLine = jdbc.queryForList("""
                        SELECT l.line_no, l.quantity, coalesce(sum(d.quantity), 0) AS got
                        FROM immex.exit_line l LEFT JOIN immex.discharge d ON d.exit_id = l.exit_id AND d.exit_line = l.line_no
                        WHERE l.exit_id = ? GROUP BY l.line_no, l.quantity""", id);
                perLine.forEach(r -> assertThat((BigDecimal) r.get("got")).isEqualByComparingTo((BigDecimal) r.get("quantity")));
            }
        }
        List<Map<String, Object>> state = jdbc.queryForList("""
                SELECT e.id, e.quantity, e.remaining, coalesce((SELECT sum(d.quantity) FROM immex.discharge d WHERE d.entry_id = e.id), 0)
                       AS discharged
                FROM immex.entry e WHERE e.program_id = ? ORDER BY e.entry_date, e.pedimento, e.line_no, e.id""", program);
        for (int i = 0; i < state.size(); i++) {
            Map<String, Object> r = state.get(i);
            BigDecimal remaining = (BigDecimal) r.get("remaining");
            assertThat(remaining).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(remaining.add((BigDecimal) r.get("discharged"))).isEqualByComparingTo((BigDecimal) r.get("quantity"));
            assertThat(remaining).as("entry %s in PEPS order", i).isEqualByComparingTo(model.remaining.get(i));
        }
    }

    /** Oldest first by hand: the balances an Annex 24 clerk would compute line by line. */
    static final class Model {
        final List<long[]> entries;
        final List<BigDecimal> remaining;

        Model(List<long[]> entries, List<BigDecimal> quantities) {
            this.entries = entries;
            this.remaining = new ArrayList<>(quantities);
        }

        boolean covers(Exit exit) {
            Map<Integer, BigDecimal> need = new HashMap<>();
            exit.lines().forEach(l -> need.merge(l.getKey(), l.getValue(), BigDecimal::add));
            return need.entrySet().stream().allMatch(n -> open(n.getKey()).compareTo(n.getValue()) >= 0);
        }

        BigDecimal open(int part) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i)[1] == part) {
                    sum = sum.add(remaining.get(i));
                }
            }
            return sum;
        }

        void discharge(Exit exit) {
            for (Map.Entry<Integer, BigDecimal> line : exit.lines()) {
                BigDecimal need = line.getValue();
                for (int i = 0; i < entries.size() && need.signum() > 0; i++) {
                    if (entries.get(i)[1] == line.getKey()) {
                        BigDecimal take = need.min(remaining.get(i));
                        remaining.set(i, remaining.get(i).subtract(take));
                        need = need.subtract(take);
                    }
                }
            }
        }
    }

}
