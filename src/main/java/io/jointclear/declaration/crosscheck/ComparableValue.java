package io.jointclear.declaration.crosscheck;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A line's value brought to the basis of the US entered value: US dollars, FOB-type (excluding
 * international freight and insurance, 19 USC 1401a).
 *
 * <p>Mexican values follow the incoterm of the invoice. FCA, FOB, FAS: taken as they are. EXW: taken
 * as it is — it lacks the Mexican inland leg, so it understates by that much. CFR, CPT: the declared
 * freight is deducted. CIF, CIP and the D-terms (DAP, DPU, DDP): declared freight and insurance are
 * deducted; for DDP the US duties in the price cannot be deducted (the pedimento does not state them).
 * Pedimento-level freight and insurance are prorated to lines by value. Pesos are converted with the
 * declared exchange rate, else the rate governing the date.
 */
record ComparableValue(BigDecimal usd, String basis) {

    private static final Set<String> FREIGHT_INCLUDED = Set.of("CFR", "CPT", "CIF", "CIP", "DAP", "DPU", "DDP");
    private static final Set<String> INSURANCE_INCLUDED = Set.of("CIF", "CIP", "DAP", "DPU", "DDP");

    static Optional<ComparableValue> of(DeclarationDocument doc, Line line, ExchangeRates rates) {
        if (line.value() == null) {
            return Optional.empty();
        }
        if (doc.authority() == Authority.US) {
            return inUsd(doc, line.value(), rates).map(usd -> new ComparableValue(usd, "entered value"));
        }
        String incoterm = doc.incoterm() == null ? "?" : doc.incoterm();
        BigDecimal value = line.value();
        String basis = incoterm;
        boolean freightIncluded = FREIGHT_INCLUDED.contains(incoterm);
        boolean insuranceIncluded = INSURANCE_INCLUDED.contains(incoterm);
        if (freightIncluded) {
            if (doc.freight() == null) {
                basis += " not adjusted: no freight declared";
            } else {
                value = value.subtract(share(doc, line, doc.freight()));
                basis += " less freight";
            }
        }
        if (insuranceIncluded && doc.insurance() != null) {
            value = value.subtract(share(doc, line, doc.insurance()));
            basis += " less insurance";
        }
        String finalBasis = basis;
        return inUsd(doc, value, rates).map(usd -> new ComparableValue(usd, finalBasis));
    }

    private static BigDecimal share(DeclarationDocument doc, Line line, BigDecimal headerAmount) {
        BigDecimal total = doc.lines().stream().map(Line::value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return headerAmount.multiply(line.value()).divide(total, MathContext.DECIMAL64);
    }

    private static Optional<BigDecimal> inUsd(DeclarationDocument doc, BigDecimal amount, ExchangeRates rates) {
        if ("USD".equals(doc.currency())) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_UP));
        }
        if (!"MXN".equals(doc.currency()) || doc.date() == null && doc.exchangeRate() == null) {
            return Optional.empty();
        }
        try {
            BigDecimal rate = doc.exchangeRate() != null ? doc.exchangeRate() : rates.usdMxn(doc.date()).rate();
            return Optional.of(amount.divide(rate, 2, RoundingMode.HALF_UP));
        } catch (ProblemException noRate) {
            return Optional.empty();
        }
    }

}
