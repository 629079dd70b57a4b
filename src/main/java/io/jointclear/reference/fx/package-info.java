/**
 * The USD/MXN exchange rate that governs Mexican customs obligations: Banco de México's FIX series,
 * shifted by its publication lag in the Diario Oficial de la Federación, and the Mexican banking-day
 * calendar that defines that lag. Pure Java, no Spring and no database, so the hot assessment path can
 * hold the whole series in memory and answer in O(log n).
 *
 * <p>Entry points: {@link io.jointclear.reference.fx.FixSeries#governing(java.time.LocalDate)} and
 * {@link io.jointclear.reference.fx.MexicanBankingCalendar}.
 */
package io.jointclear.reference.fx;
