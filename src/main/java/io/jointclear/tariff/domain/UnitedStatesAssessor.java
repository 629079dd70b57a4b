package io.jointclear.tariff.domain;

import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.Authority;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A US entry summary (CBP Form 7501 style): per line the HTSUS duty, chapter-99 surcharges and AD/CVD
 * deposits on the entered value (FOB-type), then the entry's MPF. Amounts to the cent.
 */
final class UnitedStatesAssessor {

    private static final Set<String> USMCA_PARTNERS = Set.of("MX", "CA");

    private final TariffCatalogue catalogue;
    private final UsDutyPolicy duty = new UsDutyPolicy();
    private final UsChapter99Policy chapter99 = new UsChapter99Policy();
    private final UsAdCvdPolicy adCvd = new UsAdCvdPolicy();
    private final UsMpfPolicy mpf = new UsMpfPolicy();

    UnitedStatesAssessor(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Assessment assess(AssessmentRequest r, MeasureBook book) {
        Warnings warnings = new Warnings();
        UsContext ctx = new UsContext(r.date(), r.exportDate(), r.type(), book, warnings);
        TariffLine[] tariffs = TariffLookup.lines(catalogue, Authority.US, r.date(), r.lines());
        AssessmentAssembler out = new AssessmentAssembler(Authority.US, List.of("DUTY", "MPF"));
        List<UsLine> lines = new ArrayList<>(tariffs.length);
        BigDecimal entered = BigDecimal.ZERO;
        for (int i = 0; i < tariffs.length; i++) {
            AssessmentRequest.Line line = r.lines().get(i);
            UsLine l = new UsLine(i, line, tariffs[i], spi(line, i), quantity(line));
            lines.add(l);
            entered = entered.add(line.value());
            List<TaxDecision> taxes = new ArrayList<>(4);
            TaxDecision mfn = duty.decide(ctx, l);
            taxes.add(mfn);
            taxes.addAll(chapter99.decide(ctx, l, mfn.amount()));
            taxes.addAll(adCvd.decide(ctx, l));
            out.line(i + 1, line.tariffCode(), line.value(), taxes);
        }
        out.header(mpf.decide(ctx, lines, r.informalPreparation()));
        return out.build(r.date(), "USD", null, null, entered, warnings);
    }

    /** SPI as CBP codes it; "USMCA" is accepted for S. USMCA needs goods of Mexico or Canada. */
    private static String spi(AssessmentRequest.Line line, int index) {
        String p = line.preference();
        if (p == null || p.isBlank()) {
            return null;
        }
        String spi = p.trim().toUpperCase(Locale.ROOT);
        if (spi.equals("USMCA") || spi.equals("T-MEC")) {
            spi = "S";
        }
        if ((spi.equals("S") || spi.equals("S+")) && !USMCA_PARTNERS.contains(line.origin())) {
            throw Problems.unsupported("lines[" + index + "].preference", "SPI " + spi
                    + " (USMCA) needs goods originating in Mexico or Canada; origin is " + line.origin());
        }
        return spi;
    }

    private static LineQuantity quantity(AssessmentRequest.Line line) {
        return line.quantity() == null ? new LineQuantity(null, null, line.netWeightKg())
                : new LineQuantity(line.quantity().value(), line.quantity().unit(), line.netWeightKg());
    }
}
