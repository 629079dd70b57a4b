package io.jointclear;

import io.jointclear.compliance.ClassificationEvaluation;
import io.jointclear.risk.RiskEvaluation;
import io.jointclear.tools.LoadGenerator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * What the jar does with its arguments: no argument or only {@code --name=value} options start the
 * platform; {@code load}, {@code risk-eval} and {@code classification-eval} run a tool; {@code --help} prints the usage; anything
 * else is a usage error (exit 2) instead of a server started by mistake.
 */
final class CommandLine {

    /** Exit code meaning "start the platform". */
    static final int START = -1;

    static final String USAGE = """
            usage: java -jar jointclear.jar [--spring.profiles.active=demo] [--server.port=8080] [--name=value ...]
                                                                starts the platform (Spring Boot options)
                   java -jar jointclear.jar load [options]       files crossings against a running instance (load --help)
                   java -jar jointclear.jar risk-eval [options]  trains and measures the risk model (risk-eval --help)
                   java -jar jointclear.jar classification-eval [options]
                                                                measures the misclassification detector (classification-eval --help)
                   java -jar jointclear.jar --help               prints this text""";

    private static final List<String> TOOLS = List.of("load", "risk-eval", "classification-eval");
    private static final List<String> HELP = List.of("--help", "-h", "help", "-help", "-?");

    private CommandLine() {
    }

    /** Runs a tool or prints usage and returns the exit code; {@link #START} when the platform should start. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return START;
        }
        String first = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (HELP.contains(first) || !TOOLS.contains(first) && Arrays.stream(args).anyMatch(HELP::contains)) {
            // "--help" after platform options too: printing usage beats booting a server the user did not ask for
            out.println(USAGE);
            return 0;
        }
        return switch (first) {
            case "load" -> tool("load", LoadGenerator.USAGE, rest, out, err, () -> LoadGenerator.main(rest));
            case "risk-eval" -> tool("risk-eval", RiskEvaluation.USAGE, rest, out, err, () -> RiskEvaluation.main(rest));
            case "classification-eval" -> tool("classification-eval", ClassificationEvaluation.USAGE, rest, out, err,
                    () -> ClassificationEvaluation.main(rest));
            default -> startOrRefuse(args, err);
        };
    }

    /** Spring Boot options only ({@code --name=value} or {@code --name}); a bare word is a mistyped command. */
    private static int startOrRefuse(String[] args, PrintStream err) {
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.equals("--")) {
                err.println("jointclear: unknown command or argument '" + arg + "'");
                err.println(USAGE);
                return 2;
            }
        }
        return START;
    }

    private interface Tool {
        void run() throws Exception;
    }

    private static int tool(String name, String usage, String[] args, PrintStream out, PrintStream err, Tool tool) {
        if (Arrays.stream(args).anyMatch(HELP::contains)) {
            out.println(usage);
            return 0;
        }
        try {
            tool.run();
            return 0;
        } catch (NumberFormatException notANumber) {
            err.println(name + ": a number was expected (" + notANumber.getMessage() + ")");
            err.println(usage);
            return 2;
        } catch (IllegalArgumentException usageError) {
            err.println(name + ": " + usageError.getMessage());
            err.println(usage);
            return 2;
        } catch (java.time.DateTimeException badDate) {
            err.println(name + ": a date YYYY-MM-DD was expected (" + badDate.getMessage() + ")");
            err.println(usage);
            return 2;

        } catch (Exception failed) {
            err.println(name + ": " + (failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage()));
            return 1;
        }
    }
}
