package io.jointclear.manifest;

import java.util.List;

/** The codes of the manifest module: shipment types, equipment types, timeliness flags and problem codes. */
public final class ManifestCodes {

    public static final String PAPS = "PAPS";
    public static final String IN_BOND = "IN_BOND";
    public static final String SECTION_321 = "SECTION_321";
    public static final List<String> SHIPMENT_TYPES = List.of(PAPS, IN_BOND, SECTION_321);

    public static final String TRAILER = "TRAILER";
    public static final String CONTAINER = "CONTAINER";
    public static final List<String> EQUIPMENT_TYPES = List.of(TRAILER, CONTAINER);

    /** Timeliness of the manifest at the crossing's arrival. */
    public static final String ON_TIME = "ON_TIME";
    public static final String LATE_MANIFEST = "LATE_MANIFEST";
    public static final String MISSING_MANIFEST = "MISSING_MANIFEST";
    /** The flags officers filter the queue by. */
    public static final List<String> FLAGS = List.of(LATE_MANIFEST, MISSING_MANIFEST);

    /** Field and problem codes. */
    public static final String INVALID_MANIFEST = "INVALID_MANIFEST";
    public static final String MANIFEST_NOT_FOUND = "MANIFEST_NOT_FOUND";
    public static final String MANIFEST_LOCKED_AFTER_ARRIVAL = "MANIFEST_LOCKED_AFTER_ARRIVAL";
    public static final String TRIP_NUMBER_TAKEN = "TRIP_NUMBER_TAKEN";
    /** A concurrent request manifested the same trip number, SCN or crossing first. */
    public static final String ALREADY_MANIFESTED = "ALREADY_MANIFESTED";
    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_MANY = "TOO_MANY";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String MALFORMED_TRIP_NUMBER = "MALFORMED_TRIP_NUMBER";
    public static final String NOT_THE_CARRIERS_SCAC = "NOT_THE_CARRIERS_SCAC";
    public static final String MALFORMED_PLATE = "MALFORMED_PLATE";
    public static final String MALFORMED_COUNTRY = "MALFORMED_COUNTRY";
    public static final String MALFORMED_VIN = "MALFORMED_VIN";
    public static final String UNKNOWN_EQUIPMENT_TYPE = "UNKNOWN_EQUIPMENT_TYPE";
    public static final String MALFORMED_EQUIPMENT_NUMBER = "MALFORMED_EQUIPMENT_NUMBER";
    public static final String BAD_CONTAINER_CHECK_DIGIT = "BAD_CONTAINER_CHECK_DIGIT";
    public static final String MALFORMED_SEAL = "MALFORMED_SEAL";
    public static final String MALFORMED_FAST_CARD = "MALFORMED_FAST_CARD";
    public static final String MALFORMED_LICENCE = "MALFORMED_LICENCE";
    public static final String MALFORMED_SCN = "MALFORMED_SCN";
    public static final String DUPLICATE_SCN = "DUPLICATE_SCN";
    public static final String SCN_TAKEN = "SCN_TAKEN";
    public static final String UNKNOWN_SHIPMENT_TYPE = "UNKNOWN_SHIPMENT_TYPE";
    public static final String UNKNOWN_CROSSING = "UNKNOWN_CROSSING";
    public static final String CROSSING_NOT_NORTHBOUND = "CROSSING_NOT_NORTHBOUND";
    public static final String CROSSING_ALREADY_ARRIVED = "CROSSING_ALREADY_ARRIVED";
    public static final String CROSSING_ALREADY_MANIFESTED = "CROSSING_ALREADY_MANIFESTED";
    public static final String DUPLICATE_CROSSING = "DUPLICATE_CROSSING";
    public static final String NUMBER_NOT_IN_CROSSING = "NUMBER_NOT_IN_CROSSING";
    public static final String MALFORMED_PORT = "MALFORMED_PORT";
    public static final String NOT_THE_CROSSINGS_PORT = "NOT_THE_CROSSINGS_PORT";
    public static final String IMPLAUSIBLE_ARRIVAL = "IMPLAUSIBLE_ARRIVAL";

    private ManifestCodes() {
    }
}
