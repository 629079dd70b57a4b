package io.jointclear.courier.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceBoundsTest {

    private static List<BigDecimal[]> perKg(String... usdPerKg) {
        List<BigDecimal[]> out = new ArrayList<>();
        for (String v : usdPerKg) {
            out.add(new BigDecimal[] {new BigDecimal(v), BigDecimal.ONE});
        }
        return out;
    }

    @Test
    void belowTheMinimumSampleThereIsNoReference() {
        assertThat(ReferenceBounds.of("392690", perKg("10", "11", "12", "13"), 5)).isEmpty();
        assertThat(ReferenceBounds.of("392690", perKg("10", "11", "12", "13", "14"), 5)).isPresent();
    }

    @Test
    void unusableObservationsDoNotCount() {
        List<BigDecimal[]> obs = perKg("10", "11", "12", "13");
        obs.add(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE}); // nothing of value found: no ratio
        obs.add(new BigDecimal[] {BigDecimal.TEN, null});
        assertThat(ReferenceBounds.of("392690", obs, 5)).isEmpty();
    }

    @Test
    void boundsHoldTheTypicalValuesAndOneWildFindingDoesNotStretchThem() {
        ValueReference r = ReferenceBounds.of("950300", perKg("18", "19", "20", "20", "21", "22", "20", "19", "21", "5000"), 5)
                .orElseThrow();
        assertThat(r.observations()).isEqualTo(10);
        assertThat(r.minUsdPerKg()).isLessThanOrEqualTo(new BigDecimal("18")).isGreaterThan(new BigDecimal("10"));
        assertThat(r.maxUsdPerKg()).isGreaterThanOrEqualTo(new BigDecimal("22")).isLessThan(new BigDecimal("40"));
    }

    @Test
    void valuePerKilogramIsFoundValueOverFoundWeight() {
        List<BigDecimal[]> obs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            obs.add(new BigDecimal[] {new BigDecimal("5.00"), new BigDecimal("0.250")}); // USD 20 per kg
        }
        ValueReference r = ReferenceBounds.of("950300", obs, 5).orElseThrow();
        assertThat(r.minUsdPerKg()).isEqualByComparingTo("20.00");
        assertThat(r.maxUsdPerKg()).isEqualByComparingTo("20.00");
    }

    @Test
    void descriptionClassesIgnoreGenericWordsCaseAndAccents() {
        assertThat(ValueReference.descriptionClass("Phone case")).isEqualTo("D:CASE PHONE");
        assertThat(ValueReference.descriptionClass("case for PHONE, new")).isEqualTo("D:CASE PHONE");
        assertThat(ValueReference.descriptionClass("funda para teléfono")).isEqualTo("D:FUNDA TELEFONO");
        assertThat(ValueReference.descriptionClass("Cámara")).isEqualTo("D:CAMARA");
        assertThat(ValueReference.descriptionClass("gift")).isNull();
        assertThat(ValueReference.keyOf("3926909901", "phone case")).isEqualTo("392690");
        assertThat(ValueReference.keyOf(null, "phone case")).isEqualTo("D:CASE PHONE");
        assertThat(ValueReference.keyOf(null, "regalo")).isNull();
    }
}
