package io.jointclear.risk;

import io.jointclear.risk.model.CustomsDeclarationCsv;
import io.jointclear.risk.model.CustomsDeclarationRow;
import io.jointclear.risk.model.FraudModelEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code risk-eval --train F... --test F [--seed N]}: trains the fraud model on the training files
 * (earlier periods) and prints Precision@n% and Revenue@n% (n = 1, 2, 5, 10) on the test file, as
 * defined in docs/risk.md. Files are in the Customs Import Declaration Datasets CSV format.
 */
public final class RiskEvaluation {

    private RiskEvaluation() {
    }

    public static void main(String[] args) {
        List<Path> train = new ArrayList<>();
        Path test = null;
        long seed = 42;
        java.time.LocalDate splitAt = null;
        String mode = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--train" -> mode = "train";
                case "--test" -> mode = "test";
                case "--seed" -> {
                    if (i + 1 >= args.length) {
                        usage("--seed needs a number");
                    }
                    seed = Long.parseLong(args[++i]);
                    mode = null;
                }
                case "--split-date" -> {
                    if (i + 1 >= args.length) {
                        usage("--split-date needs a date (yyyy-mm-dd)");
                    }
                    splitAt = date(args[++i]);
                    mode = null;
                }
                default -> {
                    if ("train".equals(mode)) {
                        train.add(Path.of(args[i]));
                    } else if ("test".equals(mode) && test == null) {
                        test = Path.of(args[i]);
                    } else {
                        usage("unexpected argument " + args[i]);
                        return;
                    }
                }
            }
        }
        if (train.isEmpty() || test == null && splitAt == null) {
            usage("--train and --test (or --split-date) are required");
            return;
        }
        for (Path file : test == null ? train : concat(train, test)) {
            if (!Files.isReadable(file)) {
                usage("no such file: " + file);
            }
        }
        List<CustomsDeclarationRow> rows = new ArrayList<>();
        train.forEach(f -> rows.addAll(CustomsDeclarationCsv.read(f)));
        if (test != null) {
            rows.addAll(CustomsDeclarationCsv.read(test));
        }
        List<CustomsDeclarationRow> earlier = rows;
        List<CustomsDeclarationRow> later = test == null ? List.of() : CustomsDeclarationCsv.read(test);
        if (splitAt != null) {
            java.time.LocalDate at = splitAt;
            earlier = rows.stream().filter(r -> r.date().isBefore(at)).toList();
            later = rows.stream().filter(r -> !r.date().isBefore(at)).toList();
        } else {
            earlier = rows.subList(0, rows.size() - later.size());
        }
        if (earlier.isEmpty() || later.isEmpty()) {
            usage("the split leaves no declarations to train on or to measure");
        }
        System.out.println("risk-eval: train " + train + ", test " + (test == null ? "-" : test) + ", seed " + seed
                + (splitAt == null ? "" : ", trained before " + splitAt + ", measured from " + splitAt + " on"));
        System.out.print(FraudModelEvaluation.compare(earlier, later, seed).table());
    }

    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--split-date needs a date (yyyy-mm-dd), got " + text);
        }
    }

    /** How to call it; {@code --help} prints it. */
    public static final String USAGE = """
            usage: java -jar jointclear.jar risk-eval --train FILE... [--test FILE] [--split-date YYYY-MM-DD] [--seed N]
              --train FILE...  declarations of the earlier period to train on (CSV, e.g. src/main/resources/risk/df_syn_train_eng.csv)
              --test FILE      declarations of the later period to measure on (CSV, e.g. src/main/resources/risk/df_syn_valid_eng.csv)
              --split-date D   instead of (or with) --test: all files together, trained on declarations before D, measured on D and later
              --seed N         seed of the model's random choices, for a repeatable run [42]
            prints Precision@n% and Revenue@n% for n = 1, 2, 5, 10 of two rankings: by fraud probability and by
            expected recovery (revenue-weighted objective and tax at stake) (docs/risk.md)""";

    private static List<Path> concat(List<Path> train, Path test) {
        List<Path> all = new ArrayList<>(train);
        all.add(test);
        return all;
    }

    /** A usage error: the command line reports it with the usage and exits 2. */
    private static void usage(String problem) {
        throw new IllegalArgumentException(problem);
    }
}
