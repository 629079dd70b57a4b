package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.risk.TrustedTraders;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleClause;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import io.jointclear.support.DemoUsersIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, "an OEA/CTPAT importer gets fewer inspections than an uncertified one over the simulated traffic": the
 * demo registry's certifications (read on the crossing's day, with the OEA-CTPAT mutual recognition) feed a
 * selectivity engine over 20,000 simulated northbound crossings, half of a certified pair (Mexican exporter
 * MAQ990301AB1 with OEA, US importer 74-123456700 with CTPAT tier 3), half of an uncertified pair (ACE050607T23,
 * 12-345678900), otherwise drawn from the same distribution (a spread of rule weights by HS chapter, the
 * platform's default lane targets and a 2 % minimum random rate). The figures are in docs/risk.md.
 */
@DemoUsersIntegrationTest
class CertifiedTrafficIT {

    static final int CROSSINGS = 20_000;

    @Autowired
    TrustedTraders registry;
    @Autowired
    Clock clock;

    @Test
    void certifiedTradersAreInspectedLessThanUncertifiedOnesOnBothSides() {
        RiskEngine engine = new RiskEngine(new SelectivityProperties(Map.of("MX", new BigDecimal("0.02"), "US", new BigDecimal("0.02")),
                new BigDecimal("250000")), LaneProperties.defaults(), RuleSource.of(chapterRules()), new ValueReferences(),
                new PartyHistory(), clock);
        Random random = new Random(20261203);
        int[][] red = new int[2][2];
        int[] count = new int[2];
        for (int i = 0; i < CROSSINGS; i++) {
            int certified = i % 2;
            SelectionRequest request = RegisteredCertifications.of(crossing(random, certified == 1), registry, clock);
            Selection s = engine.select(request);
            count[certified]++;
            red[certified][0] += s.laneOf(Authority.MX) == Lane.RED ? 1 : 0;
            red[certified][1] += s.laneOf(Authority.US) == Lane.RED ? 1 : 0;
        }
        double mxCertified = red[1][0] / (double) count[1];
        double mxOther = red[0][0] / (double) count[0];
        double usCertified = red[1][1] / (double) count[1];
        double usOther = red[0][1] / (double) count[0];
        System.out.printf(Locale.ROOT, "CertifiedTrafficIT: %d crossings per group; MX red %.4f certified vs %.4f uncertified; "
                + "US red %.4f certified vs %.4f uncertified%n", count[1], mxCertified, mxOther, usCertified, usOther);
        assertThat(mxCertified).isLessThan(mxOther / 2);
        assertThat(usCertified).isLessThan(usOther / 2);
        // the minimum random rate still reaches certified traders
        assertThat(mxCertified).isGreaterThan(0.01);
        assertThat(usCertified).isGreaterThan(0.01);
    }

    private static SelectionRequest crossing(Random random, boolean certified) {
        String hs = "0" + random.nextInt(10) + "02002032";
        LineFacts line = new LineFacts(hs, "MX", new BigDecimal("21600"), List.of(), null, new BigDecimal("18000"), "KGM");
        return new SelectionRequest(UUID.randomUUID(), List.of(
                new DeclarationFacts(Authority.MX, "A1", certified ? "MAQ990301AB1" : "ACE050607T23", List.of(line), Set.of()),
                new DeclarationFacts(Authority.US, "01", certified ? "74-123456700" : "12-345678900", List.of(line), Set.of())),
                List.of(), false);
    }

    /** Chapter 0k weighs k/2 on both sides: a spread of scores like a real day's. */
    private static List<RiskRule> chapterRules() {
        List<RiskRule> rules = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            for (Authority a : Authority.values()) {
                rules.add(new RiskRule("CHAPTER_0" + k + "_" + a, 1, a, "chapter 0" + k, List.of(new RuleClause("hs",
                        RuleClause.Operator.PREFIX, List.of("0" + k))), k / 2.0, null, null, null, "test", RiskRule.Status.ACTIVE));
            }
        }
        return rules;
    }
}
