package io.jointclear.enforcement.cases;

import io.jointclear.shared.Authority;

/** Whose case it is: one authority's, or both (a joint finding at a UCP port). */
public enum Jurisdiction {
    MX, US, JOINT;

    /** Whether officers of {@code authority} work this case. */
    public boolean includes(Authority authority) {
        return this == JOINT || authority != null && name().equals(authority.name());
    }
}
