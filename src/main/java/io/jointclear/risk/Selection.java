package io.jointclear.risk;

import io.jointclear.shared.Authority;
import java.util.List;
import java.util.Map;

/**
 * The lanes chosen for a crossing, per authority, each with the reasons that led to it.
 *
 * @param policy  name and version of the policy that chose, for replay
 */
public record Selection(Map<Authority, AuthorityLane> lanes, String policy) {

    public Selection {
        lanes = Map.copyOf(lanes);
    }

    /** The joint lane: the stricter of the two authorities' lanes. */
    public Lane jointLane() {
        return lanes.values().stream().map(AuthorityLane::lane).reduce(Lane.GREEN, Lane::stricter);
    }

    public Lane laneOf(Authority authority) {
        AuthorityLane lane = lanes.get(authority);
        return lane == null ? Lane.GREEN : lane.lane();
    }

    /**
     * One authority's lane and why: every rule that hit, and whether the random draw selected it.
     *
     * @param score         the risk score the lane thresholds were applied to (0 for policies without one,
     *                      and for selections stored before scores existed)
     * @param contributions what the score is made of, largest absolute contribution first
     * @param propensity    the probability with which the policy sends such a declaration to inspection (RED) at
     *                      that moment — 1 for a targeted or forced inspection, the random rate (plus the exploration
     *                      chance) otherwise; null for policies and selections that do not know it
     */
    public record AuthorityLane(Authority authority, Lane lane, List<Reason> reasons, Double score,
                                List<Contribution> contributions, Double propensity) {
        public AuthorityLane {
            reasons = List.copyOf(reasons);
            score = score == null ? 0.0 : score;
            contributions = contributions == null ? List.of() : List.copyOf(contributions);
        }

        public AuthorityLane(Authority authority, Lane lane, List<Reason> reasons, Double score,
                             List<Contribution> contributions) {
            this(authority, lane, reasons, score, contributions, null);
        }

        public AuthorityLane(Authority authority, Lane lane, List<Reason> reasons) {
            this(authority, lane, reasons, 0.0, List.of());
        }
    }

    /**
     * A rule hit or the random draw, with the lane it asks for and a sentence for the officer.
     *
     * @param explanation the sentence in English, as the API and the audit show it
     * @param messageCode the sentence's message-bundle key for the console ({@code risk.reason.RANDOM} …), null
     *                    for reasons stored before codes existed
     * @param args        its arguments; an argument starting with {@code #} is itself a bundle key (a lane, an authority)
     */
    public record Reason(String rule, Lane lane, String explanation, String messageCode, List<String> args) {
        public Reason {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public Reason(String rule, Lane lane, String explanation) {
            this(rule, lane, explanation, null, List.of());
        }
    }

    /**
     * One feature's share of the risk score: its name, its value as shown to the officer, its contribution.
     *
     * @param value       the value in English, as the API and the audit show it
     * @param messageCode the value's message-bundle key for the console ({@code risk.value.line} …), null for a
     *                    plain number or names, and for contributions stored before codes existed
     * @param args        its arguments
     */
    public record Contribution(String feature, String value, double contribution, String messageCode, List<String> args) {
        public Contribution {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public Contribution(String feature, String value, double contribution) {
            this(feature, value, contribution, null, List.of());
        }
    }
}
