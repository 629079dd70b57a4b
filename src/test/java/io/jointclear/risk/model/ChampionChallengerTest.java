package io.jointclear.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A retrained model replaces the active one only when it ranks the last weeks' inspections better. */
class ChampionChallengerTest {

    private final List<PlatformCase> labelled = PlatformTraining.labelled(SyntheticJournal.of(2_000, 5));
    private final List<PlatformCase> earlier = labelled.subList(0, labelled.size() * 3 / 4);
    private final List<PlatformCase> recent = labelled.subList(labelled.size() * 3 / 4, labelled.size());

    /** The same cases with their labels shuffled: a model trained on them has learned nothing. */
    private static List<PlatformCase> shuffledLabels(List<PlatformCase> cases) {
        List<Boolean> labels = new ArrayList<>(cases.stream().map(PlatformCase::hit).toList());
        java.util.Collections.shuffle(labels, new Random(1));
        List<PlatformCase> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            out.add(cases.get(i).withHit(labels.get(i)));
        }
        return out;
    }

    @Test
    void aWorseChallengerIsRefusedWithBothModelsFigures() {
        PlatformModel champion = PlatformModel.train(earlier, 42);
        PlatformModel worse = PlatformModel.train(shuffledLabels(earlier), 42);
        ChampionChallenger.Decision d = ChampionChallenger.decide(champion, worse, recent, 50);
        System.out.println(d.reason());
        assertThat(d.activate()).isFalse();
        assertThat(d.reason()).startsWith("does not beat the champion");
        @SuppressWarnings("unchecked")
        Map<String, Object> champ = (Map<String, Object>) d.metrics().get("champion");
        @SuppressWarnings("unchecked")
        Map<String, Object> chall = (Map<String, Object>) d.metrics().get("challenger");
        assertThat((double) champ.get("weightedRevenue@10%")).isGreaterThan((double) chall.get("weightedRevenue@10%"));
    }

    @Test
    void aBetterChallengerIsActivated() {
        PlatformModel weakChampion = PlatformModel.train(shuffledLabels(earlier), 42);
        PlatformModel better = PlatformModel.train(earlier, 42);
        ChampionChallenger.Decision d = ChampionChallenger.decide(weakChampion, better, recent, 50);
        assertThat(d.activate()).isTrue();
        assertThat(d.reason()).startsWith("beats the champion");
    }

    @Test
    void withoutAChampionTheChallengerIsActivatedWithTooFewRecentLabelsItIsNot() {
        PlatformModel model = PlatformModel.train(earlier, 42);
        assertThat(ChampionChallenger.decide(null, model, recent, 50).activate()).isTrue();
        ChampionChallenger.Decision thin = ChampionChallenger.decide(model, model, recent.subList(0, 20), 50);
        assertThat(thin.activate()).isFalse();
        assertThat(thin.reason()).contains("only 20 labelled declarations");
        // an identical model does not beat the champion either
        assertThat(ChampionChallenger.decide(model, model, recent, 50).activate()).isFalse();
    }
}
