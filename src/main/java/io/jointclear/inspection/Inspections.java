package io.jointclear.inspection;

import io.jointclear.shared.Actor;
import java.util.UUID;

/**
 * The joint inspection API for other modules (the console, the demo simulator): an officer joins for
 * their authority, records findings, ends it; anyone who may see the crossing reads it.
 */
public interface Inspections {

    /** The officer joins for their authority; the inspection starts when both authorities are present. */
    InspectionView join(UUID crossingId, Actor actor);

    /**
     * Records a finding for the officer's authority.
     *
     * @param kind QUANTITY, CLASSIFICATION, ORIGIN, UNDECLARED_GOODS, PROHIBITED_GOODS, VALUE, DOCUMENTS or NONE
     * @param line 1-based line of the officer's own authority's declaration, or null for the whole shipment;
     *             a line the declaration does not have is a 422 {@code LINE_NOT_DECLARED}
     */
    InspectionView recordFinding(UUID crossingId, Actor actor, String kind, Integer line, String description);

    /** Ends the running inspection; red-lane authorities may then decide. */
    InspectionView end(UUID crossingId, Actor actor);

    /** What the officer may do in the crossing's joint inspection now, and why not; 403 for anyone but an officer. */
    InspectionActions actions(UUID crossingId, Actor actor);

    /** The crossing's inspection, with the crossing's visibility rules. */
    InspectionView get(UUID crossingId, Actor actor);
}
