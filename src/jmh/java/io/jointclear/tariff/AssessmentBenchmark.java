package io.jointclear.tariff;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.PreferentialRate;
import io.jointclear.reference.RateComponent;
import io.jointclear.reference.ReferenceDataProblem;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.Authority;
import io.jointclear.tariff.domain.AssessmentEngine;
import io.jointclear.tariff.domain.MeasureBook;
import io.jointclear.tariff.persistence.MeasureCsv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput of the assessment engine on a realistic mix of Mexican and US lines, with
 * the shipped measure seed in memory and an in-memory tariff catalogue (no database on the hot path).
 * Scored per line: one invocation assesses {@link #LINES} lines in {@link #DECLARATIONS} declarations.
 *
 * <p>Run: {@code ./mvnw -Pjmh test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/jmh.classpath) org.openjdk.jmh.Main AssessmentBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {

    static final int DECLARATIONS = 40;
    static final int LINES_PER_DECLARATION = 5;
    static final int LINES = DECLARATIONS * LINES_PER_DECLARATION;

    private AssessmentEngine engine;
    private List<AssessmentRequest> requests;

    @Setup
    public void setUp() {
        MeasureBook book = new MeasureBook(MeasureCsv.seed());
        Reference ref = new Reference();
        engine = new AssessmentEngine(ref, ref, () -> book);
        requests = new ArrayList<>();
        String[] mxDates = {"2026-03-10", "2026-05-20"};
        String[] usDates = {"2025-03-20", "2025-11-03", "2026-03-10", "2026-08-01"};
        for (int i = 0; i < DECLARATIONS; i++) {
            boolean mexico = i % 2 == 0;
            List<AssessmentRequest.Line> lines = new ArrayList<>();
            for (int j = 0; j < LINES_PER_DECLARATION; j++) {
                lines.add(mexico ? mxLine(i + j) : usLine(i + j));
            }
            requests.add(mexico
                    ? new AssessmentRequest(Authority.MX, "IMP", i % 4 == 0 ? "A1" : "IN", "IMD", "240",
                            LocalDate.parse(mxDates[i % 2]), null, new BigDecimal("18.0000"), "USD",
                            new BigDecimal("1250.00"), new BigDecimal("180.00"), null,
                            List.of(new AssessmentRequest.Identifier("CI", null)), false, null, lines)
                    : new AssessmentRequest(Authority.US, null, i % 3 == 0 ? "03" : "01", null, "2304",
                            LocalDate.parse(usDates[i % 4]), null, null, "USD", null, null, null, List.of(), false,
                            null, lines));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void assessLines(Blackhole bh) {
        for (AssessmentRequest r : requests) {
            bh.consume(engine.assess(r));
        }
    }

    private static AssessmentRequest.Line mxLine(int k) {
        return switch (k % 4) {
            case 0 -> line("6109100100", "CN", "20000.00", "1000", "C62", null);
            case 1 -> line("6109100100", "US", "12500.50", "800", "C62", "USMCA");
            case 2 -> line("2710199903", "US", "30000.00", "40000", "LTR", null);
            default -> line("8471300100", "CN", "4200.00", "12", "C62", null);
        };
    }

    private static AssessmentRequest.Line usLine(int k) {
        return switch (k % 5) {
            case 0 -> line("6109100012", "MX", "48000.00", "2000", "DZN", null);
            case 1 -> line("8479899499", "MX", "100000.00", "1", "C62", "S");
            case 2 -> new AssessmentRequest.Line("7308909590", "steel", "MX", new AssessmentRequest.Quantity(new BigDecimal("1000"), "KGM"),
                    new BigDecimal("1000"), new BigDecimal("25000.00"), null, List.of(), null, null, null, new BigDecimal("9000"));
            case 3 -> new AssessmentRequest.Line("0702002032", "tomatoes", "MX", new AssessmentRequest.Quantity(new BigDecimal("18000"), "KGM"),
                    new BigDecimal("18000"), new BigDecimal("21600.00"), "S", List.of("A-201-820"), "MXAGRELR123CUL", null, null, null);
            default -> line("2710121500", "CA", "700000.00", "1589872.94928", "LTR", null);
        };
    }

    private static AssessmentRequest.Line line(String code, String origin, String value, String qty, String unit, String pref) {
        return new AssessmentRequest.Line(code, "bench", origin, new AssessmentRequest.Quantity(new BigDecimal(qty), unit),
                new BigDecimal(qty), new BigDecimal(value), pref, List.of(), null, null, null, null);
    }

    /** In-memory catalogue with illustrative rates (the real one is also an in-memory index). */
    static final class Reference implements TariffCatalogue, ExchangeRates {
        private final Map<String, TariffLine> lines = new HashMap<>();

        Reference() {
            mx("6109100100", av("35"), "C62");
            mx("2710199903", av("0"), "LTR");
            mx("8471300100", av("0"), "C62");
            us("6109100012", av("16.5"), "DZN");
            us("8479899499", av("2.6"), "C62");
            us("7308909590", av("0"), "KGM");
            us("0702002032", new DutyRate("3.9¢/kg", List.of(new RateComponent.Specific(new BigDecimal("0.039"), "USD", "KGM", ""))), "KGM");
            us("2710121500", new DutyRate("52.5¢/bbl", List.of(new RateComponent.Specific(new BigDecimal("0.525"), "USD", "BLL", ""))), "BLL");
        }

        private static DutyRate av(String p) {
            return new DutyRate(p + "%", List.of(new RateComponent.AdValorem(new BigDecimal(p))));
        }

        private void mx(String code, DutyRate igi, String unit) {
            lines.put("MX" + code, new TariffLine(Authority.MX, code, "bench", List.of(unit), List.of(unit), LocalDate.of(2020, 1, 1),
                    Optional.empty(), Optional.of(igi), List.of(), Optional.empty(), Optional.of(DutyRate.free("Ex.")), "bench"));
        }

        private void us(String code, DutyRate general, String unit) {
            lines.put("US" + code, new TariffLine(Authority.US, code, "bench", List.of(unit), List.of(unit), LocalDate.of(2020, 1, 1),
                    Optional.empty(), Optional.of(general), List.of(new PreferentialRate(DutyRate.free("Free"), Set.of("S", "A"))),
                    Optional.empty(), Optional.empty(), "bench"));
        }

        @Override
        public TariffLine line(Authority authority, String tariffCode, LocalDate date) {
            TariffLine l = lines.get((authority == Authority.MX ? "MX" : "US") + tariffCode);
            if (l == null) {
                throw ReferenceDataProblem.unknownTariffCode(authority.name(), tariffCode);
            }
            return l;
        }

        @Override
        public GoverningExchangeRate usdMxn(LocalDate date) {
            return new GoverningExchangeRate("USD", "MXN", date, new BigDecimal("18.0000"), date, date, "bench", "bench");
        }
    }
}
