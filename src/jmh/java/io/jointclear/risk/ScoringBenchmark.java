package io.jointclear.risk;

import io.jointclear.risk.model.BoostedTrees;
import io.jointclear.risk.model.CustomsDeclarationCsv;
import io.jointclear.risk.model.CustomsDeclarationRow;
import io.jointclear.risk.model.FraudModel;
import java.util.List;
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

/**
 * Scoring throughput of the fraud model (features + XGBoost, one thread for both the JVM side and
 * XGBoost's {@code nthread}): {@link #batch()} scores the 8,134 declarations of the shipped later
 * period in batches of {@link #BATCH}; {@link #single()} scores one declaration per call.
 * Scored per declaration.
 *
 * <p>Run: {@code ./mvnw -Pjmh -DskipTests test-compile} then
 * {@code java --enable-native-access=ALL-UNNAMED -cp target/test-classes:target/classes:$(cat target/jmh.classpath) org.openjdk.jmh.Main ScoringBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Threads(1)
public class ScoringBenchmark {

    static final int BATCH = 1024;

    private FraudModel model;
    private List<CustomsDeclarationRow> rows;
    private int next;

    @Setup
    public void train() {
        List<CustomsDeclarationRow> train = CustomsDeclarationCsv.readResource("df_syn_train_eng.csv");
        rows = CustomsDeclarationCsv.readResource("df_syn_valid_eng.csv");
        BoostedTrees.Settings d = BoostedTrees.Settings.defaults(42);
        model = FraudModel.train(train, new BoostedTrees.Settings(d.rounds(), d.eta(), d.maxDepth(), d.subsample(),
                d.colsample(), d.minChildWeight(), d.lambda(), d.seed(), 1));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double[] batch() {
        int from = next;
        next = (next + BATCH) % (rows.size() - BATCH);
        return model.score(rows.subList(from, from + BATCH));
    }

    @Benchmark
    public double single() {
        next = (next + 1) % rows.size();
        return model.score(rows.get(next));
    }
}
