package io.jointclear.tools;

import io.jointclear.JointClearApplication;
import io.jointclear.reference.mxrates.MexicanRateImport;
import io.jointclear.shared.Actor;
import io.jointclear.tariff.reassessment.WhatIf;
import io.jointclear.tariff.reassessment.WhatIfBatch;
import io.jointclear.tariff.reassessment.WhatIfJob;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load tool for the batch what-if target (issue 11: re-assess 1,000,000 stored declaration lines in
 * ≤ 60 s). Starts the application on its own throw-away embedded PostgreSQL (profile {@code test}),
 * generates northbound crossings straight into the clearance tables — a Mexican export pedimento and
 * a US entry per crossing, {@code --lines-per-declaration} lines each, goods of {@link Products}, dated
 * over 2026-01-02 … 2026-03-30 (IEEPA and Section 122 periods) — then runs the batch "without IEEPA"
 * over the whole period as an analyst and reports the time from start to DONE. A small warm-up job
 * (one day) runs first so that the JIT has compiled the engine.
 *
 * <pre>./mvnw -Pjmh -DskipTests test-compile
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat target/jmh.classpath) io.jointclear.tools.WhatIfBatchRun --lines 1000000</pre>
 */
public final class WhatIfBatchRun {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 2);
    static final int DAYS = 88;
    static final int TEMPLATES = 200;

    private WhatIfBatchRun() {
    }

    public static void main(String[] args) throws Exception {
        long lines = 1_000_000;
        int perDeclaration = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--lines" -> lines = Long.parseLong(args[i + 1]);
                case "--lines-per-declaration" -> perDeclaration = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long crossings = lines / perDeclaration / 2;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JointClearApplication.class)
                .profiles("test").properties("server.port=0", "logging.level.io.jointclear=INFO").run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            importMxRates(ctx.getBean(MexicanRateImport.class));
            long t0 = System.nanoTime();
            generate(jdbc, crossings, perDeclaration);
            System.out.printf("generated %,d crossings, %,d declarations, %,d lines in %.1f s%n", crossings, crossings * 2,
                    crossings * 2 * perDeclaration, (System.nanoTime() - t0) / 1e9);
            WhatIfBatch batch = ctx.getBean(WhatIfBatch.class);
            Actor analyst = new Actor("benchmark", Set.of(Actor.Roles.ANALYST), null, null);
            WhatIf.Scenario withoutIeepa = new WhatIf.Scenario(null, List.of("IEEPA"), List.of());
            WhatIfJob.View warm = await(batch, batch.start(FIRST, FIRST, withoutIeepa, analyst), analyst);
            System.out.printf("warm-up: %,d declarations in %,d ms%n", warm.processed(), warm.elapsedMillis());
            long start = System.nanoTime();
            WhatIfJob.View run = await(batch, batch.start(FIRST, FIRST.plusDays(DAYS - 1), withoutIeepa, analyst), analyst);
            long wall = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("batch what-if: status %s, %,d declarations, %,d lines (%,d with problems) in %,d ms"
                            + " (job clock, count included), %,d ms from POST to DONE = %,.0f lines/s%n",
                    run.status(), run.processed(), run.lines(), run.withProblems(), run.elapsedMillis(), wall,
                    run.lines() * 1000.0 / Math.max(1, wall));
            run.totals().forEach(t -> System.out.printf("  %s %-6s actual %s scenario %s difference %s%n", t.authority(), t.code(),
                    t.actual(), t.scenario(), t.difference()));
        }
    }

    private static WhatIfJob.View await(WhatIfBatch batch, WhatIfJob job, Actor analyst) throws InterruptedException {
        while (job.status() == WhatIfJob.Status.QUEUED || job.status() == WhatIfJob.Status.RUNNING) {
            Thread.sleep(50);
        }
        return batch.get(job.id(), analyst).view(java.time.Instant.now());
    }

    /** The fracciones of the goods, with illustrative rates (benchmark input, not published rates). */
    private static void importMxRates(MexicanRateImport rates) {
        StringBuilder csv = new StringBuilder("fraccion,igi,ige,valid_from,valid_to,source\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Products.Product p : goods()) {
            if (seen.add(p.mxCode().substring(0, 8))) {
                csv.append(p.mxCode(), 0, 8).append(",0,Ex.,2020-01-01,,benchmark input (illustrative)\n");
            }
        }
        System.out.println("MX rates: " + rates.importCsv(new StringReader(csv.toString()), "import"));
    }

    private static List<Products.Product> goods() {
        return Products.NORTHBOUND.stream().filter(p -> !p.adCvdTomatoes()).toList();
    }

    /** {@link #TEMPLATES} documents per authority, replicated by the database with their own number and date. */
    private static void generate(JdbcTemplate jdbc, long crossings, int perDeclaration) {
        jdbc.execute("CREATE UNLOGGED TABLE IF NOT EXISTS public.bench_template (i int, authority text, doc jsonb)");
        jdbc.execute("TRUNCATE public.bench_template");
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TEMPLATES; i++) {
            rows.add(new Object[] {i, "MX", pedimento(random, perDeclaration)});
            rows.add(new Object[] {i, "US", entry(random, perDeclaration)});
        }
        jdbc.batchUpdate("INSERT INTO public.bench_template VALUES (?, ?, ?::jsonb)", rows);
        jdbc.update("""
                INSERT INTO clearance.crossing (id, status, direction, mx_customs_office, us_port, carrier, conveyance, driver,
                                                filed_by, version, filed_at, agency)
                SELECT md5('bench' || g)::uuid, 'FILED', 'NORTHBOUND', '240', '2304', '{}', '{}', '{}', 'benchmark', 1, now(),
                       'aduanal-del-norte'
                FROM generate_series(1, ?) g""", crossings);
        jdbc.update("""
                INSERT INTO clearance.crossing_declaration (crossing_id, authority, number, document, assessment_status, assessed_at)
                SELECT md5('bench' || g)::uuid, t.authority, t.authority || g,
                       jsonb_set(jsonb_set(t.doc, '{number}', to_jsonb(t.authority || g)), '{date}',
                                 to_jsonb((date '2026-01-02' + (g % ?)::int)::text)),
                       'ASSESSED', now()
                FROM generate_series(1, ?) g JOIN public.bench_template t ON t.i = g % ?""", DAYS, crossings, TEMPLATES);
        jdbc.execute("ANALYZE clearance.crossing_declaration");
    }

    private static String pedimento(Random random, int n) {
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < n; k++) {
            Products.Product p = goods().get(random.nextInt(goods().size()));
            double q = Math.max(1, Math.round(p.typicalQuantity() / n * (0.5 + random.nextDouble())));
            lines.append(k == 0 ? "" : ",").append("""
                    {"tariffCode":"%s","description":"%s","origin":"MX","destination":"US","quantity":{"value":%s,"unit":"%s"},
                     "value":%s,"netWeightKg":%s}""".formatted(p.mxCode(), p.description(), (long) q, p.mxUnit(),
                    value(p, q, random), (long) q));
        }
        return """
                {"authority":"MX","number":"","operation":"EXP","type":"A1","regime":"EXD","filer":"3456","customsOffice":"240",
                 "date":"2026-01-02","exchangeRate":18.0000,"exporter":{"taxId":"MAQ990301AB1","name":"Exportadora SA de CV","country":"MX"},
                 "buyer":{"taxId":"12-3456789","name":"Border Buyer LLC","country":"US"},"currency":"USD","incoterm":"FCA",
                 "lines":[%s]}""".formatted(lines);
    }

    private static String entry(Random random, int n) {
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < n; k++) {
            Products.Product p = goods().get(random.nextInt(goods().size()));
            double q = Math.max(1, Math.round(p.typicalQuantity() / n * (0.5 + random.nextDouble())));
            String spi = random.nextDouble() < 0.6 ? ",\"preference\":\"S\"" : "";
            lines.append(k == 0 ? "" : ",").append("""
                    {"tariffCode":"%s","description":"%s","origin":"MX","quantity":{"value":%s,"unit":"%s"},"value":%s,
                     "manufacturer":"MXEXPORT%04d","netWeightKg":%s%s}""".formatted(p.usCode(), p.description(), (long) q,
                    p.usUnit(), value(p, q, random), random.nextInt(10_000), (long) q, spi));
        }
        return """
                {"authority":"US","number":"","type":"01","filer":"316","customsOffice":"2304","date":"2026-01-02",
                 "importer":{"taxId":"12-345678900","name":"Border Buyer LLC","country":"US"},
                 "seller":{"taxId":"MAQ990301AB1","name":"Exportadora SA de CV","country":"MX"},"currency":"USD",
                 "lines":[%s]}""".formatted(lines);
    }

    private static String value(Products.Product p, double q, Random random) {
        return p.unitPriceUsd().multiply(BigDecimal.valueOf(q)).multiply(BigDecimal.valueOf(0.8 + 0.4 * random.nextDouble()))
                .setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
