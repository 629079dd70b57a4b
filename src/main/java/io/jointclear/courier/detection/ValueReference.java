package io.jointclear.courier.detection;

import java.math.BigDecimal;

/** The range of customs value per kilogram seen for an HS subheading (from inspected consignments), USD/kg. */
public record ValueReference(String hs6, BigDecimal minUsdPerKg, BigDecimal maxUsdPerKg, int observations) {
}
