package io.jointclear.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation command on a six-line fixture computed by hand: F1 (diesel density on a base oil) and F2
 * (gasoline density and light distillation on "xylene") are caught; F3, a misclassified base oil with nothing
 * to give it away, is missed; F5, a genuine light base oil as dense as diesel, is a false alarm; F4 and F6 are
 * clean. TP 2, FP 1, FN 1: precision 2/3, recall 2/3; both proposals equal the label.
 * Tax at stake: F1 40,000 L diesel 351,660.54 (MX-4); F2 10,000 L regular gasoline 67,001.00 + 1,775.91 +
 * IVA 11,004.31 = 79,781.22; F5 1,000 L diesel 7,363.40 + 215.49 + IVA 1,212.62 = 8,791.51.
 */
class ClassificationEvaluationTest {

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ClassificationEvaluation.main(args);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void precisionRecallProposedAccuracyAndTaxOnAHandComputedFixture() throws Exception {
        Path fixture = Path.of("src/test/resources/compliance/eval-fixture.csv");
        String out = run("--test", fixture.toString());
        assertThat(out).contains("\nprecision 0.67\n", "\nrecall 0.67\n", "\nproposed_accuracy 1.00\n",
                "tax_at_stake_found MXN 440,233.27", "tax_at_stake_true_positives MXN 431,441.76",
                "lines 6, misclassified 3, flagged 3, true positives 2");
    }

    @Test
    void aMalformedFileIsAUsageErrorNamingTheLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, io.jointclear.compliance.detection.LabelledCsv.HEADER
                + "\nX1,2026-03-10,Aceite,2710199901,40000,GAL,30000,US,,,,false,TANK_TRUCK,240,2710199903\n");
        assertThatThrownBy(() -> run("--test", bad.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("LTR or KGM");
        Path header = dir.resolve("header.csv");
        Files.writeString(header, "id,description\n");
        assertThatThrownBy(() -> run("--test", header.toString())).hasMessageContaining("header");
        assertThatThrownBy(() -> run("--test", dir.resolve("none.csv").toString())).hasMessageContaining("no such file");
        assertThatThrownBy(() -> run()).hasMessageContaining("--test is required");
    }
}
