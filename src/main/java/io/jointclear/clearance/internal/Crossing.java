package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The crossing aggregate: its state, its milestones and the rules that guard each move. */
final class Crossing {

    final UUID id;
    final String filedBy;
    /** The agency it was filed for (whose brokers see it); null when an administrator filed it. */
    final String agency;
    final Instant filedAt;
    CrossingStatus status;
    long version;
    String direction;
    String mxCustomsOffice;
    String usPort;
    OffsetDateTime expectedArrival;
    FileCrossing.Carrier carrier;
    FileCrossing.Conveyance conveyance;
    FileCrossing.Driver driver;
    List<StoredDeclaration> declarations = new ArrayList<>();
    List<CrossCheckFinding> crossCheck = new ArrayList<>();
    Selection selection;
    boolean inspectionRequired;
    Instant amendedAt;
    Instant arrivedAt;
    Instant selectedAt;
    Instant inspectionStartedAt;
    Instant inspectionEndedAt;
    /** When the officer of each authority joined the joint inspection (null: not yet). */
    Instant inspectionMxJoinedAt;
    Instant inspectionUsJoinedAt;
    Instant mxDecidedAt;
    Instant usDecidedAt;
    Instant releasedAt;
    final List<DecisionRecord> decisions = new ArrayList<>();

    Crossing(UUID id, String filedBy, Instant filedAt, CrossingStatus status, long version) {
        this(id, filedBy, null, filedAt, status, version);
    }

    Crossing(UUID id, String filedBy, String agency, Instant filedAt, CrossingStatus status, long version) {
        this.id = id;
        this.filedBy = filedBy;
        this.agency = agency;
        this.filedAt = filedAt;
        this.status = status;
        this.version = version;
    }

    /** One recorded decision; the latest per authority is what counts. */
    record DecisionRecord(Authority authority, Decision decision, String officer, String notes, Instant decidedAt) {
    }

    void setContents(FileCrossing filing) {
        direction = filing.direction();
        mxCustomsOffice = filing.mxCustomsOffice();
        usPort = filing.usPort();
        expectedArrival = filing.expectedArrival();
        carrier = filing.carrier();
        conveyance = filing.conveyance();
        driver = filing.driver();
    }

    /** Whether the carrier with this SCAC carries it. */
    boolean carriedBy(String scac) {
        return scac != null && carrier != null && scac.equals(carrier.scac());
    }

    /** Applies the move; an open crossing's status then follows the facts already recorded (decisions, inspection). */
    void move(Transition transition) {
        status = CrossingStateMachine.apply(status, transition, phase());
    }

    /** Refuses a move out of turn before anything of the crossing changes. */
    private void requireAllowed(Transition transition) {
        if (!CrossingStateMachine.allows(status, transition)) {
            throw CrossingStateMachine.refusal(status, transition);
        }
    }

    /** The facts an open crossing's status follows. */
    CrossingStateMachine.Phase phase() {
        boolean held = latestDecision(Authority.MX).orElse(null) == Decision.HOLD
                || latestDecision(Authority.US).orElse(null) == Decision.HOLD;
        return new CrossingStateMachine.Phase(held, inspectionRequired, inspectionEndedAt != null);
    }

    /** Selectivity chose the lanes: a red joint lane requires the joint inspection. */
    void select(Selection chosen, Instant at) {
        requireAllowed(Transition.SELECT);
        selection = chosen;
        selectedAt = at;
        inspectionRequired = chosen.jointLane() == Lane.RED;
        move(Transition.SELECT);
    }

    /** The officer of the authority joined the joint inspection (a fact for the queues; the inspection module runs it). */
    void inspectionJoined(Authority authority, Instant at) {
        if (authority == Authority.MX && inspectionMxJoinedAt == null) {
            inspectionMxJoinedAt = at;
        } else if (authority == Authority.US && inspectionUsJoinedAt == null) {
            inspectionUsJoinedAt = at;
        }
    }

    /** Both officers are present: the joint inspection runs. */
    void inspectionStarted(Instant at) {
        requireAllowed(Transition.START_INSPECTION);
        inspectionRequired = true;
        inspectionStartedAt = at;
        move(Transition.START_INSPECTION);
    }

    /** The joint inspection's findings are closed: the authorities' decisions are awaited. */
    void inspectionEnded(Instant at) {
        requireAllowed(Transition.END_INSPECTION);
        inspectionEndedAt = at;
        move(Transition.END_INSPECTION);
    }

    Lane laneOf(Authority authority) {
        return selection == null ? null : selection.laneOf(authority);
    }

    Optional<Decision> latestDecision(Authority authority) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).authority() == authority) {
                return Optional.of(decisions.get(i).decision());
            }
        }
        return Optional.empty();
    }

    /**
     * Records the decision and moves the crossing. The decision policy refuses what the law does not
     * allow yet (a red lane released before the joint inspection ended, a release while the authority's
     * own assessment is pending); the release that makes both authorities' latest decision RELEASE is final.
     */
    void decide(Authority authority, Decision decision, String officer, String notes, Instant at) {
        DecisionPolicy.Verdict verdict = check(authority, decision);
        if (!verdict.isAllowed()) {
            throw verdict.problem();
        }
        Transition transition = transition(authority, decision);
        if (decision == Decision.REFER) {
            inspectionRequired = true;
        }
        decisions.add(new DecisionRecord(authority, decision, officer, notes, at));
        move(transition);
        if (authority == Authority.MX) {
            mxDecidedAt = at;
        } else {
            usDecidedAt = at;
        }
        if (status == CrossingStatus.RELEASED) {
            releasedAt = at;
        }
    }

    /**
     * Whether the authority may record the decision now: refused out of turn for the state first (before
     * arrival, after a final decision), then by the decision policy. {@link #decide} and the actions a
     * screen offers both ask here.
     */
    DecisionPolicy.Verdict check(Authority authority, Decision decision) {
        Transition transition = transition(authority, decision);
        if (!CrossingStateMachine.allows(status, transition)) {
            return DecisionPolicy.Verdict.outOfTurn(CrossingStateMachine.refusal(status, transition));
        }
        return DecisionPolicy.decide(this, authority, decision);
    }

    private Transition transition(Authority authority, Decision decision) {
        return switch (decision) {
            case RELEASE -> latestDecision(other(authority)).orElse(null) == Decision.RELEASE
                    ? Transition.RELEASE_FINAL : Transition.RELEASE_PARTIAL;
            case HOLD -> Transition.HOLD;
            case REFER -> Transition.REFER;
            case SEIZE -> Transition.SEIZE;
        };
    }

    /** Whether the authority referred the crossing to joint inspection. */
    boolean referredBy(Authority authority) {
        return decisions.stream().anyMatch(d -> d.authority() == authority && d.decision() == Decision.REFER);
    }

    /** The lane that governs the authority now: red once it referred the crossing, else the selected one. */
    Lane currentLane(Authority authority) {
        return selection == null ? null : referredBy(authority) ? Lane.RED : selection.laneOf(authority);
    }

    /** The joint lane now: red whenever a joint inspection is required (red lane or referral). */
    Lane currentJointLane() {
        return selection == null ? null : inspectionRequired ? Lane.RED : selection.jointLane();
    }

    static Authority other(Authority authority) {
        return authority == Authority.MX ? Authority.US : Authority.MX;
    }

    Optional<StoredDeclaration> declaration(Authority authority) {
        return declarations.stream().filter(d -> d.document().authority() == authority).findFirst();
    }
}
