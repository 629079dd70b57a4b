package io.jointclear.reference;

import java.util.List;
import java.util.Objects;

/**
 * A duty rate as printed in a tariff, with its structured form. {@code components} is empty for
 * "Free"; otherwise the duty is the sum of the components.
 *
 * @param text       the rate as published, unchanged
 * @param components the parsed terms (ad valorem and/or specific)
 */
public record DutyRate(String text, List<RateComponent> components) {

    public DutyRate {
        Objects.requireNonNull(text, "text");
        components = List.copyOf(components);
    }

    public static DutyRate free(String text) {
        return new DutyRate(text, List.of());
    }

    public boolean isFree() {
        return components.isEmpty();
    }

    /** "AD_VALOREM", "SPECIFIC", "COMPOUND" or "FREE": how the rate is applied. */
    public String type() {
        if (components.isEmpty()) {
            return "FREE";
        }
        if (components.size() > 1) {
            boolean mixed = components.stream().anyMatch(c -> c instanceof RateComponent.AdValorem)
                    && components.stream().anyMatch(c -> c instanceof RateComponent.Specific);
            return mixed ? "COMPOUND" : "SPECIFIC";
        }
        return components.getFirst() instanceof RateComponent.AdValorem ? "AD_VALOREM" : "SPECIFIC";
    }
}
