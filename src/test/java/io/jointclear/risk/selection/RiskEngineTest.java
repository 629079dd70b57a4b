package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

    /** Rules giving chapter 0k a weight of k/2: a spread of scores like a real day's. */
    private static List<RiskRule> chapterRules() {
        List<RiskRule> rules = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            rules.add(new RiskRule("CHAPTER_0" + k, 1, null, "chapter 0" + k, List.of(new RuleClause("hs", RuleClause.Operator.PREFIX,
                    List.of("0" + k))), k / 2.0, null, null, null, "test", RiskRule.Status.ACTIVE));
        }
        rules.add(new RiskRule("CROSS_CHECK_PHYSICAL", 1, null, "goods disagree", List.of(new RuleClause("crossCheck",
                RuleClause.Operator.IN, List.of("QUANTITY_MISMATCH"))), null, Lane.RED, null, null, "test", RiskRule.Status.ACTIVE));
        return rules;
    }

    private static RiskEngine engine(String randomRate, List<RiskRule> rules) {
        return new RiskEngine(new SelectivityProperties(Map.of("MX", new BigDecimal(randomRate), "US", new BigDecimal(randomRate)),
                new BigDecimal("250000")), LaneProperties.defaults(), RuleSource.of(rules), new ValueReferences(), new PartyHistory(), CLOCK);
    }

    private static SelectionRequest crossing(Random random, Set<String> mxCertifications) {
        String hs = "0" + random.nextInt(10) + "02002032";
        LineFacts line = new LineFacts(hs, "MX", new BigDecimal("21600"), List.of(), null, new BigDecimal("18000"), "KGM");
        return new SelectionRequest(UUID.randomUUID(), List.of(
                new DeclarationFacts(Authority.MX, "A1", "AGR010215KJ3", List.of(line), mxCertifications),
                new DeclarationFacts(Authority.US, "01", "12-345678900", List.of(line))), List.of(), false);
    }

    @Test
    void laneRatesConvergeToTheirTargetsOverASimulatedDay() {
        RiskEngine engine = engine("0.02", chapterRules());
        Random random = new Random(7);
        int n = 20_000;
        int red = 0;
        int yellow = 0;
        for (int i = 0; i < n; i++) {
            Lane lane = engine.select(crossing(random, Set.of())).laneOf(Authority.MX);
            red += lane == Lane.RED ? 1 : 0;
            yellow += lane == Lane.YELLOW ? 1 : 0;
        }
        // targets: RED 10 %, YELLOW 15 % (LaneProperties defaults)
        assertThat(red / (double) n).isBetween(0.09, 0.11);
        assertThat(yellow / (double) n).isBetween(0.135, 0.165);
    }

    @Test
    void explorationIsAtLeastTenPercentOfInspectionsEvenWithoutARandomRate() {
        RiskEngine engine = engine("0", chapterRules());
        Random random = new Random(11);
        int red = 0;
        int explored = 0;
        for (int i = 0; i < 20_000; i++) {
            Selection.AuthorityLane l = engine.select(crossing(random, Set.of())).lanes().get(Authority.MX);
            if (l.lane() == Lane.RED) {
                red++;
                if (l.reasons().stream().anyMatch(r -> r.rule().equals("EXPLORATION"))) {
                    explored++;
                }
            }
        }
        assertThat(red / 20_000.0).isBetween(0.09, 0.11);
        assertThat(explored / (double) red).isGreaterThanOrEqualTo(0.099).isLessThan(0.13);
    }

    @Test
    void aQuietDayWithoutRiskStaysGreenWhenNothingIsDrawn() {
        RiskEngine engine = engine("0", List.of());
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            Selection s = engine.select(crossing(random, Set.of()));
            assertThat(s.jointLane()).isEqualTo(Lane.GREEN);
            assertThat(s.lanes().get(Authority.MX).reasons()).extracting(Selection.Reason::rule).containsExactly("NO_RULE_HIT");
        }
    }

    @Test
    void trustedTradersAreSelectedLess() {
        RiskEngine engine = engine("0.02", chapterRules());
        Random random = new Random(5);
        int[] red = new int[2];
        int[] count = new int[2];
        for (int i = 0; i < 20_000; i++) {
            boolean certified = i % 2 == 0;
            Selection s = engine.select(crossing(random, certified ? Set.of("OEA") : Set.of()));
            int k = certified ? 1 : 0;
            count[k]++;
            red[k] += s.laneOf(Authority.MX) == Lane.RED ? 1 : 0;
            if (certified) {
                assertThat(s.lanes().get(Authority.MX).contributions()).extracting(Selection.Contribution::feature).contains("trusted_trader");
            }
        }
        double certifiedRate = red[1] / (double) count[1];
        double otherRate = red[0] / (double) count[0];
        assertThat(certifiedRate).isLessThan(otherRate / 2);
        // the minimum random rate still applies to trusted traders
        assertThat(certifiedRate).isGreaterThan(0.01);
    }

    @Test
    void everySelectionIsExplainedAndTheJointLaneIsTheStricter() {
        RiskEngine engine = engine("0.05", chapterRules());
        Random random = new Random(13);
        for (int i = 0; i < 5_000; i++) {
            SelectionRequest request = crossing(random, Set.of());
            if (i % 50 == 0) {
                request = new SelectionRequest(request.crossingId(), request.declarations(), List.of("QUANTITY_MISMATCH"), true);
            }
            Selection s = engine.select(request);
            for (Selection.AuthorityLane l : s.lanes().values()) {
                assertThat(l.reasons()).isNotEmpty();
                assertThat(l.reasons()).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
                if (l.score() != 0) {
                    assertThat(l.contributions()).isNotEmpty();
                    assertThat(l.contributions().stream().mapToDouble(Selection.Contribution::contribution).sum())
                            .isCloseTo(l.score(), org.assertj.core.data.Offset.offset(1e-9));
                }
                if (l.lane() != Lane.GREEN) {
                    assertThat(l.reasons()).anySatisfy(r -> assertThat(r.lane()).isEqualTo(l.lane()));
                }
            }
            assertThat(s.jointLane()).isEqualTo(s.laneOf(Authority.MX).stricter(s.laneOf(Authority.US)));
            if (i % 50 == 0) {
                assertThat(s.laneOf(Authority.MX)).isEqualTo(Lane.RED);
                assertThat(s.lanes().get(Authority.US).contributions()).extracting(Selection.Contribution::feature).contains("fast_driver");
            }
        }
    }

    @Test
    void outcomesFlowBackIntoPartyHistoryAndValueReferences() {
        InMemoryJournal journal = new InMemoryJournal();
        RiskSelectivityPolicy policy = new RiskSelectivityPolicy(new SelectivityProperties(Map.of(), new BigDecimal("250000")),
                LaneProperties.defaults(), RuleSource.of(List.of()), journal, CLOCK);
        // the same importer found at fault three times: its history now raises its score
        for (int i = 0; i < 3; i++) {
            SelectionRequest r = request("BAD010101AAA", "2.00");
            policy.select(r);
            policy.recordOutcome(r.crossingId(), Authority.MX, true);
            policy.recordOutcome(r.crossingId(), Authority.MX, false); // a later NONE does not downgrade the hit
        }
        // accepted declarations of another importer teach the value reference
        for (int i = 0; i < 10; i++) {
            SelectionRequest r = request("GOOD010101AA", String.valueOf(2.0 + i * 0.02));
            policy.select(r);
            policy.recordOutcome(r.crossingId(), Authority.MX, false);
        }
        Selection bad = policy.select(request("BAD010101AAA", "2.00"));
        assertThat(bad.lanes().get(Authority.MX).contributions()).extracting(Selection.Contribution::feature).contains("party_history");
        assertThat(bad.lanes().get(Authority.MX).score()).isGreaterThan(1);
        assertThat(policy.engine().parties().of("BAD010101AAA").inspections()).isEqualTo(3);
        assertThat(policy.engine().parties().of("BAD010101AAA").hits()).isEqualTo(3);
        // a clean inspection later upgraded by a finding counts once, as a hit
        SelectionRequest late = request("LATE01010AAA", "2.00");
        policy.select(late);
        policy.recordOutcome(late.crossingId(), Authority.MX, false);
        policy.recordOutcome(late.crossingId(), Authority.MX, true);
        assertThat(policy.engine().parties().of("LATE01010AAA")).extracting(PartyHistory.Record::inspections, PartyHistory.Record::hits)
                .containsExactly(1, 1);
        Selection cheap = policy.select(request("NEW010101AAA", "0.20"));
        assertThat(cheap.lanes().get(Authority.MX).reasons()).extracting(Selection.Reason::rule).contains("VALUE_CONTROL_UNDER");
        assertThat(cheap.lanes().get(Authority.MX).reasons().toString()).contains("median USD");
        // unknown crossings are ignored
        policy.recordOutcome(UUID.randomUUID(), Authority.MX, true);
    }

    private static SelectionRequest request(String party, String unitValue) {
        LineFacts line = new LineFacts("0702002032", "MX", new BigDecimal(unitValue).multiply(new BigDecimal("1000")), List.of(), null,
                new BigDecimal("1000"), "KGM");
        return new SelectionRequest(UUID.randomUUID(), List.of(new DeclarationFacts(Authority.MX, "A1", party, List.of(line))),
                List.of(), false);
    }
}
