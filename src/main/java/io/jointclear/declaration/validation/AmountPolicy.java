package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.shared.FieldViolation;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers as the forms carry them: money ≥ 0 with at most 2 decimals (cents / centavos); quantities
 * and net weights > 0 / ≥ 0 with at most 3 decimals (the precision of the Anexo 22 quantity fields,
 * enough for grams in kg); the exchange rate > 0 with at most 6 decimals (DOF publishes 4–6).
 * Magnitudes stay below what is stored downstream: every amount, quantity and the sum of a
 * declaration's line values below 10^13 (ten trillion; the statistics column {@code value_usd} is
 * numeric(18, 2) and sums a declaration's lines), the exchange rate below 10^6 (as the rates of the
 * tariff measures, numeric(12, 6)).
 */
final class AmountPolicy implements DeclarationPolicy {

    static final int MONEY_DECIMALS = 2;
    static final int QUANTITY_DECIMALS = 3;
    static final int RATE_DECIMALS = 6;
    /** Exclusive upper bound of money, quantities and weights. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);
    static final BigDecimal MAX_RATE = BigDecimal.TEN.pow(6);

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        money(v, "freight", d.freight());
        money(v, "insurance", d.insurance());
        money(v, "otherIncrementables", d.otherIncrementables());
        if (d.exchangeRate() != null) {
            if (d.exchangeRate().signum() <= 0) {
                v.add("exchangeRate", "NON_POSITIVE_AMOUNT", "The exchange rate must be greater than 0");
            }
            decimals(v, "exchangeRate", d.exchangeRate(), RATE_DECIMALS);
            below(v, "exchangeRate", d.exchangeRate(), MAX_RATE);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < d.lines().size(); i++) {
            Line line = d.lines().get(i);
            money(v, Filing.line(i, "value"), line.value());
            if (line.value() != null) {
                total = total.add(line.value().abs());
            }
            if (line.quantity() != null && line.quantity().value() != null) {
                BigDecimal q = line.quantity().value();
                if (q.signum() <= 0) {
                    v.add(Filing.line(i, "quantity.value"), "NON_POSITIVE_QUANTITY", "A quantity must be greater than 0, got " + q.toPlainString());
                }
                decimals(v, Filing.line(i, "quantity.value"), q, QUANTITY_DECIMALS);
                below(v, Filing.line(i, "quantity.value"), q, MAX_AMOUNT);
            }
            if (line.netWeightKg() != null) {
                if (line.netWeightKg().signum() < 0) {
                    v.add(Filing.line(i, "netWeightKg"), "NEGATIVE_AMOUNT", "A net weight cannot be negative");
                }
                decimals(v, Filing.line(i, "netWeightKg"), line.netWeightKg(), QUANTITY_DECIMALS);
                below(v, Filing.line(i, "netWeightKg"), line.netWeightKg(), MAX_AMOUNT);
            }
        }
        if (total.compareTo(MAX_AMOUNT) >= 0 && v.list().stream().noneMatch(f -> f.code().equals("AMOUNT_OUT_OF_RANGE"))) {
            v.add("lines", "AMOUNT_OUT_OF_RANGE", "The line values of one declaration must add up to less than " + MAX_AMOUNT.toPlainString());
        }
        return v.list();
    }

    private static void money(Violations v, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            v.add(field, "NEGATIVE_AMOUNT", "An amount cannot be negative, got " + amount.toPlainString());
        }
        decimals(v, field, amount, MONEY_DECIMALS);
        below(v, field, amount, MAX_AMOUNT);
    }

    /** Compares without expanding the number: 1e3000000 is refused as cheaply as 1e20. */
    private static void below(Violations v, String field, BigDecimal number, BigDecimal max) {
        if (number.abs().compareTo(max) >= 0) {
            v.add(field, "AMOUNT_OUT_OF_RANGE", "Must be less than " + max.toPlainString());
        }
    }

    private static void decimals(Violations v, String field, BigDecimal number, int max) {
        if (number.stripTrailingZeros().scale() > max) {
            v.add(field, "TOO_MANY_DECIMALS", "At most " + max + " decimals, got " + number.stripTrailingZeros().scale());
        }
    }
}
