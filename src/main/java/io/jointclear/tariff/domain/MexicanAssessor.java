package io.jointclear.tariff.domain;

import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.reference.TariffLine;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cuadro de liquidación of a pedimento (brief §3.12): customs value in MXN, then per partida IGI,
 * DTA, CC, IEPS and IVA in that order (each later tax's base includes the earlier ones), then the
 * pedimento-level DTA quota and PRV.
 */
final class MexicanAssessor {

    private final TariffCatalogue catalogue;
    private final ExchangeRates exchangeRates;
    private final MxIgiPolicy igi = new MxIgiPolicy();
    private final MxDtaPolicy dta = new MxDtaPolicy();
    private final MxCompensatoryQuotaPolicy cc = new MxCompensatoryQuotaPolicy();
    private final MxIepsPolicy ieps = new MxIepsPolicy();
    private final MxIvaPolicy iva = new MxIvaPolicy();
    private final MxPrevalidationPolicy prv = new MxPrevalidationPolicy();

    MexicanAssessor(TariffCatalogue catalogue, ExchangeRates exchangeRates) {
        this.catalogue = catalogue;
        this.exchangeRates = exchangeRates;
    }

    Assessment assess(AssessmentRequest r, MeasureBook book) {
        MxTreatment treatment = MxTreatment.of(r.operation(), r.type());
        if (treatment == null) {
            throw Problems.unsupported("type", "Operation " + r.operation() + " with clave " + r.type()
                    + " is not assessed by this engine (supported: IMP A1/A3/IN/AF, EXP A1/RT, TRA T3)");
        }
        Warnings warnings = new Warnings();
        String currency = r.currency() == null ? "USD" : r.currency();
        Assessment.ExchangeRateSource source = null;
        BigDecimal tc = r.exchangeRate();
        if (tc != null) {
            source = new Assessment.ExchangeRateSource("DECLARED", null, null, "declared in the pedimento",
                    "art. 56 LA; art. 20 CFF");
        } else if (currency.equals("USD")) {
            GoverningExchangeRate g = governing(r);
            tc = g.rate();
            source = new Assessment.ExchangeRateSource("PUBLISHED", g.determinationDate(), g.publicationDate(),
                    g.source(), g.legalBasis());
        }
        BigDecimal valueFactor = currency.equals("MXN") ? BigDecimal.ONE : tc;
        String clave = r.operation() + ":" + r.type();
        String ivaForm = !treatment.temporary() ? "0" : hasIdentifier(r, "CI") ? "21" : r.ivaIepsGuarantee() ? "22" : "0";
        MxContext ctx = new MxContext(r.date(), treatment, clave, tc, book, warnings, ivaForm);
        MxContext definitive = new MxContext(r.date(), MxTreatment.DEFINITIVE_IMPORT, "IMP:A1", tc, book, warnings, "0");

        TariffLine[] tariffs = TariffLookup.lines(catalogue, Authority.MX, r.date(), r.lines());
        BigDecimal[] values = customsValues(r, treatment, valueFactor, warnings);
        Measure dtaRule = dta.rule(book, clave, r.date());
        Measure hypotheticalDta = treatment.temporary() ? dta.rule(book, "IMP:A1", r.date()) : null;

        AssessmentAssembler out = new AssessmentAssembler(Authority.MX, mandatory(treatment));
        BigDecimal customsValue = BigDecimal.ZERO;
        BigDecimal perMille = BigDecimal.ZERO;
        for (int i = 0; i < tariffs.length; i++) {
            AssessmentRequest.Line line = r.lines().get(i);
            MxLine l = new MxLine(i, line, tariffs[i], values[i], program(line, i), quantity(line));
            customsValue = customsValue.add(values[i]);
            List<TaxDecision> taxes = new ArrayList<>(6);
            if (treatment.imports()) {
                TaxDecision dtaLine = dta.line(ctx, dtaRule, l);
                perMille = dtaLine == null ? perMille : perMille.add(dtaLine.amount());
                importTaxes(ctx, definitive, l, hypotheticalDta, dtaLine, taxes);
            } else if (treatment.exports()) {
                taxes.add(igi.decide(ctx, l));
            }
            out.line(i + 1, line.tariffCode(), values[i], taxes);
        }
        out.header(dta.header(ctx, dtaRule));
        if (dtaRule.kind() == MeasureKind.PER_MILLE) {
            out.header(dta.minimum(ctx, perMille));
        }
        for (TaxDecision d : prv.decide(ctx)) {
            out.header(d);
        }
        return out.build(r.date(), "MXN", tc, source, customsValue, warnings);
    }

    /** IGI, DTA, CC, IEPS, IVA of one imported partida, in the order each base needs the previous taxes. */
    private void importTaxes(MxContext ctx, MxContext definitive, MxLine l, Measure hypotheticalDta,
                             TaxDecision dtaLine, List<TaxDecision> taxes) {
        TaxDecision igiLine = igi.decide(ctx, l);
        taxes.add(igiLine);
        if (dtaLine != null) {
            taxes.add(dtaLine);
        }
        TaxDecision ccLine = cc.decide(ctx, l);
        if (ccLine != null) {
            taxes.add(ccLine);
        }
        // Temporary imports: IVA/IEPS base uses the DTA a definitive import would pay.
        TaxDecision dtaDefinitive = hypotheticalDta != null ? dta.line(definitive, hypotheticalDta, l) : dtaLine;
        BigDecimal dtaForBase = dtaDefinitive == null ? BigDecimal.ZERO : dtaDefinitive.amount();
        BigDecimal ccAmount = ccLine == null ? BigDecimal.ZERO : ccLine.amount();
        BigDecimal valueBase = l.customsValue().add(igiLine.amount()).add(dtaForBase).add(ccAmount);
        StringBuilder composition = new StringBuilder(96).append("VA ").append(l.customsValue().toPlainString())
                .append(" + IGI ").append(igiLine.amount().toPlainString())
                .append(" + DTA ").append(dtaForBase.toPlainString());
        if (ccLine != null) {
            composition.append(" + CC ").append(ccAmount.toPlainString());
        }
        BigDecimal ivaBase = valueBase;
        for (TaxDecision d : ieps.decide(ctx, l, valueBase)) {
            taxes.add(d);
            ivaBase = ivaBase.add(d.amount());
            composition.append(" + ").append(d.code()).append(' ').append(d.amount().toPlainString());
        }
        taxes.add(iva.decide(ctx, l, ivaBase, composition.toString()));
    }

    private GoverningExchangeRate governing(AssessmentRequest r) {
        try {
            return exchangeRates.usdMxn(r.date());
        } catch (ProblemException e) {
            throw e.violations().isEmpty() ? e.atField("date") : e;
        }
    }

    /** Customs value per partida in MXN: value plus its pro-rata share of the incrementables (art. 65 LA). */
    private static BigDecimal[] customsValues(AssessmentRequest r, MxTreatment treatment, BigDecimal factor,
                                              Warnings warnings) {
        int n = r.lines().size();
        BigDecimal increments = BigDecimal.ZERO;
        for (BigDecimal x : new BigDecimal[] {r.freight(), r.insurance(), r.otherIncrementables()}) {
            increments = x == null ? increments : increments.add(x);
        }
        if (!treatment.imports() && increments.signum() > 0) {
            warnings.add("INCREMENTABLES_IGNORED", "Freight, insurance and other incrementables are added to the"
                    + " customs value of imports only; ignored for this operation", "MX.VALUE");
            increments = BigDecimal.ZERO;
        }
        BigDecimal[] values = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            values[i] = r.lines().get(i).value();
        }
        BigDecimal[] shares = Money.prorate(increments, values);
        BigDecimal[] out = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            out[i] = Money.cents(values[i].add(shares[i]).multiply(factor));
        }
        return out;
    }

    private static String program(AssessmentRequest.Line line, int index) {
        String p = line.preference();
        if (p == null || p.isBlank()) {
            return null;
        }
        String norm = p.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (norm.equals("USMCA") || norm.equals("TMEC") || norm.equals("TL")) {
            return "USMCA";
        }
        throw Problems.unsupported("lines[" + index + "].preference", "Preference '" + p
                + "' is not assessed; only T-MEC (USMCA) preferential treatment is supported");
    }

    private static LineQuantity quantity(AssessmentRequest.Line line) {
        return line.quantity() == null ? new LineQuantity(null, null, line.netWeightKg())
                : new LineQuantity(line.quantity().value(), line.quantity().unit(), line.netWeightKg());
    }

    private static boolean hasIdentifier(AssessmentRequest r, String code) {
        for (AssessmentRequest.Identifier id : r.identifiers()) {
            if (id != null && code.equals(id.code())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> mandatory(MxTreatment t) {
        if (t.imports()) {
            return List.of("IGI", "DTA", "IVA");
        }
        return t.exports() ? List.of("IGE", "DTA") : List.of("DTA");
    }
}
