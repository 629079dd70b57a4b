package io.jointclear.tariff;

import io.jointclear.tariff.domain.MeasureBook;
import io.jointclear.tariff.domain.MeasureFuelQuotas;
import io.jointclear.tariff.persistence.MeasureCsv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The IEPS owed per litre of a fuel fracción: the fuel quota (LIEPS art. 2-I-D) less the weekly estímulo
 * fiscal in force, and the carbon quota (art. 2-I-H) — the same measure rows the assessment engine applies.
 */
public interface FuelQuotas {

    /**
     * The quotas in force on {@code date} for {@code tariffCode}; empty when the code owes no fuel quota
     * on that date (not a fuel, or no row loaded for the date).
     *
     * @param octane the octane rating, for gasoline fracciones whose quota depends on it; null otherwise
     */
    Optional<FuelQuota> perLitre(String tariffCode, Integer octane, LocalDate date);

    /** The first date of the newest fuel-quota year loaded (e.g. 2026-01-01), to price a date without rows. */
    Optional<LocalDate> newestQuotaYear(String tariffCode, Integer octane);

    /**
     * @param fuelQuota    MXN per litre after the estímulo
     * @param stimulusPercent the estímulo applied, 0 when none is loaded
     * @param carbonQuota  MXN per litre; zero when no carbon row covers the code
     * @param fuelRule     rule id and version of the fuel quota row
     * @param carbonRule   rule id and version of the carbon quota row, null when none
     */
    record FuelQuota(String tariffCode, LocalDate date, BigDecimal fuelQuota, BigDecimal stimulusPercent,
                     BigDecimal carbonQuota, String fuelRule, String carbonRule, String legalBasis) {

        /** IEPS fuel plus carbon quota per litre. */
        public BigDecimal iepsPerLitre() {
            return fuelQuota.add(carbonQuota);
        }
    }

    /** The quotas as shipped in the tariff seed (tools that run without the database, e.g. classification-eval). */
    static FuelQuotas shipped() {
        return new MeasureFuelQuotas(() -> new MeasureBook(MeasureCsv.seed()));
    }
}
