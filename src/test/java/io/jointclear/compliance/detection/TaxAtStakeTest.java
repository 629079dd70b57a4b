package io.jointclear.compliance.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.tariff.FuelQuotas;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** BRIEF §3.12 MX-4: 40,000 L of diesel declared as lubricating base oil, 2026 quotas. */
class TaxAtStakeTest {

    @Test
    void mx4DieselAsBaseOilToTheCent() {
        TaxAtStake t = TaxAtStake.of(FuelQuotas.shipped(), "2710199903", null, new BigDecimal("40000"),
                LocalDate.of(2026, 3, 10)).orElseThrow();
        assertThat(t.iepsFuel()).isEqualByComparingTo("294536.00");
        assertThat(t.iepsCarbon()).isEqualByComparingTo("8619.64");
        assertThat(t.iva()).isEqualByComparingTo("48504.90");
        assertThat(t.total()).isEqualByComparingTo("351660.54");
        assertThat(t.quotaOfDeclarationDate()).isTrue();
    }

    @Test
    void regularGasolineAtTheMagnaQuota() {
        TaxAtStake t = TaxAtStake.of(FuelQuotas.shipped(), "2710129905", 87, new BigDecimal("1000"),
                LocalDate.of(2026, 6, 1)).orElseThrow();
        // 1,000 × 6.7001 = 6,700.10; 1,000 × 0.177591 = 177.59; IVA 16 % of 6,877.69 = 1,100.43
        assertThat(t.total()).isEqualByComparingTo("7978.12");
    }

    @Test
    void aDateWithoutQuotasIsPricedAtTheNewestYearAndSaysSo() {
        TaxAtStake t = TaxAtStake.of(FuelQuotas.shipped(), "2710199903", null, new BigDecimal("40000"),
                LocalDate.of(2027, 2, 1)).orElseThrow();
        assertThat(t.quotaOfDeclarationDate()).isFalse();
        assertThat(t.quotaDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(t.total()).isEqualByComparingTo("351660.54");
    }

    @Test
    void aFraccionWithoutFuelQuotaHasNoTaxAtStake() {
        assertThat(TaxAtStake.of(FuelQuotas.shipped(), "2710199901", null, new BigDecimal("40000"),
                LocalDate.of(2026, 3, 10))).isEmpty();
    }
}
