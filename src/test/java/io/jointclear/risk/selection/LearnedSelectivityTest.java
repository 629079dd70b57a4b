package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.model.PlatformModel;
import io.jointclear.risk.model.PlatformTraining;
import io.jointclear.risk.model.SyntheticJournal;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live selectivity with the platform model trained on a journal whose hits follow a hidden pattern. */
class LearnedSelectivityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T15:00:00Z"), ZoneOffset.UTC);
    private static PlatformModel model;

    @BeforeAll
    static void train() {
        model = PlatformTraining.train(SyntheticJournal.of(1500, 11), 200, 42).model();
    }

    private static RiskEngine engine(ActiveModel active) {
        return new RiskEngine(new SelectivityProperties(Map.of(), new BigDecimal("250000")), LaneProperties.defaults(),
                RuleSource.of(List.of()), new ValueReferences(), new PartyHistory(), CLOCK, active);
    }

    private static SelectionRequest crossing(String hs, String origin) {
        return new SelectionRequest(UUID.randomUUID(), List.of(SyntheticJournal.declaration(Authority.MX, "P7", hs, origin, 20_000)),
                List.of(), false);
    }

    @Test
    void theHiddenPatternRaisesTheScoreAndTheExplanationNamesItsFeatures() {
        ActiveModel active = ActiveModel.none();
        active.activate(model, "platform-selectivity-gbdt/1");
        RiskEngine learned = engine(active);
        RiskEngine rulesOnly = engine(ActiveModel.none());

        SelectionRequest laptopsFromChina = crossing(SyntheticJournal.PATTERN_HS, SyntheticJournal.PATTERN_ORIGIN);
        SelectionRequest shirtsFromVietnam = crossing("6109100000", "VN");
        Selection.AuthorityLane pattern = learned.select(laptopsFromChina).lanes().get(Authority.MX);
        Selection.AuthorityLane other = learned.select(shirtsFromVietnam).lanes().get(Authority.MX);
        double before = rulesOnly.select(laptopsFromChina).lanes().get(Authority.MX).score();

        assertThat(pattern.score()).isGreaterThan(before + 1).isGreaterThan(other.score() + 1);
        assertThat(other.score()).isLessThan(0.5);
        assertThat(pattern.contributions()).anySatisfy(c -> {
            assertThat(c.feature()).isEqualTo("model");
            assertThat(c.value()).contains("platform-selectivity-gbdt/1");
        });
        List<String> explained = pattern.contributions().stream().map(Selection.Contribution::feature)
                .filter(f -> f.startsWith("model:")).toList();
        assertThat(explained).hasSize(3).anyMatch(f -> f.contains("heading") || f.contains("origin"));
        assertThat(pattern.contributions()).anySatisfy(c -> assertThat(c.value()).containsAnyOf("8471", "|CN"));
        assertThat(learned.select(laptopsFromChina).toString()).contains("model@platform-selectivity-gbdt/1");
    }

    @Test
    void withoutAnActiveModelTheScoreIsTheRulesOnlyScore() {
        ActiveModel active = ActiveModel.none();
        active.activate(model, "platform-selectivity-gbdt/1");
        active.deactivate();
        SelectionRequest request = crossing(SyntheticJournal.PATTERN_HS, SyntheticJournal.PATTERN_ORIGIN);
        Selection selection = engine(active).select(request);
        assertThat(selection.lanes().get(Authority.MX).score()).isEqualTo(engine(ActiveModel.none()).select(request).lanes()
                .get(Authority.MX).score());
        assertThat(selection.lanes().get(Authority.MX).contributions()).noneMatch(c -> c.feature().startsWith("model"));
        assertThat(selection.policy()).doesNotContain("model@");
    }
}
