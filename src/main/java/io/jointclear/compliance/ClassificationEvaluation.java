package io.jointclear.compliance;

import io.jointclear.compliance.detection.Evaluation;
import io.jointclear.compliance.detection.FuelModel;
import io.jointclear.compliance.detection.LabelledCsv;
import io.jointclear.compliance.detection.LabelledLine;
import io.jointclear.compliance.detection.MisclassificationDetector;
import io.jointclear.tariff.FuelQuotas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code classification-eval --test FILE [--train FILE] [--seed N]}: trains the misclassification detector on
 * the shipped labelled set (or {@code --train}), runs it on the test file and prints precision, recall,
 * proposed_accuracy and the tax at stake found (docs/compliance.md). Quotas are the tariff seed's.
 */
public final class ClassificationEvaluation {

    /** The labelled set the platform trains on, shipped with it (data/compliance/SOURCE.md). */
    public static final String TRAINING_SET = "/compliance/fuel-labelled-train.csv";
    public static final long SEED = 20260314L;

    public static final String USAGE = """
            usage: java -jar jointclear.jar classification-eval --test FILE [--train FILE] [--seed N]
              --test FILE   labelled declarations to measure on (CSV, header id,date,description,declared_tariff_code,
                            quantity,unit,value_usd,origin,density_kg_l,distill_90_c,sulfur_ppm,importer_sector13,
                            transport,customs_office,label_tariff_code)
              --train FILE  labelled declarations to train on [the shipped set, src/main/resources/compliance/fuel-labelled-train.csv]
              --seed N      seed of the training order, for a repeatable run [20260314]
            prints precision, recall (of "misclassified"), proposed_accuracy and the tax at stake found""";

    private ClassificationEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path test = null;
        Path train = null;
        long seed = SEED;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--test" -> test = Path.of(args[++i]);
                case "--train" -> train = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unexpected argument " + a);
            }
        }
        if (test == null) {
            throw new IllegalArgumentException("--test is required");
        }
        for (Path p : train == null ? List.of(test) : List.of(test, train)) {
            if (!Files.isReadable(p)) {
                throw new IllegalArgumentException("no such file: " + p);
            }
        }
        List<LabelledLine> training = train == null ? shippedTrainingSet() : read(train);
        List<LabelledLine> testing = read(test);
        MisclassificationDetector detector = new MisclassificationDetector(FuelModel.train(training, seed), FuelQuotas.shipped());
        System.out.println("classification-eval: train " + (train == null ? "shipped set" : train) + " (" + training.size()
                + " lines), test " + test + " (" + testing.size() + " lines), seed " + seed);
        System.out.print(Evaluation.of(detector, testing).report());
    }

    public static List<LabelledLine> shippedTrainingSet() {
        try (InputStream in = ClassificationEvaluation.class.getResourceAsStream(TRAINING_SET)) {
            if (in == null) {
                throw new IllegalStateException("the training set " + TRAINING_SET + " is not on the class path");
            }
            return LabelledCsv.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<LabelledLine> read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return LabelledCsv.read(in);
        }
    }
}
