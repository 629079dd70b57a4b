package io.jointclear.risk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One import declaration of the public Customs Import Declaration Datasets format (22 columns,
 * see src/main/resources/risk/SOURCE.md), with its inspection outcome.
 *
 * @param itemPrice declared value (KRW in the shipped files)
 * @param taxRate   tax rate in percent
 * @param fraud     the inspection found an irregularity (label)
 */
public record CustomsDeclarationRow(String declarationId, LocalDate date, String office, String processType,
                                    String importType, String importUse, String paymentType, String transportMode,
                                    String declarant, String importer, String seller, String courier, String hs6,
                                    String departureCountry, String originCountry, BigDecimal taxRate, String taxType,
                                    String originIndicator, double netMass, BigDecimal itemPrice, boolean fraud,
                                    int criticalFraud) {

    /** Tax at stake used as the revenue of a caught fraud: declared value × tax rate. */
    public BigDecimal revenue() {
        return itemPrice.multiply(taxRate).movePointLeft(2);
    }

    /** Declared value as a model feature. */
    public double price() {
        return itemPrice.doubleValue();
    }

    /** Tax rate as a model feature. */
    public double taxPercent() {
        return taxRate.doubleValue();
    }

    /** Declared value per kilogram; the unit the value-control references are kept in. */
    public double unitValue() {
        return netMass > 0 ? price() / netMass : Double.NaN;
    }
}
