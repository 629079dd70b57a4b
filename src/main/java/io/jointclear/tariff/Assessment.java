package io.jointclear.tariff;

import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of assessing one declaration: every tax line with the inputs that produced it.
 *
 * @param currency           MXN for Mexico, USD for the United States
 * @param exchangeRate       MXN per USD used (MX only)
 * @param exchangeRateSource where the exchange rate came from (MX only)
 * @param customsValue       MX valor en aduana in MXN (sum of lines) / US total entered value
 * @param lines              the taxes of each line
 * @param headerTaxes        taxes owed once per document: DTA fixed quota, PRV, IVA/PRV, MPF
 * @param totals             per tax code, every code that applies (zero where exempt); MX rounded to
 *                           whole pesos per the cuadro de liquidación, US to the cent
 * @param total              sum of {@code totals}
 * @param cash               the part of {@code total} paid in cash (MX forma de pago 0; all of it for US)
 * @param warnings           unconfirmed data used, carried-forward quotas, missing optional data
 */
public record Assessment(
        Authority authority,
        LocalDate date,
        String currency,
        BigDecimal exchangeRate,
        ExchangeRateSource exchangeRateSource,
        BigDecimal customsValue,
        List<Line> lines,
        List<Tax> headerTaxes,
        List<Total> totals,
        BigDecimal total,
        BigDecimal cash,
        List<Warning> warnings) {

    /** Warning code: an amount depends on demonstration reference data (source {@code DEMO}, demo profile only). */
    public static final String DEMO_REFERENCE_DATA = "DEMO_REFERENCE_DATA";

    public Assessment {
        lines = List.copyOf(lines);
        headerTaxes = List.copyOf(headerTaxes);
        totals = List.copyOf(totals);
        warnings = List.copyOf(warnings);
    }

    /** Whether an amount depends on demonstration reference data (see {@link #DEMO_REFERENCE_DATA}). */
    public boolean demoData() {
        return warnings.stream().anyMatch(w -> DEMO_REFERENCE_DATA.equals(w.code()));
    }

    /** The amount of one tax code in {@link #totals}, zero when the code is absent. */
    public BigDecimal totalOf(String code) {
        for (Total t : totals) {
            if (t.code().equals(code)) {
                return t.amount();
            }
        }
        return BigDecimal.ZERO;
    }

    /**
     * One assessed line (partida). {@code line} is 1-based. {@code chapter99} (US only) lists every HTSUS
     * chapter-99 heading applied to the line — charged, exempt or not stacked — with the revision and the
     * legal list that put it there.
     */
    public record Line(int line, String tariffCode, BigDecimal customsValue, List<Tax> taxes, List<Chapter99> chapter99) {
        public Line {
            taxes = List.copyOf(taxes);
            chapter99 = chapter99 == null ? List.of() : List.copyOf(chapter99);
        }

        public Line(int line, String tariffCode, BigDecimal customsValue, List<Tax> taxes) {
            this(line, tariffCode, customsValue, taxes, List.of());
        }

        public Tax tax(String code) {
            return taxes.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        }
    }

    /**
     * One tax, duty or fee with everything needed to explain and reproduce it.
     *
     * @param code        MX IGI, IGE, DTA, CC, IEPS, IEPS_CARBON, IVA, PRV, IVA_PRV; US DUTY, ADD, CVD,
     *                    S232, S301, S122, IEEPA, MPF
     * @param base        the amount or quantity the rate applies to
     * @param baseUnit    currency of the base, or the UN/ECE unit for specific rates
     * @param rate        the rate as applied, e.g. "16%", "8‰", "7.3634 MXN/LTR", "425 MXN per pedimento"
     * @param rateType    AD_VALOREM, PER_MILLE, SPECIFIC, COMPOUND, FIXED, CLAMPED, EXEMPT, FREE
     * @param amount      amount in the assessment currency, to the cent
     * @param paymentForm MX forma de pago (Apéndice 13); null for US
     * @param legalBasis  the law, decree or notice that imposes it
     * @param ruleId      stable id of the measure (or tariff column) applied
     * @param ruleVersion version of that measure row, or the tariff edition
     * @param confidence  HIGH, MEDIUM or LOW: how well the data behind it is confirmed
     * @param reason      why this rule, in one sentence
     */
    public record Tax(
            String code,
            BigDecimal base,
            String baseUnit,
            String rate,
            String rateType,
            BigDecimal amount,
            String paymentForm,
            String legalBasis,
            String ruleId,
            String ruleVersion,
            String confidence,
            String reason) {
    }

    public record Total(String code, BigDecimal amount) {
    }

    /**
     * Why a chapter-99 heading is on a US line.
     *
     * @param heading     the chapter-99 heading (9903.01.01 …) or the note granting the exemption (GN11)
     * @param code        the tax it computes or cancels (IEEPA, S122, S232, S301)
     * @param effect      CHARGED, EXEMPT (the heading cancels the duty) or NOT_STACKED (232 took the value)
     * @param ruleId      the measure row applied
     * @param ruleVersion its version
     * @param revision    the HTSUS revision whose chapter-99 text carries the heading and rate
     * @param list        the legal list (or order) that put the tariff code in scope
     * @param source      where the list and the rate were taken from
     * @param confidence  HIGH, MEDIUM or LOW
     * @param validFrom   first day the row applies
     * @param validTo     last day the row applies; null when open
     */
    public record Chapter99(String heading, String code, String effect, String ruleId, String ruleVersion,
                            String revision, String list, String source, String confidence, LocalDate validFrom,
                            LocalDate validTo) {
    }

    /**
     * Something the reader of the assessment must know, e.g. a quota carried forward. {@code message}
     * is in English; a warning with a text in the bundles ({@code tariff.warning.<code>}) keeps the
     * arguments of that text so an answer can be worded in the reader's language ({@link #withWarnings}).
     */
    public record Warning(String code, String message, String ruleId,
                          @com.fasterxml.jackson.annotation.JsonIgnore List<String> args) {

        public Warning {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public Warning(String code, String message, String ruleId) {
            this(code, message, ruleId, List.of());
        }

        /** The same warning with its message in another language. */
        public Warning worded(String text) {
            return new Warning(code, text, ruleId, args);
        }
    }

    /** The same assessment with other warnings (e.g. worded for the reader). */
    public Assessment withWarnings(List<Warning> worded) {
        return new Assessment(authority, date, currency, exchangeRate, exchangeRateSource, customsValue, lines,
                headerTaxes, totals, total, cash, worded);
    }

    public record ExchangeRateSource(
            String origin, LocalDate determinationDate, LocalDate publicationDate, String source, String legalBasis) {
    }
}
