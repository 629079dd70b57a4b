package io.jointclear.risk.valuecontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueReferencesTest {

    @Test
    void robustStatisticsOfKnownSamples() {
        // unit values 1..9 → median 5, quartiles 3 and 7; logs' MAD is the median of |ln v − ln 5|
        UnitValueReference r = ValueReferences.compute("080810|US|KGM", new double[] {9, 1, 8, 2, 7, 3, 6, 4, 5});
        assertThat(r.median()).isEqualByComparingTo("5");
        assertThat(r.lowerQuartile()).isEqualByComparingTo("3");
        assertThat(r.upperQuartile()).isEqualByComparingTo("7");
        assertThat(r.logMedian()).isCloseTo(Math.log(5), org.assertj.core.data.Offset.offset(1e-12));
        double[] dev = {Math.log(5 / 1.0), Math.log(5 / 2.0), Math.log(5 / 3.0), Math.log(5 / 4.0), 0,
                Math.log(6 / 5.0), Math.log(7 / 5.0), Math.log(8 / 5.0), Math.log(9 / 5.0)};
        java.util.Arrays.sort(dev);
        assertThat(r.logMad()).isCloseTo(dev[4], org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ValueReferences.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    }

    @Test
    void flagsUnderAndOverValuationWithTheReferenceShown() {
        ValueReferences refs = new ValueReferences();
        double[] accepted = {1.90, 2.00, 2.05, 2.10, 1.95, 2.20, 1.85, 2.00, 2.15, 1.98};
        for (double v : accepted) {
            refs.learn("0702002032", "MX", "KGM", BigDecimal.valueOf(v));
        }
        assertThat(refs.check("0702002032", "MX", "KGM", new BigDecimal("2.03"))).isEmpty();
        ValueFlag under = refs.check("0702002032", "MX", "KGM", new BigDecimal("0.40")).orElseThrow();
        assertThat(under.kind()).isEqualTo(ValueFlag.Kind.UNDER);
        assertThat(under.z()).isLessThan(-3);
        assertThat(under.explanation()).contains("declared USD 0.40", "median USD 2", "10 accepted declarations", "070200|MX|KGM");
        assertThat(refs.check("0702002032", "MX", "KGM", new BigDecimal("9.00")).orElseThrow().kind()).isEqualTo(ValueFlag.Kind.OVER);
        // another origin falls back to the HS6 reference pooled over origins
        assertThat(refs.check("0702001000", "GT", "KGM", new BigDecimal("0.40")).orElseThrow().reference().key()).isEqualTo("070200|*|KGM");
        // other unit: no reference, no flag
        assertThat(refs.check("0702002032", "MX", "LTR", new BigDecimal("0.40"))).isEmpty();
    }

    @Test
    void noReferenceBelowTheMinimumSampleAndAnOutlierInTheHistoryDoesNotMoveTheMedian() {
        ValueReferences refs = new ValueReferences();
        for (int i = 0; i < ValueReferences.MIN_SAMPLES - 1; i++) {
            refs.learn("848180", "CN", "PCE", new BigDecimal("10"));
        }
        assertThat(refs.reference("848180", "CN", "PCE")).isEmpty();
        refs.learn("848180", "CN", "PCE", new BigDecimal("100000")); // one absurd accepted value
        UnitValueReference r = refs.reference("848180", "CN", "PCE").orElseThrow();
        assertThat(r.median()).isEqualByComparingTo("10");
        // zero spread: the ratio rule applies (below half or above twice the median)
        assertThat(refs.check("848180", "CN", "PCE", new BigDecimal("4.99")).orElseThrow().kind()).isEqualTo(ValueFlag.Kind.UNDER);
        assertThat(refs.check("848180", "CN", "PCE", new BigDecimal("6"))).isEmpty();
    }
}
