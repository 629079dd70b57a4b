package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FirstSelectivityPolicyTest {

    private static DeclarationFacts mx(String code) {
        return new DeclarationFacts(Authority.MX, "A1", "AGR010215KJ3",
                List.of(new LineFacts(code, "MX", new BigDecimal("21600"), List.of(), null)));
    }

    private static DeclarationFacts us(List<String> cases) {
        return new DeclarationFacts(Authority.US, "03", "12-345678900",
                List.of(new LineFacts("0702002032", "MX", new BigDecimal("21600"), cases, "S")));
    }

    private static FirstSelectivityPolicy policy(String rate) {
        return new FirstSelectivityPolicy(new SelectivityProperties(
                Map.of("MX", new BigDecimal(rate), "US", new BigDecimal(rate)), new BigDecimal("250000")));
    }

    @Test
    void randomRateConvergesToItsTargetOverADay() {
        FirstSelectivityPolicy policy = policy("0.10");
        int red = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Selection s = policy.select(new SelectionRequest(UUID.randomUUID(), List.of(mx("0702000304"), us(List.of())), List.of(), false));
            if (s.laneOf(Authority.MX) == Lane.RED) {
                red++;
            }
        }
        // 10 % ± 4.5 standard deviations of a binomial(20 000, 0.1)
        assertThat(red / (double) n).isBetween(0.0905, 0.1095);
    }

    @Test
    void theSameCrossingAlwaysDrawsTheSameLanes() {
        FirstSelectivityPolicy policy = policy("0.5");
        UUID id = UUID.randomUUID();
        SelectionRequest request = new SelectionRequest(id, List.of(mx("0702000304"), us(List.of())), List.of(), false);
        assertThat(policy.select(request)).isEqualTo(policy.select(request));
    }

    @Test
    void everySelectionIsExplained() {
        FirstSelectivityPolicy policy = policy("0");
        Selection green = policy.select(new SelectionRequest(UUID.randomUUID(), List.of(mx("0702000304"), us(List.of())), List.of(), false));
        assertThat(green.jointLane()).isEqualTo(Lane.GREEN);
        assertThat(green.lanes().get(Authority.MX).reasons()).extracting(Selection.Reason::rule).containsExactly("NO_RULE_HIT");

        Selection adCvd = policy.select(new SelectionRequest(UUID.randomUUID(), List.of(mx("0702000304"), us(List.of("A-201-820"))),
                List.of(), false));
        assertThat(adCvd.laneOf(Authority.US)).isEqualTo(Lane.YELLOW);
        assertThat(adCvd.lanes().get(Authority.US).reasons()).extracting(Selection.Reason::rule).contains("AD_CVD_LINE");
    }

    @Test
    void crossCheckDisagreementsSendBothSidesToInspection() {
        Selection s = policy("0").select(new SelectionRequest(UUID.randomUUID(), List.of(mx("0702000304"), us(List.of())),
                List.of("QUANTITY_MISMATCH"), false));
        assertThat(s.laneOf(Authority.MX)).isEqualTo(Lane.RED);
        assertThat(s.laneOf(Authority.US)).isEqualTo(Lane.RED);
        assertThat(s.jointLane()).isEqualTo(Lane.RED);
    }

    @Test
    void rateOneInspectsEverythingAndZeroNothing() {
        SelectionRequest request = new SelectionRequest(UUID.randomUUID(), List.of(mx("0702000304"), us(List.of())), List.of(), false);
        assertThat(policy("1").select(request).jointLane()).isEqualTo(Lane.RED);
        assertThat(policy("0").select(request).jointLane()).isEqualTo(Lane.GREEN);
    }
}
