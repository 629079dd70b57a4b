package io.jointclear.risk;

import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleClause;
import io.jointclear.risk.rules.RuleClause.Operator;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.selection.LaneProperties;
import io.jointclear.risk.selection.PartyHistory;
import io.jointclear.risk.selection.RiskEngine;
import io.jointclear.risk.selection.SelectivityProperties;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one in-process selection (both authorities, 5 lines each): 30 rules, value references
 * for every code, party history, calibrated lanes. Sample-time mode reports p50/p99/p99.9.
 *
 * <p>Run: {@code ./mvnw -Pjmh -DskipTests test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/jmh.classpath) org.openjdk.jmh.Main SelectionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SelectionBenchmark {

    private RiskEngine engine;
    private final List<SelectionRequest> requests = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        List<RiskRule> rules = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rules.add(new RiskRule("RULE_" + i, 1, i % 3 == 0 ? Authority.US : null, "rule " + i, List.of(
                    new RuleClause("hs", Operator.PREFIX, List.of(String.format("%02d", i * 3 % 97))),
                    new RuleClause("origin", Operator.IN, List.of("CN", "VN", "MX")),
                    new RuleClause("valueUsd", Operator.GT, List.of(String.valueOf(1000 * i)))),
                    0.5 + (i % 5), i % 10 == 0 ? Lane.YELLOW : null, null, null, "bench", RiskRule.Status.ACTIVE));
        }
        ValueReferences values = new ValueReferences();
        for (int i = 0; i < 50_000; i++) {
            values.learn(code(random), origin(random), "KGM", BigDecimal.valueOf(1 + random.nextDouble() * 5));
        }
        engine = new RiskEngine(new SelectivityProperties(Map.of("MX", new BigDecimal("0.05"), "US", new BigDecimal("0.05")),
                new BigDecimal("250000")), LaneProperties.defaults(), RuleSource.of(rules), values, new PartyHistory(),
                Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), java.time.ZoneOffset.UTC));
        for (int i = 0; i < 4096; i++) {
            List<LineFacts> lines = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                lines.add(new LineFacts(code(random), origin(random), BigDecimal.valueOf(random.nextInt(300_000)), List.of(), null,
                        BigDecimal.valueOf(1 + random.nextInt(20_000)), "KGM"));
            }
            String party = "PTY" + random.nextInt(2000);
            requests.add(new SelectionRequest(UUID.randomUUID(), List.of(
                    new DeclarationFacts(Authority.MX, "A1", party, lines, random.nextInt(5) == 0 ? Set.of("OEA") : Set.of()),
                    new DeclarationFacts(Authority.US, "01", party + "US", lines)), List.of(), random.nextBoolean()));
        }
        for (SelectionRequest r : requests) {
            engine.select(r); // calibrate the thresholds
        }
    }

    private static String code(Random random) {
        return String.format("%02d%04d%04d", random.nextInt(98), random.nextInt(20), random.nextInt(10_000));
    }

    private static String origin(Random random) {
        return List.of("CN", "VN", "MX", "US", "DE", "JP").get(random.nextInt(6));
    }

    @Benchmark
    public Selection select() {
        next = (next + 1) % requests.size();
        return engine.select(requests.get(next));
    }
}
