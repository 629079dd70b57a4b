package io.jointclear.tariff.domain;

import io.jointclear.reference.DutyRate;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Ordinary customs duty from the HTSUS line: column 2 for origins on the column-2 list (data), the
 * special-column rate for a claimed SPI (S/S+ = USMCA), otherwise column 1 general.
 */
final class UsDutyPolicy {

    TaxDecision decide(UsContext ctx, UsLine l) {
        DutyRate rate;
        String ruleId;
        String reason;
        Measure column2 = column2(ctx, l.origin());
        if (column2 != null) {
            rate = l.tariff().column2().orElseThrow(() -> notLoaded(ctx, l, "column 2"));
            ruleId = "US.HTSUS.COLUMN2";
            reason = "Column 2 rate: origin " + l.origin() + " (" + column2.legalBasis() + ")";
        } else if (l.spi() != null && l.tariff().specialRateFor(l.spi()).isEmpty()
                && l.tariff().general().map(DutyRate::isFree).orElse(false)) {
            // An unconditionally free line lists no programs; the claim still matters for MPF and surcharges.
            rate = l.tariff().general().orElseThrow();
            ruleId = "US.HTSUS.GENERAL";
            reason = "Column 1 general rate Free; SPI " + l.spi() + " claimed for the fee and surcharge exemptions";
        } else if (l.spi() != null) {
            Optional<DutyRate> special = l.tariff().specialRateFor(l.spi());
            rate = special.orElseThrow(() -> Problems.unsupported(l.field("preference"), "SPI " + l.spi()
                    + " is not granted for HTSUS " + l.tariffCode() + " (special column: "
                    + l.tariff().special().stream().map(p -> p.rate().text() + " " + p.programs()).toList() + ")"));
            ruleId = "US.HTSUS.SPECIAL";
            reason = "Special rate claimed with SPI " + l.spi();
        } else {
            rate = l.tariff().general().orElseThrow(() -> notLoaded(ctx, l, "column 1 general"));
            ruleId = "US.HTSUS.GENERAL";
            reason = "Column 1 general (MFN) rate";
        }
        DutyRates.Applied a = DutyRates.apply(rate, l.value(), "USD", () -> BigDecimal.ONE, l.quantity(),
                l.field("quantity.unit"));
        return new TaxDecision("DUTY", a.base(), a.baseUnit(), rate.text(), a.rateType(), a.amount(), null,
                "HTSUS " + l.tariffCode() + "; 19 U.S.C. 1202", ruleId, l.tariff().rateSource(), Confidence.HIGH,
                reason);
    }

    private static Measure column2(UsContext ctx, String origin) {
        for (Measure m : ctx.book().of(Authority.US, "DUTY")) {
            if (m.kind() == MeasureKind.COUNTRY_LIST && m.inForce(ctx.date()) && m.origins().contains(origin)) {
                return m;
            }
        }
        return null;
    }

    private static RuntimeException notLoaded(UsContext ctx, UsLine l, String column) {
        return Problems.rateNotLoaded(l.field("tariffCode"), "No HTSUS " + column + " rate is loaded for "
                + l.tariffCode() + " on " + ctx.date());
    }
}
