package io.jointclear.tariff.domain;

import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.ReferenceImports;
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
        // unknown codes are the filer's problem and come first; then every missing reference datum at once
        TariffLine[] tariffs = TariffLookup.lines(catalogue, Authority.MX, r.date(), r.lines());
        Fx fx = referenceData(r, treatment, tariffs);
        demoData(fx, tariffs, treatment, warnings);
        String clave = r.operation() + ":" + r.type();
        String ivaForm = !treatment.temporary() ? "0" : hasIdentifier(r, "CI") ? "21" : r.ivaIepsGuarantee() ? "22" : "0";
        MxContext ctx = new MxContext(r.date(), treatment, clave, fx.rate(), fx.missing(), book, warnings, ivaForm);
        MxContext definitive = new MxContext(r.date(), MxTreatment.DEFINITIVE_IMPORT, "IMP:A1", fx.rate(), fx.missing(),
                book, warnings, "0");

        // MXN values need no conversion; USD values need the rate, which then exists (else exchangeRate threw).
        BigDecimal valueFactor = "MXN".equals(r.currency()) ? BigDecimal.ONE : fx.rate();
        BigDecimal[] values = customsValues(r, treatment, valueFactor, warnings);
        MxLine[] lines = new MxLine[tariffs.length];
        BigDecimal customsValue = BigDecimal.ZERO;
        for (int i = 0; i < tariffs.length; i++) {
            AssessmentRequest.Line line = r.lines().get(i);
            lines[i] = new MxLine(i, line, tariffs[i], values[i], program(line, i), quantity(line));
            customsValue = customsValue.add(values[i]);
        }
        Measure dtaRule = dta.rule(book, clave, r.date());
        AssessmentAssembler out = new AssessmentAssembler(Authority.MX, mandatory(treatment));
        if (treatment.imports()) {
            imports(ctx, definitive, dtaRule, lines, out);
        } else {
            for (MxLine l : lines) {
                out.line(l.index() + 1, l.tariffCode(), l.customsValue(),
                        treatment.exports() ? List.of(igi.decide(ctx, l)) : List.of());
            }
        }
        out.header(dta.header(ctx, dtaRule));
        for (TaxDecision d : prv.decide(ctx)) {
            out.header(d);
        }
        return out.build(r.date(), "MXN", fx.rate(), fx.source(), customsValue, warnings);
    }

    /**
     * The partidas of an import. The per-mille DTA of every partida comes first because a DTA minimum
     * (cuota mínima) is owed on their sum, and its top-up belongs in each partida's IEPS and IVA base
     * like the rest of the DTA (LIVA art. 27): it is shared among the partidas by their per-mille DTA.
     */
    private void imports(MxContext ctx, MxContext definitive, Measure dtaRule, MxLine[] lines, AssessmentAssembler out) {
        TaxDecision[] dtaLines = perMille(ctx, dtaRule, lines);
        TaxDecision topUp = dtaRule.kind() == MeasureKind.PER_MILLE ? dta.minimum(ctx, sum(dtaLines)) : null;
        BigDecimal[] dtaForBase = withShares(dtaLines, topUp);
        if (ctx.treatment().temporary()) {
            // Temporary imports: the IVA/IEPS base uses the DTA a definitive import would pay (LIVA art. 27 2nd para.).
            Measure hypothetical = dta.rule(ctx.book(), definitive.clave(), ctx.date());
            TaxDecision[] hypotheticalLines = perMille(definitive, hypothetical, lines);
            TaxDecision hypotheticalTopUp = hypothetical.kind() == MeasureKind.PER_MILLE
                    ? dta.minimum(definitive, sum(hypotheticalLines)) : null;
            dtaForBase = withShares(hypotheticalLines, hypotheticalTopUp);
        }
        for (MxLine l : lines) {
            List<TaxDecision> taxes = new ArrayList<>(6);
            importTaxes(ctx, l, dtaLines[l.index()], dtaForBase[l.index()], taxes);
            out.line(l.index() + 1, l.tariffCode(), l.customsValue(), taxes);
        }
        out.header(topUp);
    }

    private TaxDecision[] perMille(MxContext ctx, Measure rule, MxLine[] lines) {
        TaxDecision[] out = new TaxDecision[lines.length];
        for (MxLine l : lines) {
            out[l.index()] = dta.line(ctx, rule, l);
        }
        return out;
    }

    private static BigDecimal sum(TaxDecision[] decisions) {
        BigDecimal total = BigDecimal.ZERO;
        for (TaxDecision d : decisions) {
            total = d == null ? total : total.add(d.amount());
        }
        return total;
    }

    /** Each partida's DTA for the IEPS/IVA base: its per-mille DTA plus its share of the minimum's top-up. */
    private static BigDecimal[] withShares(TaxDecision[] dtaLines, TaxDecision topUp) {
        BigDecimal[] amounts = new BigDecimal[dtaLines.length];
        for (int i = 0; i < dtaLines.length; i++) {
            amounts[i] = dtaLines[i] == null ? BigDecimal.ZERO : dtaLines[i].amount();
        }
        if (topUp == null) {
            return amounts;
        }
        BigDecimal[] shares = Money.prorate(topUp.amount(), amounts);
        BigDecimal[] out = new BigDecimal[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            out[i] = amounts[i].add(shares[i]);
        }
        return out;
    }

    /** IGI, DTA, CC, IEPS, IVA of one imported partida, in the order each base needs the previous taxes. */
    private void importTaxes(MxContext ctx, MxLine l, TaxDecision dtaLine, BigDecimal dtaForBase,
                             List<TaxDecision> taxes) {
        TaxDecision igiLine = igi.decide(ctx, l);
        taxes.add(igiLine);
        if (dtaLine != null) {
            taxes.add(dtaLine);
        }
        TaxDecision ccLine = cc.decide(ctx, l);
        if (ccLine != null) {
            taxes.add(ccLine);
        }
        BigDecimal ccAmount = ccLine == null ? BigDecimal.ZERO : ccLine.amount();
        BigDecimal valueBase = l.customsValue().add(igiLine.amount()).add(dtaForBase).add(ccAmount);
        StringBuilder composition = new StringBuilder(96).append("VA ").append(l.customsValue().toPlainString())
                .append(" + IGI ").append(igiLine.amount().toPlainString())
                .append(" + DTA ").append(Money.cents(dtaForBase).toPlainString());
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

    /**
     * The exchange rate, after checking that the reference data every partida needs are loaded: the FIX
     * (for USD values) and the IGI or IGE rate of each fracción. All that is missing is reported in one
     * problem, one violation per datum, so a pending assessment names everything to load at once.
     */
    private Fx referenceData(AssessmentRequest r, MxTreatment treatment, TariffLine[] tariffs) {
        List<ProblemException> missing = new ArrayList<>();
        Fx fx = null;
        try {
            fx = exchangeRate(r);
        } catch (ProblemException e) {
            missing.add(e);
        }
        for (int i = 0; i < tariffs.length; i++) {
            TariffLine t = tariffs[i];
            String field = "lines[" + i + "].tariffCode";
            String fraccion = t.tariffCode().substring(0, 8) + " (" + t.tariffCode() + ")";
            if (treatment.imports() && t.general().isEmpty()) {
                missing.add(Problems.rateNotLoaded(field, "No IGI rate is loaded for fracción " + fraccion + " on "
                        + r.date()));
            } else if (treatment.exports() && t.exportRate().isEmpty()) {
                missing.add(Problems.rateNotLoaded(field, "No IGE (export) rate is loaded for fracción " + fraccion
                        + " on " + r.date()));
            }
        }
        if (!missing.isEmpty()) {
            throw Problems.together(missing);
        }
        return fx;
    }

    /**
     * Flags amounts that depend on demonstration reference data (rows of source {@code DEMO}, loaded in
     * the demo profile only), so no reader mistakes them for amounts owed.
     */
    private static void demoData(Fx fx, TariffLine[] tariffs, MxTreatment treatment, Warnings warnings) {
        if (fx != null && fx.source() != null && fx.source().source() != null
                && fx.source().source().startsWith(ReferenceImports.DEMO_SOURCE)) {
            warnings.add(Assessment.DEMO_REFERENCE_DATA, "The exchange rate of " + fx.source().determinationDate()
                    + " is demonstration data (source " + ReferenceImports.DEMO_SOURCE + "), not a Banxico FIX", "MX.FX");
        }
        for (TariffLine t : tariffs) {
            if (ReferenceImports.DEMO_SOURCE.equals(t.rateSource()) && (treatment.imports() || treatment.exports())) {
                String tax = treatment.imports() ? "IGI" : "IGE";
                warnings.add(Assessment.DEMO_REFERENCE_DATA, "The " + tax + " rate of fracción " + t.tariffCode().substring(0, 8)
                        + " is demonstration data (source " + ReferenceImports.DEMO_SOURCE + "), not the LIGIE", "MX." + tax + ".TIGIE");
            }
        }
    }

    /** The exchange rate and where it comes from, or — for MXN values only — why there is none. */
    private record Fx(BigDecimal rate, Assessment.ExchangeRateSource source, ProblemException missing) {
    }

    /**
     * The declared rate, else the FIX governing the date. USD values cannot be valued without it (the
     * problem goes up: missing reference data); MXN values can, and only a USD-denominated quota then
     * needs it ({@link MxContext#usdToMxn}).
     */
    private Fx exchangeRate(AssessmentRequest r) {
        if (r.exchangeRate() != null) {
            return new Fx(r.exchangeRate(), new Assessment.ExchangeRateSource("DECLARED", null, null,
                    "declared in the pedimento", "art. 56 LA; art. 20 CFF"), null);
        }
        try {
            GoverningExchangeRate g = exchangeRates.usdMxn(r.date());
            return new Fx(g.rate(), new Assessment.ExchangeRateSource("PUBLISHED", g.determinationDate(),
                    g.publicationDate(), g.source(), g.legalBasis()), null);
        } catch (ProblemException e) {
            ProblemException atDate = e.violations().isEmpty() ? e.atField("date") : e;
            if (!"MXN".equals(r.currency())) {
                throw atDate;
            }
            return new Fx(null, null, atDate);
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
