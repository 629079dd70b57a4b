package io.jointclear.tariff.domain;

import io.jointclear.tariff.FuelQuotas;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The fuel quotas of the live measure book (changes made through the measures API apply at once). */
@Component
class StoredFuelQuotas implements FuelQuotas {

    private final MeasureFuelQuotas quotas;

    StoredFuelQuotas(MeasureSource measures) {
        this.quotas = new MeasureFuelQuotas(measures::current);
    }

    @Override
    public Optional<FuelQuota> perLitre(String tariffCode, Integer octane, LocalDate date) {
        return quotas.perLitre(tariffCode, octane, date);
    }

    @Override
    public Optional<LocalDate> newestQuotaYear(String tariffCode, Integer octane) {
        return quotas.newestQuotaYear(tariffCode, octane);
    }
}
