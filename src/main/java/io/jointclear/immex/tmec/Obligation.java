package io.jointclear.immex.tmec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An amount a program's company owes Mexico, computed from its ledger, with the legal basis of the figure.
 *
 * @param kind       {@link #TMEC_2_5} (art. 2.5 T-MEC / 63-A LA, complementary pedimento) or {@link #REGULARISATION}
 * @param crossingId the joint crossing whose export (and US entry) gave rise to it
 * @param amountMxn  payable, in whole pesos (cuadro de liquidación); zero when nothing is payable
 * @param dueDate    last day to pay (60 calendar days after the export for TMEC_2_5); null when nothing is payable
 * @param reason     why this amount: one of the {@code REASON_*} codes (texts in immex.obligation.reason.*)
 */
public record Obligation(UUID id, UUID programId, String kind, UUID crossingId, String exitPedimento, BigDecimal amountMxn,
                         LocalDate dueDate, String reason, Basis basis) {

    public static final String TMEC_2_5 = "TMEC_2_5";
    public static final String REGULARISATION = "REGULARISATION";
    /** Non-originating inputs went to the US/Canada and their IGI exceeds the US duty: the difference is payable. */
    public static final String REASON_PAYABLE = "IGI_EXCEEDS_US_DUTY";
    /** The US duty covers the IGI of the non-originating inputs: all of it is waived. */
    public static final String REASON_WAIVED = "US_DUTY_COVERS_IGI";
    /** Every input discharged is USMCA-originating: art. 2.5 does not apply. */
    public static final String REASON_ORIGINATING = "ORIGINATING_INPUTS";
    /** The export went to a country other than the US or Canada: art. 2.5 does not apply. */
    public static final String REASON_THIRD_COUNTRY = "THIRD_COUNTRY";
    public static final List<String> REASONS = List.of(REASON_PAYABLE, REASON_WAIVED, REASON_ORIGINATING, REASON_THIRD_COUNTRY);

    /**
     * The figures behind the amount.
     *
     * @param igiMxn        IGI as if definitive of the non-originating inputs discharged (entry-date rate, MXN)
     * @param usDutyUsd     the customs duty (code DUTY) assessed on the US entry of the same crossing
     * @param exchangeRate  MXN per USD governing on the export date (Banxico FIX, art. 20 CFF / 56 LA)
     * @param usDutyMxn     the US duty converted
     * @param waivedMxn     min(igiMxn, usDutyMxn)
     */
    public record Basis(String legalBasis, String destination, LocalDate exportDate, BigDecimal igiMxn, BigDecimal usDutyUsd,
                        BigDecimal exchangeRate, String exchangeRateSource, BigDecimal usDutyMxn, BigDecimal waivedMxn,
                        List<Input> inputs) {
    }

    /** One entry line consumed by the export, with its share of the deferred IGI and whether it counts. */
    public record Input(String entryPedimento, int entryLine, String partNumber, String origin, LocalDate entryDate,
                        BigDecimal quantity, BigDecimal igiMxn, boolean originating) {
    }
}
