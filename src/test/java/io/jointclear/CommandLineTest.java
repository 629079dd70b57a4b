package io.jointclear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The jar's command line in-process: usage, refused unknown words, clean usage errors of every subcommand. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage: java -jar jointclear.jar", "load", "risk-eval");
        assertThat(err()).isEmpty();
    }

    @Test
    void unknownWordsAreRefusedInsteadOfStartingAServer() {
        assertThat(run("serve")).isEqualTo(2);
        assertThat(err()).contains("unknown command or argument 'serve'", "usage:");
        assertThat(run("--server.port=9090", "oops")).isEqualTo(2);
    }

    @Test
    void helpAfterPlatformOptionsPrintsUsageInsteadOfStarting() {
        assertThat(run("--server.port=9090", "--help")).isZero();
        assertThat(out()).contains("usage: java -jar jointclear.jar");
    }

    @Test
    void aMalformedDateOrAMissingFileIsAUsageError() {
        assertThat(run("load", "--date", "tomorrow")).isEqualTo(2);
        assertThat(err()).contains("load: a date YYYY-MM-DD was expected", "usage: java -jar jointclear.jar load")
                .doesNotContain("Exception", "\tat ");
        assertThat(run("risk-eval", "--train", "no-such-train.csv", "--test", "no-such-test.csv")).isEqualTo(2);
        assertThat(err()).contains("risk-eval: no such file: no-such-train.csv", "--train FILE...");
    }

    @Test
    void springOptionsOrNothingStartThePlatform() {
        assertThat(run()).isEqualTo(CommandLine.START);
        assertThat(run("--server.port=9090", "--spring.profiles.active=demo")).isEqualTo(CommandLine.START);
    }

    @Test
    void loadHelpAndLoadUsageErrorsAreCleanMessages() {
        assertThat(run("load", "--help")).isZero();
        assertThat(out()).contains("usage: java -jar jointclear.jar load", "--rate R");
        assertThat(run("load", "--count", "ten")).isEqualTo(2);
        assertThat(err()).contains("load: a number was expected", "\"ten\"", "usage: java -jar jointclear.jar load")
                .doesNotContain("Exception", "\tat ");
        assertThat(run("load", "--frobnicate", "1")).isEqualTo(2);
        assertThat(err()).contains("unknown option --frobnicate");
        assertThat(run("load", "--rate")).isEqualTo(2);
        assertThat(err()).contains("--rate needs a value");
    }

    @Test
    void riskEvalHelpAndUsageErrors() {
        assertThat(run("risk-eval", "-h")).isZero();
        assertThat(out()).contains("risk-eval --train FILE");
        assertThat(run("risk-eval")).isEqualTo(2);
        assertThat(err()).contains("risk-eval: --train and --test (or --split-date) are required").doesNotContain("Exception");
        assertThat(run("risk-eval", "--seed")).isEqualTo(2);
    }
}
