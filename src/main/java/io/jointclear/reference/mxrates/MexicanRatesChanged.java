package io.jointclear.reference.mxrates;

/** Published when an import stored new Mexican IGI/IGE rates, so in-memory tariffs refresh. */
public record MexicanRatesChanged(int stored) {
}
