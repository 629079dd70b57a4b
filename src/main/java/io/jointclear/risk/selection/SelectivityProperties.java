package io.jointclear.risk.selection;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimumRandomRate per authority (MX, US): share of crossings sent to physical inspection at
 *                          random whatever the rules say, so no trader can count on a green lane
 *                          (WCO risk-management practice: keep exploring); defaults in application.yml
 * @param reviewValueUsd    declared value of one line above which a documentary review (yellow) is asked
 */
@ConfigurationProperties("jointclear.risk")
public record SelectivityProperties(
        Map<String, BigDecimal> minimumRandomRate,
        @DefaultValue("250000") BigDecimal reviewValueUsd) {

    public SelectivityProperties {
        minimumRandomRate = minimumRandomRate == null ? Map.of() : Map.copyOf(minimumRandomRate);
        minimumRandomRate.forEach((authority, rate) -> {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("jointclear.risk.minimum-random-rate." + authority + " must be in [0, 1]: " + rate);
            }
        });
    }

    BigDecimal randomRate(String authority) {
        return minimumRandomRate.getOrDefault(authority, BigDecimal.ZERO);
    }
}
