package io.jointclear.reference;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One term of a duty rate: a percentage of value, or an amount per unit of quantity. A compound rate
 * ("2.2¢/kg + 5%") is the sum of its components.
 */
public sealed interface RateComponent {

    /**
     * {@code percent} of the customs or entered value, e.g. 6.8 for "6.8%".
     *
     * @param basis qualifier printed after the percentage when it is charged on the value of a part
     *              or content rather than of the whole article, e.g. "on the case", "on the battery",
     *              "upon the value of the steel content"; empty when on the whole value
     */
    record AdValorem(BigDecimal percent, String basis) implements RateComponent {
        public AdValorem {
            Objects.requireNonNull(percent, "percent");
            basis = basis == null ? "" : basis;
            if (percent.signum() < 0) {
                throw new IllegalArgumentException("ad valorem percent must not be negative: " + percent);
            }
        }

        /** A percentage of the whole customs or entered value. */
        public AdValorem(BigDecimal percent) {
            this(percent, "");
        }
    }

    /**
     * {@code amount} of {@code currency} per one {@code unit} of quantity, e.g. 0.039 USD per KGM for
     * "3.9¢/kg". Cents are always converted to dollars here, so the amount is exact in the currency.
     *
     * @param unit  UN/ECE Recommendation 20 code of the unit the amount is charged on (KGM, LTR, BLL,
     *              DZN, C62, NPR, MTK, MTQ, LPA …)
     * @param basis qualifier printed after the unit in the tariff text, e.g. "on contents" or
     *              "of clean yield"; empty when the rate is on the plain quantity
     */
    record Specific(BigDecimal amount, String currency, String unit, String basis) implements RateComponent {
        public Specific {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(unit, "unit");
            basis = basis == null ? "" : basis;
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("specific amount must not be negative: " + amount);
            }
        }
    }
}
