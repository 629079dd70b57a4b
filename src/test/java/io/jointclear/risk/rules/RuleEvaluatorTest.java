package io.jointclear.risk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Lane;
import io.jointclear.risk.rules.RuleClause.Operator;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static RiskRule rule(Authority authority, Instant from, Instant to, RuleClause... when) {
        return new RiskRule("TEST_RULE", 3, authority, "test", List.of(when), 2.0, Lane.YELLOW, from, to, "admin",
                RiskRule.Status.ACTIVE);
    }

    private static RuleClause clause(String attribute, Operator op, String... values) {
        return new RuleClause(attribute, op, List.of(values));
    }

    private static RuleFacts line(String hs, String origin, String valueUsd) {
        return new RuleFacts().put("hs", hs).put("origin", origin).put("valueUsd", new BigDecimal(valueUsd))
                .putAll("certification", Set.of("OEA")).putAll("crossCheck", List.of("VALUE_MISMATCH", "QUANTITY_MISMATCH"));
    }

    @Test
    void allClausesMustHoldOnTheSameLine() {
        RiskRule r = rule(null, null, null, clause("hs", Operator.PREFIX, "2710", "3811"), clause("origin", Operator.IN, "cn"));
        assertThat(RuleEvaluator.matches(r, line("2710199901", "CN", "10"))).isTrue();
        assertThat(RuleEvaluator.matches(r, line("2710199901", "US", "10"))).isFalse();
        assertThat(RuleEvaluator.matches(r, line("3811210001", "CN", "10"))).isTrue();
        assertThat(RuleEvaluator.matches(r, line("8703231900", "CN", "10"))).isFalse();
        // one line with the code, another with the origin: no hit, the clauses are about one line
        assertThat(RuleEvaluator.hits(List.of(r), Authority.MX, NOW,
                List.of(line("2710199901", "US", "1"), line("8703231900", "CN", "1")))).isEmpty();
        assertThat(RuleEvaluator.hits(List.of(r), Authority.MX, NOW,
                List.of(line("8703231900", "US", "1"), line("2710199901", "CN", "1"))))
                .singleElement().satisfies(h -> assertThat(h.line()).isEqualTo(2));
    }

    @Test
    void numericOperatorsCompareDecimals() {
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("valueUsd", Operator.GT, "250000")), line("01", "MX", "250000.01"))).isTrue();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("valueUsd", Operator.GT, "250000")), line("01", "MX", "250000.00"))).isFalse();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("valueUsd", Operator.GTE, "250000")), line("01", "MX", "250000"))).isTrue();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("valueUsd", Operator.LT, "1e2")), line("01", "MX", "99.5"))).isTrue();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("valueUsd", Operator.LTE, "abc")), line("01", "MX", "1"))).isFalse();
        // an absent attribute never satisfies a comparison
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("unitValueUsd", Operator.LT, "1")), line("01", "MX", "1"))).isFalse();
    }

    @Test
    void multiValuedAttributesAndPresence() {
        RuleFacts f = line("0702", "MX", "1");
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("crossCheck", Operator.IN, "QUANTITY_MISMATCH")), f)).isTrue();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("crossCheck", Operator.NOT_IN, "HS6_MISMATCH")), f)).isTrue();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("certification", Operator.EQ, "CTPAT")), f)).isFalse();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("adCvdCase", Operator.PRESENT)), f)).isFalse();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("adCvdCase", Operator.ABSENT)), f)).isTrue();
        assertThat(RuleEvaluator.matches(rule(null, null, null, clause("party", Operator.NOT_IN, "AAA010101AAA")), f)).isTrue();
    }

    @Test
    void validityPeriodIsHalfOpenAndAuthorityScoped() {
        Instant from = Instant.parse("2026-02-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");
        RiskRule r = rule(Authority.US, from, to, clause("hs", Operator.PREFIX, "07"));
        List<RuleFacts> lines = List.of(line("0702002032", "MX", "1"));
        assertThat(RuleEvaluator.hits(List.of(r), Authority.US, NOW, lines)).hasSize(1);
        assertThat(RuleEvaluator.hits(List.of(r), Authority.MX, NOW, lines)).as("US rule on a MX declaration").isEmpty();
        assertThat(RuleEvaluator.hits(List.of(r), Authority.US, from, lines)).as("from is inclusive").hasSize(1);
        assertThat(RuleEvaluator.hits(List.of(r), Authority.US, from.minusMillis(1), lines)).as("not yet in force").isEmpty();
        assertThat(RuleEvaluator.hits(List.of(r), Authority.US, to, lines)).as("to is exclusive").isEmpty();
        RiskRule both = rule(null, null, null, clause("hs", Operator.PREFIX, "07"));
        assertThat(RuleEvaluator.hits(List.of(both), Authority.MX, NOW, lines)).hasSize(1);
    }

    @Test
    void readableText() {
        RiskRule r = rule(null, null, null, clause("hs", Operator.PREFIX, "27"), clause("origin", Operator.IN, "CN"));
        assertThat(r.text()).isEqualTo("IF hs PREFIX [27] AND origin IN [CN] THEN YELLOW weight 2.0");
    }
}
