package io.jointclear.tariff.domain;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.RateComponent;
import java.math.BigDecimal;
import java.util.function.Supplier;

/** Applies a tariff rate (ad valorem, specific or compound) to a line's value and quantity. */
public final class DutyRates {

    private DutyRates() {
    }

    /** The result of applying a rate: the amount, and the base to report (value, or quantity for pure specifics). */
    public record Applied(BigDecimal amount, BigDecimal base, String baseUnit, String rateType) {
    }

    /**
     * @param value        the value base in {@code currency}
     * @param usdToCurrency factor turning a USD specific amount into {@code currency} (1 for US, TC for MX);
     *                      asked only when a specific component is in USD, and may throw a missing-data problem
     * @param unitField    field path to blame when the quantity cannot be converted
     */
    public static Applied apply(DutyRate rate, BigDecimal value, String currency, Supplier<BigDecimal> usdToCurrency,
                                LineQuantity quantity, String unitField) {
        if (rate.isFree()) {
            return new Applied(Money.cents(BigDecimal.ZERO), value, currency, "FREE");
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal specificBase = null;
        String specificUnit = null;
        for (RateComponent c : rate.components()) {
            switch (c) {
                case RateComponent.AdValorem av -> total = total.add(value.multiply(av.percent()).movePointLeft(2));
                case RateComponent.Specific sp -> {
                    if (!sp.basis().isEmpty()) {
                        throw Problems.unitConversion(unitField, "Rate '" + rate.text() + "' is charged per "
                                + sp.unit() + " " + sp.basis() + "; that quantity is not declared and cannot be derived");
                    }
                    BigDecimal q = quantity.in(sp.unit());
                    if (q == null) {
                        throw Problems.unitConversion(unitField, "Cannot convert " + quantity.describe() + " to "
                                + sp.unit() + " for rate '" + rate.text() + "'");
                    }
                    BigDecimal factor = sp.currency().equals(currency) ? BigDecimal.ONE
                            : sp.currency().equals("USD") ? usdToCurrency.get() : null;
                    if (factor == null) {
                        throw Problems.unsupported(unitField, "Specific rate in " + sp.currency()
                                + " cannot be converted to " + currency);
                    }
                    total = total.add(sp.amount().multiply(q).multiply(factor));
                    specificBase = q;
                    specificUnit = sp.unit();
                }
            }
        }
        String type = rate.type();
        if (type.equals("SPECIFIC") && rate.components().size() == 1) {
            return new Applied(Money.cents(total), specificBase, specificUnit, type);
        }
        return new Applied(Money.cents(total), value, currency, type);
    }
}
