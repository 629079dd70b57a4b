package io.jointclear.enforcement.liability;

import io.jointclear.enforcement.cases.CaseDocument;
import io.jointclear.enforcement.cases.CaseDocument.Goods;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.Assessments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Computes a case's liabilities: its goods are assessed twice by the tariff engine on the declaration's
 * date — as declared and with the classification found — and the difference, its accessories and the
 * fines chosen follow the country's rules.
 */
@Service
public class Liabilities {

    public static final String GOODS_INCOMPLETE = "GOODS_INCOMPLETE";

    private final Assessments assessments;
    private final MexicanLiabilities mexican;
    private final UsLiabilities us;
    private final Clock clock;

    Liabilities(Assessments assessments, MexicanLiabilities mexican, UsLiabilities us, Clock clock) {
        this.assessments = assessments;
        this.mexican = mexican;
        this.us = us;
        this.clock = clock;
    }

    public Liability compute(CaseDocument c, LocalDate asOf, List<FineChoice> fines, BigDecimal domesticValue, String by) {
        List<Goods> goods = complete(c.goods());
        LocalDate dueOn = goods.getFirst().declarationDate();
        if (asOf.isBefore(dueOn)) {
            throw new ProblemException(422, "DATE_OUT_OF_RANGE", "Date before the declaration",
                    "asOf " + asOf + " is before the declaration's date " + dueOn);
        }
        boolean mx = c.procedure().mexican();
        Authority authority = mx ? Authority.MX : Authority.US;
        Assessment declared = assess(authority, goods, Goods::declaredCode);
        Assessment correct = assess(authority, goods, Goods::foundCode);
        return mx ? mexican.compute(declared, correct, dueOn, asOf, fines, by, clock.instant())
                : us.compute(declared, correct, dueOn, asOf, fines, domesticValue, by, clock.instant());
    }

    /** Every line needs the classification found, its quantity, value and the declaration's date. */
    private static List<Goods> complete(List<Goods> goods) {
        List<FieldViolation> missing = new ArrayList<>();
        for (Goods g : goods) {
            String p = "goods[" + (g.line() - 1) + "].";
            require(missing, p + "foundCode", g.foundCode());
            require(missing, p + "declaredCode", g.declaredCode());
            require(missing, p + "quantity", g.quantity());
            require(missing, p + "unit", g.unit());
            require(missing, p + "value", g.value());
            require(missing, p + "currency", g.currency());
            require(missing, p + "origin", g.origin());
            require(missing, p + "declarationDate", g.declarationDate());
        }
        if (goods.isEmpty()) {
            missing.add(new FieldViolation("goods", "REQUIRED", "the case has no goods to assess"));
        }
        if (goods.stream().map(Goods::declarationDate).filter(java.util.Objects::nonNull).distinct().count() > 1) {
            missing.add(new FieldViolation("goods", "INVALID_VALUE", "the goods of one liability come from one declaration (one date)"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, GOODS_INCOMPLETE, "Goods not established",
                    "The liabilities are computed from the goods found: record them first (POST /api/v1/cases/{id}/goods)", missing);
        }
        return goods;
    }

    private static void require(List<FieldViolation> missing, String field, Object value) {
        if (value == null) {
            missing.add(new FieldViolation(field, "REQUIRED", field + " is required"));
        }
    }

    private Assessment assess(Authority authority, List<Goods> goods, Function<Goods, String> code) {
        List<AssessmentRequest.Line> lines = goods.stream().map(g -> new AssessmentRequest.Line(code.apply(g), g.description(),
                g.origin(), new AssessmentRequest.Quantity(g.quantity(), g.unit()), null, g.value(), null, List.of(), null,
                null, null, null)).toList();
        Goods first = goods.getFirst();
        AssessmentRequest request = authority == Authority.MX
                ? new AssessmentRequest(authority, "IMP", "A1", "IMD", null, first.declarationDate(), null, first.exchangeRate(),
                        first.currency(), null, null, null, List.of(), false, null, lines)
                : new AssessmentRequest(authority, "IMP", "01", null, null, first.declarationDate(), null, null,
                        first.currency(), null, null, null, List.of(), false, null, lines);
        return assessments.assess(request);
    }
}
