package io.jointclear.risk.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes a rule can test for one line of one declaration: line attributes ({@code hs},
 * {@code origin}, {@code valueUsd}, {@code quantity}, {@code unit}, {@code unitValueUsd},
 * {@code adCvdCase}, {@code preference}, {@code valueFlag}), declaration and party attributes
 * ({@code authority}, {@code declarationType}, {@code party}, {@code certification},
 * {@code partyInspections}, {@code partyHitRate}, {@code partyAgeDays}) and crossing attributes
 * ({@code crossCheck}, {@code fastDriver}, {@code manifestTimeliness}: ON_TIME, LATE_MANIFEST or
 * MISSING_MANIFEST from the manifest module; for a courier consignment {@code courierFlag}, its irregularity
 * codes, and {@code taxAtStakeUsd}, the largest tax at stake of its flags, from the courier module).
 */
public final class RuleFacts {

    /** Every attribute name rules may use; anything else is rejected when a rule is saved. */
    public static final List<String> ATTRIBUTES = List.of("hs", "origin", "valueUsd", "quantity", "unit", "unitValueUsd",
            "adCvdCase", "preference", "valueFlag", "authority", "declarationType", "party", "certification",
            "partyInspections", "partyHitRate", "partyAgeDays", "crossCheck", "fastDriver", "manifestTimeliness",
            "courierFlag", "taxAtStakeUsd");

    /** The attributes other modules supply about a crossing ({@link io.jointclear.risk.CrossingAttributes}). */
    public static final List<String> CROSSING_ATTRIBUTES = List.of("manifestTimeliness", "courierFlag", "taxAtStakeUsd");

    private final Map<String, List<String>> values = new HashMap<>();

    public RuleFacts put(String attribute, Object value) {
        if (value != null) {
            String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
            values.put(attribute, List.of(text));
        }
        return this;
    }

    public RuleFacts putAll(String attribute, java.util.Collection<String> many) {
        if (many != null && !many.isEmpty()) {
            values.put(attribute, List.copyOf(many));
        }
        return this;
    }

    List<String> get(String attribute) {
        return values.get(attribute);
    }
}
