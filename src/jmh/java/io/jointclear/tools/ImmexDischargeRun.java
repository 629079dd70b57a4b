package io.jointclear.tools;

import io.jointclear.JointClearApplication;
import io.jointclear.immex.internal.LedgerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load tool for the IMMEX scale target (issue 12 item 7): discharge 1,000,000 export lines against
 * 5,000,000 open entry lines PEPS in ≤ 60 s, and read the balance of one part number in ≤ 50 ms p99
 * with that ledger loaded. Starts the application on its own throw-away embedded PostgreSQL (profile
 * {@code test}, fsync on), generates one program with {@code --parts} materials, {@code --entries}
 * entry lines (spread over 2025, 100 per part by default) and {@code --exit-lines} return lines in
 * exits of 1,000 lines (materials as imported, a random part each, 1 to 40 units), then discharges
 * them all in one transaction — explosion, coverage check, PEPS allocation, balance update — through
 * the module's own {@link LedgerStore}, and times it. Then times {@code --queries} balance reads of
 * random part numbers (open balances only, as the console asks).
 *
 * <pre>./mvnw -Pjmh -DskipTests test-compile
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/jmh.classpath) io.jointclear.tools.ImmexDischargeRun</pre>
 */
public final class ImmexDischargeRun {

    private ImmexDischargeRun() {
    }

    public static void main(String[] args) {
        long entries = 5_000_000;
        long exitLines = 1_000_000;
        int parts = 50_000;
        int queries = 2_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--entries" -> entries = Long.parseLong(args[i + 1]);
                case "--exit-lines" -> exitLines = Long.parseLong(args[i + 1]);
                case "--parts" -> parts = Integer.parseInt(args[i + 1]);
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JointClearApplication.class)
                .profiles("test").properties("server.port=0", "logging.level.io.jointclear=INFO").run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            LedgerStore ledger = ctx.getBean(LedgerStore.class);
            TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
            UUID program = UUID.randomUUID();
            long t0 = System.nanoTime();
            generate(jdbc, program, parts, entries, exitLines);
            System.out.printf("generated %,d materials, %,d entry lines, %,d exit lines in %.1f s%n", parts, entries, exitLines,
                    (System.nanoTime() - t0) / 1e9);
            UUID[] exits = jdbc.queryForList("SELECT id FROM immex.exit WHERE program_id = ?", UUID.class, program)
                    .toArray(UUID[]::new);
            LocalDate day = LocalDate.of(2026, 3, 1);
            long start = System.nanoTime();
            long[] phases = new long[4];
            Integer written = tx.execute(s -> {
                int demand = ledger.explode(exits);
                phases[0] = System.nanoTime();
                int shortfalls = ledger.shortfalls(program, day).size();
                phases[1] = System.nanoTime();
                if (shortfalls > 0) {
                    throw new IllegalStateException(shortfalls + " part numbers short: the generator under-supplied");
                }
                int d = ledger.discharge(program, day);
                phases[2] = System.nanoTime();
                System.out.printf("demand rows %,d%n", demand);
                return d;
            });
            phases[3] = System.nanoTime();
            System.out.printf("discharge: %,d exit lines -> %,d discharges in %.1f s (explode %.1f s, coverage %.1f s, "
                            + "PEPS allocation + balance update %.1f s, commit %.1f s)%n", exitLines, written,
                    (phases[3] - start) / 1e9, (phases[0] - start) / 1e9, (phases[1] - phases[0]) / 1e9,
                    (phases[2] - phases[1]) / 1e9, (phases[3] - phases[2]) / 1e9);
            verify(jdbc, program);
            jdbc.execute("ANALYZE immex.entry");
            balanceQueries(ledger, program, parts, queries);
        }
    }

    private static void generate(JdbcTemplate jdbc, UUID program, int parts, long entries, long exitLines) {
        jdbc.update("""
                INSERT INTO immex.program (id, number, rfc, name, modality, valid_from, status, created_at)
                VALUES (?, ?, 'BEN010101AA1', 'Benchmark maquiladora', 'INDUSTRIAL', DATE '2024-01-01', 'ACTIVE', now())""",
                program, "BENCH-" + program.toString().substring(0, 8));
        jdbc.update("""
                INSERT INTO immex.material (program_id, part_number, valid_from, description, fraccion, nico, umc, umt,
                                            conversion_factor, category)
                SELECT ?, 'P' || lpad(g::text, 6, '0'), DATE '2024-01-01', 'benchmark part ' || g, '39021001', '00', 'KGM', 'KGM', 1,
                       'RAW_MATERIAL'
                FROM generate_series(0, ? - 1) g""", program, parts);
        long t = System.nanoTime();
        // pedimentos of 1,000 lines; part g % parts, so every part has entries / parts lines spread over the year
        jdbc.update("""
                INSERT INTO immex.entry (program_id, pedimento, line_no, clave, entry_date, part_number, fraccion, origin, category,
                                         quantity, remaining, umc, quantity_umt, umt, value_usd, igi_deferred_mxn, payment_form,
                                         deadline, source, recorded_at)
                SELECT ?, '25' || lpad((g / 1000)::text, 13, '0'), (g % 1000) + 1, 'IN', DATE '2025-01-01' + (g / 1000 % 365)::int,
                       'P' || lpad((g % ?)::text, 6, '0'), '39021001', 'CN', 'RAW_MATERIAL', 100, 100, 'KGM', 100, 'KGM', 150, 0, '5',
                       DATE '2025-01-01' + (g / 1000 % 365)::int + interval '18 months', 'CSV', now()
                FROM generate_series(0, ? - 1) g""", program, parts, entries);
        System.out.printf("  entries inserted in %.1f s%n", (System.nanoTime() - t) / 1e9);
        jdbc.update("""
                INSERT INTO immex.exit (id, program_id, pedimento, clave, kind, exit_date, destination, recorded_at)
                SELECT md5(?::text || x)::uuid, ?, '26' || lpad(x::text, 13, '0'), 'RT', 'RETURN', DATE '2026-02-01' + (x % 28)::int, 'US',
                       now()
                FROM generate_series(0, ? - 1) x""", program, program, (exitLines + 999) / 1000);
        jdbc.update("""
                INSERT INTO immex.exit_line (exit_id, line_no, part_number, goods, quantity)
                SELECT md5(?::text || (g / 1000))::uuid, (g % 1000) + 1, 'P' || lpad(((hashint4(g::int) & 2147483647) % ?)::text, 6, '0'),
                       'MATERIAL', 1 + (hashint4(g::int + 7) & 2147483647) % 40
                FROM generate_series(0, ? - 1) g""", program, parts, exitLines);
        jdbc.execute("ANALYZE immex.entry");
        jdbc.execute("ANALYZE immex.exit_line");
        jdbc.execute("ANALYZE immex.exit");
    }

    private static void verify(JdbcTemplate jdbc, UUID program) {
        Long negative = jdbc.queryForObject("SELECT count(*) FROM immex.entry WHERE program_id = ? AND remaining < 0", Long.class,
                program);
        Long unbalanced = jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT e.id FROM immex.entry e JOIN immex.discharge d ON d.entry_id = e.id
                                      WHERE e.program_id = ? GROUP BY e.id, e.quantity, e.remaining
                                      HAVING e.quantity - e.remaining <> sum(d.quantity)) x""", Long.class, program);
        System.out.printf("check: %d negative balances, %d entries whose discharges differ from their consumption%n", negative,
                unbalanced);
    }

    private static void balanceQueries(LedgerStore ledger, UUID program, int parts, int queries) {
        Random random = new Random(42);
        LocalDate today = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < 200; i++) {
            ledger.balances(program, "P" + String.format("%06d", random.nextInt(parts)), true, today);
        }
        List<Long> micros = new ArrayList<>(queries);
        int rows = 0;
        for (int i = 0; i < queries; i++) {
            long s = System.nanoTime();
            rows += ledger.balances(program, "P" + String.format("%06d", random.nextInt(parts)), true, today).size();
            micros.add((System.nanoTime() - s) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("balance of one part number (%,d queries, %.1f open lines each): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                queries, rows / (double) queries, micros.get(queries / 2) / 1000.0, micros.get(queries * 99 / 100) / 1000.0,
                micros.get(queries - 1) / 1000.0);
    }
}
