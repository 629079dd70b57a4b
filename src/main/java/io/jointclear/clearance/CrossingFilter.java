package io.jointclear.clearance;

import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.List;

/**
 * What a crossing list is narrowed to, on top of what the actor may see (which the module adds itself:
 * a broker's agency, a carrier's SCAC). Every member is optional (null or empty: no condition).
 *
 * @param statuses        any of these statuses
 * @param number          the start of a pedimento or US entry number, spaces and dashes ignored
 * @param plate           the truck's plate, exactly (case, spaces and dashes ignored)
 * @param importer        the start of an importer's name (case ignored) or its tax id exactly
 * @param arrivalFrom     expected arrival at or after this instant
 * @param arrivalBefore   expected arrival before this instant
 * @param awaiting        only open crossings on which this authority still has to act: an inspection its
 *                        officer has not joined, a joint inspection under way (findings, ending it), or —
 *                        lanes chosen and no inspection pending — its decision, not given yet (a referral
 *                        is no decision on the goods)
 * @param ids             only these crossings (null: no condition; empty: none), e.g. those another module flagged
 */
public record CrossingFilter(List<CrossingStatus> statuses, String mxCustomsOffice, String usPort, String number,
                             String plate, String importer, Instant arrivalFrom, Instant arrivalBefore,
                             Authority awaiting, java.util.Set<java.util.UUID> ids) {

    public static final CrossingFilter NONE = new CrossingFilter(List.of(), null, null, null, null, null, null, null);

    public CrossingFilter(List<CrossingStatus> statuses, String mxCustomsOffice, String usPort, String number,
                          String plate, String importer, Instant arrivalFrom, Instant arrivalBefore) {
        this(statuses, mxCustomsOffice, usPort, number, plate, importer, arrivalFrom, arrivalBefore, null, null);
    }

    /** This filter narrowed to the given crossings. */
    public CrossingFilter onlyIds(java.util.Set<java.util.UUID> only) {
        return new CrossingFilter(statuses, mxCustomsOffice, usPort, number, plate, importer, arrivalFrom, arrivalBefore,
                awaiting, only);
    }

    /** The same filter, narrowed to what waits for the authority. */
    public CrossingFilter awaiting(Authority authority) {
        return new CrossingFilter(statuses, mxCustomsOffice, usPort, number, plate, importer, arrivalFrom, arrivalBefore,
                authority, ids);
    }

    public CrossingFilter {
        ids = ids == null ? null : java.util.Set.copyOf(ids);
        // an empty status parameter binds as a null element: no condition, as for no parameter
        statuses = statuses == null ? List.of() : statuses.stream().filter(java.util.Objects::nonNull).distinct().toList();
        number = blankToNull(number);
        plate = blankToNull(plate);
        importer = blankToNull(importer);
        mxCustomsOffice = blankToNull(mxCustomsOffice);
        usPort = blankToNull(usPort);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
