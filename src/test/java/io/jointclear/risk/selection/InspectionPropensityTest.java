package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.risk.model.InspectionPropensity;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleClause;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The propensity each lane decision carries: known for random and exploration picks, 1 for targeted ones. */
class InspectionPropensityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

    @Test
    void handComputedPropensitiesAndClippedWeights() {
        assertThat(InspectionPropensity.of(0.05, true, true, 0.5)).isEqualTo(1);
        assertThat(InspectionPropensity.of(0.05, false, false, 0.5)).isEqualTo(0.05);
        // random 5 %, else the owed exploration draws one in two: 0.05 + 0.95 · 0.5
        assertThat(InspectionPropensity.of(0.05, false, true, 0.5)).isCloseTo(0.525, within);
        assertThat(InspectionPropensity.weight(0.05)).isCloseTo(20, within);
        assertThat(InspectionPropensity.weight(0.01)).isEqualTo(InspectionPropensity.MAX_WEIGHT);
        assertThat(InspectionPropensity.weight(1.0)).isEqualTo(1);
        assertThat(InspectionPropensity.weight(null)).isEqualTo(1);
    }

    @Test
    void inverseProbabilitiesOfTheInspectedAddUpToTheTraffic() {
        List<RiskRule> rules = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            rules.add(new RiskRule("CHAPTER_0" + k, 1, null, "chapter 0" + k, List.of(new RuleClause("hs", RuleClause.Operator.PREFIX,
                    List.of("0" + k))), k / 2.0, null, null, null, "test", RiskRule.Status.ACTIVE));
        }
        rules.add(new RiskRule("CROSS_CHECK_PHYSICAL", 1, null, "goods disagree", List.of(new RuleClause("crossCheck",
                RuleClause.Operator.IN, List.of("QUANTITY_MISMATCH"))), null, Lane.RED, null, null, "test", RiskRule.Status.ACTIVE));
        RiskEngine engine = new RiskEngine(new SelectivityProperties(Map.of("MX", new BigDecimal("0.05"), "US", new BigDecimal("0.05")),
                new BigDecimal("250000")), LaneProperties.defaults(), RuleSource.of(rules), new ValueReferences(), new PartyHistory(), CLOCK);
        Random random = new Random(3);
        int n = 20_000;
        double horvitzThompson = 0;
        int random_ = 0;
        int explored = 0;
        for (int i = 0; i < n; i++) {
            LineFacts line = new LineFacts("0" + random.nextInt(10) + "02002032", "MX", new BigDecimal("21600"), List.of(), null,
                    new BigDecimal("18000"), "KGM");
            List<String> checks = random.nextDouble() < 0.02 ? List.of("QUANTITY_MISMATCH") : List.of();
            SelectionRequest request = new SelectionRequest(new UUID(3, i), List.of(
                    new DeclarationFacts(Authority.MX, "A1", "AGR010215KJ3", List.of(line))), checks, false);
            Selection.AuthorityLane lane = engine.select(request).lanes().get(Authority.MX);
            assertThat(lane.propensity()).isBetween(0.05, 1.0);
            String rule = lane.reasons().stream().map(Selection.Reason::rule)
                    .filter(r -> r.equals("RANDOM") || r.equals("EXPLORATION")).findFirst().orElse("");
            if (!checks.isEmpty()) {
                assertThat(lane.propensity()).as("forced RED").isEqualTo(1);
            }
            if (rule.equals("EXPLORATION")) {
                explored++;
                assertThat(lane.propensity()).isCloseTo(0.525, within);
            }
            if (rule.equals("RANDOM")) {
                random_++;
            }
            if (lane.lane() == Lane.RED) {
                horvitzThompson += 1 / lane.propensity();
            }
        }
        System.out.printf("%d crossings: Horvitz–Thompson estimate from the inspected %.0f (%d random, %d exploration picks)%n",
                n, horvitzThompson, random_, explored);
        assertThat(random_).isGreaterThan(800);
        assertThat(explored).isGreaterThan(0);
        // each inspected crossing stands for 1 / propensity crossings: the estimate of the traffic is unbiased
        assertThat(horvitzThompson / n).isBetween(0.95, 1.05);
    }

    private static final org.assertj.core.data.Offset<Double> within = org.assertj.core.data.Offset.offset(1e-9);
}
