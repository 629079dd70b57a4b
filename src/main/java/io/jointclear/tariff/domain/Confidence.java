package io.jointclear.tariff.domain;

/** Confidence of a value, after the brief's tags: H official text, M one reputable source, L third party. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
