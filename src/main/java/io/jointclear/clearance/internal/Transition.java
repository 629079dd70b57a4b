package io.jointclear.clearance.internal;

/** What can happen to a crossing. A release is final when the other authority has released too. */
enum Transition {
    AMEND, REASSESS, ARRIVE, SELECT, START_INSPECTION, END_INSPECTION, RELEASE_PARTIAL, RELEASE_FINAL, HOLD, REFER, SEIZE
}
