package io.jointclear.courier.detection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A consignment the same courier filed in the window, with the value its consignee's band was set on. */
public record PriorParcel(String manifestId, String guide, LocalDate manifestDate, String consigneeKey, String rfc, String nameAddressKey, String phone,
                          BigDecimal consigneeValueUsd) {
}
