package io.jointclear.enforcement.liability;

import io.jointclear.enforcement.liability.Liability.Fine;
import io.jointclear.enforcement.liability.Liability.Omitted;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * US liabilities: the duty difference (the engine's assessment with the correct HTS number minus the
 * entry as filed) and the 19 U.S.C. 1592(c) penalty chosen by culpability up to its statutory maximum.
 */
@Component
class UsLiabilities {

    static final List<String> CODES = List.of("DUTY", "S232", "S301", "S122", "IEEPA", "ADD", "CVD", "MPF");
    private static final String SOURCE = "19 U.S.C. 1592(c)";

    Liability compute(Assessment declared, Assessment correct, LocalDate dueOn, LocalDate asOf, List<FineChoice> choices,
                      BigDecimal domesticValue, String by, Instant at) {
        List<Omitted> omitted = new ArrayList<>();
        for (String code : CODES) {
            BigDecimal diff = correct.totalOf(code).subtract(declared.totalOf(code));
            if (diff.signum() > 0) {
                omitted.add(new Omitted(code, declared.totalOf(code), correct.totalOf(code), diff, "HTSUS / " + code));
            }
        }
        BigDecimal loss = omitted.stream().map(Omitted::omitted).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Fine> fines = new ArrayList<>();
        for (FineChoice choice : choices) {
            fines.add(penalty(choice, loss, correct.customsValue(), domesticValue));
        }
        BigDecimal finesTotal = fines.stream().map(Fine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Liability("USD", dueOn, asOf, by, at, omitted, loss, null, null, fines, finesTotal, loss.add(finesTotal),
                List.of("Duty difference = the engine's assessment with the correct classification minus the entry as filed, on "
                        + dueOn + "; penalties per " + SOURCE + " by culpability"));
    }

    /**
     * The maximum of 1592(c): fraud, the domestic value; gross negligence, the lesser of the domestic value
     * and 4 × the loss of duties (40 % of the dutiable value without loss); negligence, the lesser of the
     * domestic value and 2 × the loss (20 % without loss).
     */
    static BigDecimal maximum(String culpability, BigDecimal loss, BigDecimal dutiableValue, BigDecimal domesticValue) {
        boolean noLoss = loss.signum() == 0;
        BigDecimal byLoss = switch (culpability) {
            case "FRAUD" -> domesticValue;
            case "GROSS_NEGLIGENCE" -> noLoss ? dutiableValue.multiply(new BigDecimal("0.40")) : loss.multiply(BigDecimal.valueOf(4));
            case "NEGLIGENCE" -> noLoss ? dutiableValue.multiply(new BigDecimal("0.20")) : loss.multiply(BigDecimal.TWO);
            default -> throw new ProblemException(422, "UNKNOWN_CULPABILITY", "Unknown culpability",
                    "A 1592 penalty is for NEGLIGENCE, GROSS_NEGLIGENCE or FRAUD, not " + culpability);
        };
        return byLoss.min(domesticValue).setScale(2, RoundingMode.HALF_UP);
    }

    private static Fine penalty(FineChoice choice, BigDecimal loss, BigDecimal dutiableValue, BigDecimal domesticValue) {
        if (domesticValue == null || domesticValue.signum() <= 0) {
            throw new ProblemException(422, "DOMESTIC_VALUE_REQUIRED", "Domestic value required",
                    "A 1592 penalty is bounded by the domestic value of the merchandise: give domesticValue (USD)");
        }
        String culpability = choice.culpability() == null ? "" : choice.culpability();
        BigDecimal max = maximum(culpability, loss, dutiableValue, domesticValue);
        BigDecimal amount = choice.amount();
        if (amount == null || amount.signum() < 0 || amount.compareTo(max) > 0) {
            throw new ProblemException(422, "FINE_OUT_OF_RANGE", "Fine outside its legal range",
                    "The " + SOURCE + " penalty for " + culpability + " is at most " + max.toPlainString() + " USD; "
                            + amount + " was chosen");
        }
        return new Fine("19_USC_1592_" + culpability, null, culpability, loss, amount.setScale(2, RoundingMode.HALF_UP),
                "up to " + max.toPlainString() + " USD", SOURCE);
    }
}
