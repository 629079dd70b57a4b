package io.jointclear.risk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform model trained on the selection journal: leakage, label minimum, determinism, persistence. */
class PlatformModelTest {

    private static List<PlatformCase> labelled(List<PlatformCase> cases) {
        return cases.stream().filter(c -> c.hit() != null).toList();
    }

    @Test
    void outOfFoldFeaturesOfATrainingRowDoNotChangeWhenItsOwnLabelFlips() {
        List<PlatformCase> rows = labelled(SyntheticJournal.of(500, 1));
        float[][] base = PlatformFeatures.fit(rows, 5, 42).trainMatrix();
        Random random = new Random(3);
        for (int t = 0; t < 25; t++) {
            int i = random.nextInt(rows.size());
            float[][] after = PlatformFeatures.fit(SyntheticJournal.flipped(rows, i), 5, 42).trainMatrix();
            assertThat(after[i]).as("row %d", i).containsExactly(base[i]);
        }
        // the in-fold encoding would leak: fitted on all labels, a flip does move the row's own hit rate
        int party = PlatformFeatures.KEYS.indexOf(PlatformFeatures.KEYS.getFirst());
        PlatformCase row = rows.getFirst();
        double inFold = PlatformFeatures.fit(rows, 5, 42).features().encode(row)[2 * party];
        double inFoldFlipped = PlatformFeatures.fit(SyntheticJournal.flipped(rows, 0), 5, 42).features().encode(row)[2 * party];
        assertThat(inFoldFlipped).isNotEqualTo(inFold);
    }

    @Test
    void belowTheLabelMinimumTrainingIsRefusedWithTheCountOfLabels() {
        List<PlatformCase> journal = SyntheticJournal.of(250, 5);
        long labels = journal.stream().filter(c -> c.hit() != null).count();
        assertThat(labels).isLessThan(200);
        assertThatThrownBy(() -> PlatformTraining.train(journal, 200, 42))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("NOT_ENOUGH_LABELS");
                    assertThat(e.getMessage()).contains(labels + " labelled declarations").contains("at least 200");
                });
    }

    @Test
    void sameJournalAndSeedGiveTheSameModelBytesAndMetrics() {
        List<PlatformCase> journal = SyntheticJournal.of(1500, 7);
        PlatformTraining.Result a = PlatformTraining.train(journal, 200, 42);
        PlatformTraining.Result b = PlatformTraining.train(journal, 200, 42);
        assertThat(b.model().bytes()).isEqualTo(a.model().bytes());
        assertThat(b.model().encodingJson()).isEqualTo(a.model().encodingJson());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        System.out.println("platform model metrics (synthetic journal, seed 42): " + a.metrics());
        // trained only on labelled rows; the hidden pattern is found on the later time slice
        assertThat(a.labelled()).isEqualTo((int) journal.stream().filter(c -> c.hit() != null).count());
        assertThat((Double) a.metrics().get("auc")).isGreaterThan(0.8);
        assertThat((Double) a.metrics().get("precision@5%")).isGreaterThan(0.5);
    }

    @Test
    void aStoredModelScoresAndExplainsLikeTheTrainedOne() {
        PlatformModel model = PlatformTraining.train(SyntheticJournal.of(1500, 7), 200, 42).model();
        PlatformModel restored = PlatformModel.load(model.bytes(), model.encodingJson());
        PlatformCase laptops = new PlatformCase(UUID.randomUUID(), Authority.MX, SyntheticJournal.declaration(Authority.MX, "P1",
                SyntheticJournal.PATTERN_HS, SyntheticJournal.PATTERN_ORIGIN, 20_000), List.of(), false, null, null);
        assertThat(restored.probability(laptops)).isEqualTo(model.probability(laptops));
        assertThat(restored.explain(laptops, 3)).isEqualTo(model.explain(laptops, 3));
    }
}
