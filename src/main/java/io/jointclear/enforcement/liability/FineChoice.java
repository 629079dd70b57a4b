package io.jointclear.enforcement.liability;

import java.math.BigDecimal;

/**
 * A fine the officer chooses: a Mexican article with a percentage in its range, or a US 1592 penalty by
 * culpability (NEGLIGENCE, GROSS_NEGLIGENCE, FRAUD) with an amount up to its maximum.
 */
public record FineChoice(String article, BigDecimal percent, String culpability, BigDecimal amount) {
}
