package io.jointclear.clearance;

import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The joint case API: filing, amendment, arrival, decisions and the inspection milestones. */
public interface Crossings {

    /** Problem code of a release refused while the authority's own assessment is pending or failed. */
    String ASSESSMENT_PENDING = "ASSESSMENT_PENDING";

    /** Validates, assesses and stores a crossing; returns it in status FILED. */
    CrossingView file(FileCrossing crossing, Actor actor);

    /**
     * Every violation the filing (or an amendment) would be refused for — the crossing's and both
     * declarations' rules, the broker's licences and what the assessment finds — all at once, writing
     * nothing: a form shows them in one round.
     */
    List<FieldViolation> check(FileCrossing crossing, Actor actor);

    /** Replaces the declarations before arrival and assesses them again. */
    CrossingView amend(UUID id, FileCrossing crossing, Actor actor);

    /** The truck arrived at the port: selection runs at once, lanes become visible. */
    CrossingView arrive(UUID id, Instant at, Actor actor);

    CrossingView decide(UUID id, RecordDecision decision, Actor actor);

    /**
     * What the officer may do on the crossing for their authority now (arrival, each decision), each
     * with the refusal {@link #arrive} or {@link #decide} would answer; 403 for anyone but an officer.
     */
    CrossingActions actions(UUID id, Actor actor);

    /** Assesses the declarations again, e.g. after missing reference data was loaded. */
    CrossingView reassess(UUID id, Actor actor);

    /** Called by the joint inspection when the officer of an authority joins it. */
    CrossingView inspectionJoined(UUID id, io.jointclear.shared.Authority authority, Instant at, Actor actor);

    /** Called by the joint inspection when both officers start it. */
    CrossingView inspectionStarted(UUID id, Instant at, Actor actor);

    /** Called by the joint inspection when its findings are closed. */
    CrossingView inspectionEnded(UUID id, Instant at, Actor actor);

    CrossingView get(UUID id, Actor actor);

    /** Crossings the actor may see, newest first. */
    List<CrossingView> list(Actor actor, CrossingStatus status, String mxCustomsOffice, String usPort, int limit);

    /**
     * One page of the crossings the actor may see, narrowed by the filter: a broker's agency's, a carrier's
     * own, every crossing for officials. A page or size out of range ({@code page} 1 to
     * {@link CrossingPage#MAX_PAGE}, {@code size} 1 to {@link CrossingPage#MAX_SIZE}) or an empty date range
     * is a 400 {@link CrossingPage#INVALID_LIST_PARAMETER} naming the parameter.
     */
    CrossingPage search(Actor actor, CrossingFilter filter, CrossingSort sort, boolean descending, int page, int size);
}
