package io.jointclear.courier.decisions;

import java.math.BigDecimal;

/**
 * An officer's decision on one consignment, as sent: {@code {"guide", "decision", "findings": {"valueUsd", "weightKg",
 * "description", "hs6"}, "note"}}; findings are what the inspection found (any part may be missing).
 */
public record DecisionRequest(String guide, String decision, Findings findings, String note) {

    public record Findings(BigDecimal valueUsd, BigDecimal weightKg, String description, String hs6) {

        boolean empty() {
            return valueUsd == null && weightKg == null && (description == null || description.isBlank())
                    && (hs6 == null || hs6.isBlank());
        }
    }
}
