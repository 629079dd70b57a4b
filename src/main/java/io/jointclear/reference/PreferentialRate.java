package io.jointclear.reference;

import java.util.Objects;
import java.util.Set;

/**
 * A rate of the HTSUS "Special" column together with the special program indicators (SPI) that
 * claim it, e.g. Free for {@code S} (USMCA), {@code AU}, {@code KR} …
 */
public record PreferentialRate(DutyRate rate, Set<String> programs) {

    public PreferentialRate {
        Objects.requireNonNull(rate, "rate");
        programs = Set.copyOf(programs);
    }

    public boolean grantedTo(String program) {
        return programs.contains(program);
    }
}
