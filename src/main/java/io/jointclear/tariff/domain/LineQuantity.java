package io.jointclear.tariff.domain;

import java.math.BigDecimal;

/** The declared quantity of a line and its net weight, convertible to the unit a rate needs. */
public record LineQuantity(BigDecimal value, String unit, BigDecimal netWeightKg) {

    public BigDecimal in(String target) {
        return Units.convert(value, unit, netWeightKg, target);
    }

    public String describe() {
        String q = value == null ? "no quantity" : Money.plain(value) + " " + unit;
        return netWeightKg == null ? q : q + " (net " + Money.plain(netWeightKg) + " kg)";
    }
}
