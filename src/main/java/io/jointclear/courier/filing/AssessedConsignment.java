package io.jointclear.courier.filing;

import io.jointclear.courier.domain.RateDecision;
import io.jointclear.courier.intake.RawConsignment;
import java.math.BigDecimal;
import java.util.List;

/** An accepted consignment with what it pays. */
public record AssessedConsignment(int index, RawConsignment input, BigDecimal valueUsd, BigDecimal consigneeValueUsd,
                                  RateDecision decision, BigDecimal rate, List<Tax> taxes) {
}
