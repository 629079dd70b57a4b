package io.jointclear.courier.intake;

import java.util.ArrayList;
import java.util.List;

/** A manifest as read: its header fields, its consignments in body order, the header's reading errors. */
public final class RawManifest {

    /** Most consignments one manifest carries. */
    public static final int MAX_CONSIGNMENTS = 100_000;
    /** Longest text any field may carry. */
    public static final int MAX_TEXT = 500;

    public String direction;
    public String customsOffice;
    public String date;
    public String crossingId;
    public final List<RawConsignment> consignments = new ArrayList<>();
    public final List<FieldError> errors = new ArrayList<>(0);
}
