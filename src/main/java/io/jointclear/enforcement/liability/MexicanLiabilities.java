package io.jointclear.enforcement.liability;

import io.jointclear.enforcement.liability.Liability.Fine;
import io.jointclear.enforcement.liability.Liability.MonthRate;
import io.jointclear.enforcement.liability.Liability.Omitted;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Mexican liabilities of a resolution: omitted contributions, actualización (CFF art. 17-A), recargos
 * (CFF art. 21) and fines by article, each concept rounded to whole pesos (CFF art. 20: 1–50 centavos
 * down, 51–99 up).
 */
@Component
class MexicanLiabilities {

    /** Contributions a re-assessment may find omitted, in the order of the cuadro de liquidación. */
    static final List<String> CODES = List.of("IGI", "IGE", "DTA", "CC", "IEPS", "IEPS_CARBON", "IVA");
    private static final Set<String> FOREIGN_TRADE = Set.of("IGI", "IGE", "CC");
    private static final Set<String> INTERNAL = Set.of("IEPS", "IEPS_CARBON", "IVA");
    private static final int MAX_RECARGO_MONTHS = 60;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AccessoryRates rates;

    MexicanLiabilities(AccessoryRates rates) {
        this.rates = rates;
    }

    Liability compute(Assessment declared, Assessment correct, LocalDate dueOn, LocalDate asOf, List<FineChoice> choices,
                      String by, java.time.Instant at) {
        List<Omitted> omitted = omitted(declared, correct);
        BigDecimal omittedTotal = sum(omitted.stream().map(Omitted::omitted).toList());
        Liability.Update update = update(omittedTotal, dueOn, asOf);
        BigDecimal factor = update.factor();
        Liability.Recargos recargos = recargos(update.updatedBase(), dueOn, asOf);
        List<Fine> fines = new ArrayList<>();
        for (FineChoice choice : choices) {
            fines.add(fine(choice, omitted, factor, correct.customsValue()));
        }
        BigDecimal finesTotal = sum(fines.stream().map(Fine::amount).toList());
        BigDecimal total = omittedTotal.add(update.amount()).add(recargos.amount()).add(finesTotal);
        List<String> basis = List.of(
                "Omitted = the tariff engine's assessment with the correct classification minus the assessment as declared, "
                        + "both on " + dueOn + " (art. 56 LA), per contribution of the cuadro de liquidación",
                "Actualización and recargos run from " + dueOn + " to " + asOf + "; fines on the updated omitted amounts (LA art. 5)");
        return new Liability("MXN", dueOn, asOf, by, at, omitted, omittedTotal, update, recargos, fines, finesTotal, total, basis);
    }

    private static List<Omitted> omitted(Assessment declared, Assessment correct) {
        List<Omitted> out = new ArrayList<>();
        for (String code : CODES) {
            BigDecimal was = declared.totalOf(code);
            BigDecimal owed = correct.totalOf(code);
            BigDecimal diff = owed.subtract(was);
            if (diff.signum() > 0) {
                out.add(new Omitted(code, was, owed, diff, legalBasis(correct, code)));
            }
        }
        return out;
    }

    private static String legalBasis(Assessment a, String code) {
        return a.lines().stream().map(l -> l.tax(code)).filter(java.util.Objects::nonNull).map(Assessment.Tax::legalBasis)
                .findFirst().orElse(code);
    }

    private Liability.Update update(BigDecimal omitted, LocalDate dueOn, LocalDate asOf) {
        YearMonth from = YearMonth.from(dueOn).minusMonths(1);
        YearMonth to = YearMonth.from(asOf).minusMonths(1);
        BigDecimal fromInpc = rates.inpc(from);
        BigDecimal toInpc = rates.inpc(to);
        BigDecimal factor = toInpc.divide(fromInpc, 4, RoundingMode.DOWN);
        if (factor.compareTo(BigDecimal.ONE) < 0) {
            factor = BigDecimal.ONE; // CFF art. 17-A: a factor below 1 is taken as 1
        }
        BigDecimal updated = omitted.multiply(factor).setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = pesos(updated.subtract(omitted));
        return new Liability.Update(from, fromInpc, to, toInpc, factor, updated, amount,
                "CFF art. 17-A: INPC " + to + " / INPC " + from + ", to the ten-thousandth");
    }

    private Liability.Recargos recargos(BigDecimal updatedBase, LocalDate dueOn, LocalDate asOf) {
        int months = monthsOrFraction(dueOn, asOf);
        List<MonthRate> monthly = new ArrayList<>();
        for (int k = 0; k < Math.min(months, MAX_RECARGO_MONTHS); k++) {
            monthly.add(rates.recargoRate(dueOn.plusMonths(k)));
        }
        BigDecimal sum = sum(monthly.stream().map(MonthRate::percent).toList());
        BigDecimal amount = pesos(updatedBase.multiply(sum).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        return new Liability.Recargos(months, monthly, sum, updatedBase, amount,
                "CFF art. 21: each month or fraction from " + dueOn + " to " + asOf + " at the rate its Ley de Ingresos sets"
                        + " (at most " + MAX_RECARGO_MONTHS + " months)");
    }

    /** Months or fractions of a month from {@code due} to {@code paid}: 10 Mar → 11 Mar is 1, → 10 Apr is 1, → 11 Apr is 2. */
    static int monthsOrFraction(LocalDate due, LocalDate paid) {
        if (!paid.isAfter(due)) {
            return 0;
        }
        int whole = (int) ChronoUnit.MONTHS.between(due, paid);
        return due.plusMonths(whole).isBefore(paid) ? whole + 1 : whole;
    }

    private Fine fine(FineChoice choice, List<Omitted> omitted, BigDecimal factor, BigDecimal commercialValue) {
        AccessoryRates.FineArticle article = rates.article(choice.article()).filter(a -> "MX".equals(a.jurisdiction()))
                .orElseThrow(() -> new ProblemException(422, "UNKNOWN_FINE_ARTICLE", "Unknown fine article",
                        "No Mexican fine article " + choice.article() + "; known: LA_178_I, LA_178_IV, CFF_76"));
        BigDecimal pct = choice.percent();
        if (pct == null || pct.compareTo(article.minPercent()) < 0 || pct.compareTo(article.maxPercent()) > 0) {
            throw new ProblemException(422, "FINE_OUT_OF_RANGE", "Fine outside its legal range",
                    "The fine of " + article.article() + " is " + article.minPercent().stripTrailingZeros().toPlainString() + "–"
                            + article.maxPercent().stripTrailingZeros().toPlainString() + " % (" + article.legalSource()
                            + "); " + pct + " % was chosen");
        }
        BigDecimal base = switch (article.base()) {
            case "OMITTED_FOREIGN_TRADE_TAXES" -> updated(omitted, FOREIGN_TRADE, factor);
            case "OMITTED_INTERNAL_TAXES" -> updated(omitted, INTERNAL, factor);
            default -> commercialValue;
        };
        BigDecimal amount = pesos(base.multiply(pct).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        return new Fine(article.article(), pct, article.base(), base, amount,
                article.minPercent().stripTrailingZeros().toPlainString() + "–" + article.maxPercent().stripTrailingZeros().toPlainString() + " %",
                article.legalSource());
    }

    private static BigDecimal updated(List<Omitted> omitted, Set<String> codes, BigDecimal factor) {
        BigDecimal base = sum(omitted.stream().filter(o -> codes.contains(o.code())).map(Omitted::omitted).toList());
        return base.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /** CFF art. 20: whole pesos, 1–50 centavos down and 51–99 up. */
    static BigDecimal pesos(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_DOWN).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
