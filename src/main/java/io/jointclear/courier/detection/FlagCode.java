package io.jointclear.courier.detection;

/** The kinds of irregular courier operations detection looks for (BRIEF §8.4). */
public enum FlagCode {
    /** One consignee's goods split over guides or manifests of the window, each just below a value threshold. */
    SPLIT_SHIPMENT,
    /** Many different consignees at one delivery address in one manifest. */
    MANY_CONSIGNEES_ONE_ADDRESS,
    /** From 2025 the consignee must be identified by RFC; the generic RFC does not identify anyone. */
    MISSING_RFC,
    /** A description that says nothing about the goods ("gift", "sample", "parts"). */
    GENERIC_DESCRIPTION,
    /** USMCA origin declared for goods whose shipper is in Asia: a false claim to the 17 % band or exemption. */
    FALSE_ORIGIN,
    /** Goods that look subject to RRNA (NOM, COFEPRIS) declared without them, under the global rate. */
    RRNA_UNDER_GLOBAL_RATE,
    /** A quantity no person imports for personal use. */
    COMMERCIAL_QUANTITY,
    /** Value per kilogram out of the range known for the HS subheading (only where a reference exists). */
    WEIGHT_VALUE_RATIO
}
