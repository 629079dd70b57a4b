package io.jointclear.courier.detection;

import java.math.BigDecimal;

/**
 * A consignment of the manifest being filed, as detection reads it.
 *
 * @param consigneeKey      who the thresholds add up for (RFC, else name and address normalised)
 * @param nameAddressKey    name and address normalised, whatever the RFC
 * @param phone             digits of the consignee's phone; null when none
 * @param valueMxn          the value in pesos the global rate's peso amount is taken on
 * @param consigneeValueUsd value of everything this manifest carries for the consignee (what set the band)
 * @param rate              the rate it pays as a fraction; null when not a global rate
 */
public record Parcel(int index, String guide, String rfc, String consigneeKey, String nameAddressKey, String addressKey,
                     String phone, String shipperAddress, String origin, String description, String hsCode, boolean rrna,
                     BigDecimal quantity, BigDecimal weightKg, BigDecimal valueUsd, BigDecimal valueMxn,
                     BigDecimal consigneeValueUsd, BigDecimal rate) {
}
