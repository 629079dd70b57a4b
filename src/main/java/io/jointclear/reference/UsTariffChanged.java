package io.jointclear.reference;

import java.time.LocalDate;

/** An administrator imported an HTSUS revision: US lines from {@code validFrom} on have changed. */
public record UsTariffChanged(String revision, LocalDate validFrom) {
}
