package io.jointclear.courier.intake;

/** Codes of the errors a manifest and its consignments can carry; messages: {@code courier.error.<CODE>} in the bundles. */
public final class Codes {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String WRONG_TYPE = "WRONG_TYPE";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String GUIDE_INVALID = "GUIDE_INVALID";
    public static final String GUIDE_DUPLICATE = "GUIDE_DUPLICATE";
    public static final String RFC_REQUIRED = "RFC_REQUIRED";
    public static final String RFC_INVALID = "RFC_INVALID";
    public static final String ORIGIN_INVALID = "ORIGIN_INVALID";
    public static final String QUANTITY_INVALID = "QUANTITY_INVALID";
    public static final String WEIGHT_INVALID = "WEIGHT_INVALID";
    public static final String VALUE_INVALID = "VALUE_INVALID";
    public static final String CURRENCY_INVALID = "CURRENCY_INVALID";
    public static final String HS_CODE_INVALID = "HS_CODE_INVALID";
    public static final String HS_CODE_REQUIRED = "HS_CODE_REQUIRED";
    public static final String REGULAR_PEDIMENTO_REQUIRED = "REGULAR_PEDIMENTO_REQUIRED";
    public static final String US_ASSESSMENT_FAILED = "US_ASSESSMENT_FAILED";
    public static final String DIRECTION_INVALID = "DIRECTION_INVALID";
    public static final String CUSTOMS_OFFICE_INVALID = "CUSTOMS_OFFICE_INVALID";
    public static final String DATE_INVALID = "DATE_INVALID";
    public static final String DATE_NOT_COVERED = "DATE_NOT_COVERED";
    public static final String CROSSING_ID_INVALID = "CROSSING_ID_INVALID";
    public static final String NO_CONSIGNMENTS = "NO_CONSIGNMENTS";
    public static final String CSV_MALFORMED = "CSV_MALFORMED";

    private Codes() {
    }
}
