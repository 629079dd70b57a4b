package io.jointclear.courier.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A consignment as read from the body, before validation: any field may be missing or malformed. */
public final class RawConsignment {

    public String guide;
    public String consigneeName;
    public String consigneeRfc;
    public String consigneeAddress;
    public String consigneePhone;
    public String shipperName;
    public String shipperAddress;
    public String origin;
    public String description;
    public BigDecimal quantity;
    public BigDecimal weightKg;
    public BigDecimal value;
    public String currency;
    public String hsCode;
    public boolean rrna;
    /** Errors found while reading (wrong type, unknown field, too long). */
    public final List<FieldError> readErrors = new ArrayList<>(0);
}
