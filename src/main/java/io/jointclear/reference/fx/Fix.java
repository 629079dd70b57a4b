package io.jointclear.reference.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One Banco de México FIX: pesos per US dollar as determined on a banking day (around 12:00). The value
 * is kept exactly as published, scale included, because customs values are computed from it.
 *
 * @param determinationDate banking day on which Banco de México determined the rate (not the day it
 *                          was published in the DOF, which is the next banking day)
 * @param mxnPerUsd         Mexican pesos per one US dollar, strictly positive
 */
public record Fix(LocalDate determinationDate, BigDecimal mxnPerUsd) {

    public Fix {
        Objects.requireNonNull(determinationDate, "determinationDate");
        Objects.requireNonNull(mxnPerUsd, "mxnPerUsd");
        if (mxnPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("FIX of " + determinationDate + " must be positive, got " + mxnPerUsd);
        }
    }
}
