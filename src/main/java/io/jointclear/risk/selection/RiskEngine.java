package io.jointclear.risk.selection;

import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.risk.Selection.Contribution;
import io.jointclear.risk.Selection.Reason;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.risk.model.InspectionPropensity;
import io.jointclear.risk.model.PlatformCase;
import io.jointclear.risk.rules.RuleEvaluator;
import io.jointclear.risk.rules.RuleFacts;
import io.jointclear.risk.rules.RuleHit;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.valuecontrol.ValueFlag;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The selectivity engine: for each authority, rules (forced lanes and weights), value control, party
 * history and trusted-trader status make a risk score; the lane is the strictest of the forced lanes,
 * the score's lane (thresholds calibrated to capacity) and the random/exploration draws. Pure and
 * in-memory: persistence is the caller's business.
 */
public final class RiskEngine {

    public static final String POLICY = "risk-engine/2";
    private static final Map<Authority, Set<String>> RECOGNISED = Map.of(
            Authority.MX, Set.of("OEA", "NEEC", "MRA:CTPAT"),
            Authority.US, Set.of("CTPAT", "C-TPAT", "MRA:OEA"));
    private static final int TOP_CONTRIBUTIONS = 5;
    private static final double EXPLORATION_DRAW = 0.5;
    private static final int TOP_MODEL_FEATURES = 3;
    private static final double MIN_PROBABILITY = 1e-4;

    private final SelectivityProperties random;
    private final LaneProperties lanes;
    private final RuleSource rules;
    private final ValueReferences values;
    private final PartyHistory parties;
    private final Clock clock;
    private final ActiveModel model;
    private final Map<Authority, LaneCalibrator> calibrators = new EnumMap<>(Authority.class);
    /** Score added per point a party's compliance score lies below 50 (and subtracted above): ±1 at the extremes. */
    static final double COMPLIANCE_WEIGHT_PER_POINT = 1.0 / 50;
    private volatile io.jointclear.risk.PartyScores complianceScores = party -> java.util.OptionalDouble.empty();

    public RiskEngine(SelectivityProperties random, LaneProperties lanes, RuleSource rules, ValueReferences values,
                      PartyHistory parties, Clock clock) {
        this(random, lanes, rules, values, parties, clock, ActiveModel.none());
    }

    public RiskEngine(SelectivityProperties random, LaneProperties lanes, RuleSource rules, ValueReferences values,
                      PartyHistory parties, Clock clock, ActiveModel model) {
        this.model = model;
        this.random = random;
        this.lanes = lanes;
        this.rules = rules;
        this.values = values;
        this.parties = parties;
        this.clock = clock;
        for (Authority a : Authority.values()) {
            calibrators.put(a, new LaneCalibrator(lanes.red(a.name()), lanes.yellow(a.name()),
                    random.randomRate(a.name()).doubleValue(), lanes.explorationShare(), lanes.warmupRed(),
                    lanes.warmupYellow(), lanes.window()));
        }
    }

    public Selection select(SelectionRequest request) {
        Instant now = clock.instant();
        Map<Authority, Selection.AuthorityLane> result = new EnumMap<>(Authority.class);
        ActiveModel.Loaded learned = model.current().orElse(null); // one model for the whole crossing
        for (DeclarationFacts declaration : request.declarations()) {
            result.put(declaration.authority(), decide(request, declaration, now, learned));
        }
        return new Selection(result, POLICY + " rules@" + rules.ruleSetVersion() + (learned == null ? "" : " model@" + learned.version()));
    }

    private Selection.AuthorityLane decide(SelectionRequest request, DeclarationFacts declaration, Instant now,
                                           ActiveModel.Loaded learned) {
        Authority authority = declaration.authority();
        CheckedLines checked = checkLines(request, declaration, now);
        parties.seen(declaration.partyTaxId(), now);
        List<RuleHit> hits = RuleEvaluator.hits(rules.activeRules(), authority, now, checked.facts());

        // the score's components, in the order they break ties when sorted by size
        List<Contribution> contributions = new ArrayList<>(ruleContributions(hits));
        contributions.addAll(valueContributions(checked));
        contributions.addAll(traderContributions(request, declaration));
        List<Contribution> modelFeatures = modelContributions(request, declaration, now, learned, contributions);
        double score = contributions.stream().mapToDouble(Contribution::contribution).sum();
        contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution())));

        LaneChoice choice = chooseLane(request, authority, score, forcedLane(hits));
        List<Reason> reasons = reasons(hits, checked.flags(), choice, score, authority);
        // the model's top SHAP features follow the score's components: they break down the "model" entry
        List<Contribution> explained = new ArrayList<>(contributions.subList(0, Math.min(TOP_CONTRIBUTIONS, contributions.size())));
        explained.addAll(modelFeatures);
        return new Selection.AuthorityLane(authority, choice.lane(), reasons, score, explained, choice.propensity());
    }

    /** Each line's rule facts, and the value-control flags with the (1-based) lines they concern. */
    private record CheckedLines(List<RuleFacts> facts, List<ValueFlag> flags, List<Integer> flagLines) {
    }

    private CheckedLines checkLines(SelectionRequest request, DeclarationFacts declaration, Instant now) {
        List<RuleFacts> facts = new ArrayList<>();
        List<ValueFlag> flags = new ArrayList<>();
        List<Integer> flagLines = new ArrayList<>();
        List<LineFacts> lines = declaration.lines();
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            LineFacts line = lines.isEmpty() ? null : lines.get(i);
            ValueFlag flag = line == null ? null
                    : values.check(line.tariffCode(), line.origin(), line.unit(), line.unitValueUsd()).orElse(null);
            if (flag != null) {
                flags.add(flag);
                flagLines.add(i + 1);
            }
            facts.add(facts(request, declaration, line, flag, now));
        }
        return new CheckedLines(facts, flags, flagLines);
    }

    /** The strictest lane a hit rule asks for by itself (GREEN when none does). */
    private static Lane forcedLane(List<RuleHit> hits) {
        Lane forced = Lane.GREEN;
        for (RuleHit hit : hits) {
            if (hit.rule().lane() != null) {
                forced = forced.stricter(hit.rule().lane());
            }
        }
        return forced;
    }

    private static List<Contribution> ruleContributions(List<RuleHit> hits) {
        List<Contribution> out = new ArrayList<>();
        for (RuleHit hit : hits) {
            if (hit.rule().weight() != null) {
                out.add(new Contribution("rule:" + hit.rule().ruleId(), "line " + hit.line(), hit.rule().weight(),
                        "risk.value.line", List.of(String.valueOf(hit.line()))));
            }
        }
        return out;
    }

    private List<Contribution> valueContributions(CheckedLines checked) {
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < checked.flags().size(); i++) {
            ValueFlag flag = checked.flags().get(i);
            double w = flag.kind() == ValueFlag.Kind.UNDER ? lanes.undervaluationWeight() : lanes.overvaluationWeight();
            String ratio = String.format(Locale.ROOT, "%.2f", flag.ratio());
            out.add(new Contribution("value_control:" + flag.kind().name().toLowerCase(Locale.ROOT),
                    "line " + checked.flagLines().get(i) + " ratio " + ratio, w, "risk.value.lineRatio",
                    List.of(String.valueOf(checked.flagLines().get(i)), ratio)));
        }
        return out;
    }

    /** The party's learned history, recognised trusted-trader programmes and a FAST driver (US). */
    private List<Contribution> traderContributions(SelectionRequest request, DeclarationFacts declaration) {
        List<Contribution> out = new ArrayList<>();
        Authority authority = declaration.authority();
        double history = parties.logOddsRatio(declaration.partyTaxId());
        if (history != 0) {
            PartyHistory.Record r = parties.of(declaration.partyTaxId());
            out.add(new Contribution("party_history", r.hits() + " hits in " + r.inspections() + " inspections", history,
                    "risk.value.history", List.of(String.valueOf(r.hits()), String.valueOf(r.inspections()))));
        }
        java.util.OptionalDouble compliance = declaration.partyTaxId() == null ? java.util.OptionalDouble.empty()
                : complianceScores.scoreOf(declaration.partyTaxId());
        if (compliance.isPresent()) {
            out.add(new Contribution("compliance_score", String.format(Locale.ROOT, "%.1f", compliance.getAsDouble()),
                    (50 - compliance.getAsDouble()) * COMPLIANCE_WEIGHT_PER_POINT));
        }
        Set<String> certified = new LinkedHashSet<>();
        for (String c : declaration.certifications()) {
            if (RECOGNISED.get(authority).contains(c.toUpperCase(Locale.ROOT))) {
                certified.add(c.toUpperCase(Locale.ROOT));
            }
        }
        if (!certified.isEmpty()) {
            out.add(new Contribution("trusted_trader", String.join("+", certified), -lanes.trustedDiscount() * certified.size()));
        }
        if (authority == Authority.US && request.fastDriver()) {
            out.add(new Contribution("fast_driver", "FAST card", -lanes.fastDiscount(), "risk.value.fastCard", List.of()));
        }
        return out;
    }

    /**
     * Adds the learned model's log-odds against the training hit rate (so an average declaration adds
     * nothing) to the contributions, and answers its top features for the explanation.
     */
    private List<Contribution> modelContributions(SelectionRequest request, DeclarationFacts declaration, Instant now,
                                                  ActiveModel.Loaded learned, List<Contribution> contributions) {
        if (learned == null) {
            return List.of();
        }
        PlatformCase live = PlatformCase.of(request, declaration, now);
        double p = learned.model().probability(live);
        String probability = String.format(Locale.ROOT, "%.3f", p);
        String baseRate = String.format(Locale.ROOT, "%.3f", learned.model().baseRate());
        contributions.add(new Contribution("model", "hit probability " + probability + " (" + learned.version()
                + ", base rate " + baseRate + ")", model.weight() * logOddsAgainst(p, learned.model().baseRate()),
                "risk.value.model", List.of(probability, String.valueOf(learned.version()), baseRate)));
        ExpectedRecovery.contribution(live.valueUsd(), learned.model().stakeMedian(), model.revenueWeight())
                .ifPresent(contributions::add);
        return learned.model().explain(live, TOP_MODEL_FEATURES).stream()
                .map(c -> new Contribution("model:" + c.feature(), c.value(), model.weight() * c.contribution(),
                        c.messageCode(), c.args())).toList();
    }

    /**
     * The lane and how it came about: the score's lane under the calibrated thresholds, a rule's forced
     * lane, the random draw (which makes the score's lane irrelevant) and exploration.
     */
    private record LaneChoice(Lane lane, Lane scoreLane, boolean drawn, boolean explored, BigDecimal randomRate,
                              double[] thresholds, double propensity) {
    }

    private LaneChoice chooseLane(SelectionRequest request, Authority authority, double score, Lane forced) {
        LaneCalibrator calibrator = calibrators.get(authority);
        BigDecimal randomRate = random.randomRate(authority.name());
        boolean drawn = RandomDraw.selects(request.crossingId(), authority.name(), randomRate);
        // a tiny per-crossing jitter breaks ties among equal scores at random, so rates meet their targets
        double rankingKey = score + 1e-6 * RandomDraw.of(request.crossingId(), authority.name() + "/tie");
        Lane scoreLane = drawn ? Lane.GREEN : calibrator.laneFor(score, rankingKey);
        boolean explored = !drawn && forced != Lane.RED && scoreLane != Lane.RED && calibrator.explorationDue()
                && RandomDraw.of(request.crossingId(), authority.name() + "/explore") < EXPLORATION_DRAW;
        boolean exploring = calibrator.explorationDue(); // owed whatever the draw: part of a drawn crossing's propensity too
        Lane lane = drawn || explored ? Lane.RED : forced.stricter(scoreLane);
        if (lane == Lane.RED) {
            calibrator.inspected(drawn || explored);
        }
        double[] thresholds = calibrator.thresholds();
        return new LaneChoice(lane, scoreLane, drawn, explored, randomRate, thresholds,
                InspectionPropensity.of(randomRate.doubleValue(), forced == Lane.RED || wouldBeRed(drawn, scoreLane, score, rankingKey, thresholds),
                        exploring, EXPLORATION_DRAW));
    }

    /** Whether the score alone sends it to RED (a drawn crossing's key is compared with the thresholds directly). */
    private static boolean wouldBeRed(boolean drawn, Lane scoreLane, double score, double rankingKey, double[] thresholds) {
        return drawn ? score > 0 && rankingKey >= thresholds[1] : scoreLane == Lane.RED;
    }

    private List<Reason> reasons(List<RuleHit> hits, List<ValueFlag> flags, LaneChoice choice, double score,
                                 Authority authority) {
        List<Reason> reasons = new ArrayList<>();
        for (RuleHit hit : hits) {
            Lane asks = hit.rule().lane() != null ? hit.rule().lane() : choice.scoreLane();
            reasons.add(new Reason(hit.rule().ruleId(), asks, hit.rule().description() + " (v" + hit.rule().version()
                    + (hit.line() > 0 ? ", line " + hit.line() : "") + ")",
                    hit.line() > 0 ? "risk.reason.RULE_LINE" : "risk.reason.RULE",
                    List.of(hit.rule().description(), String.valueOf(hit.rule().version()), String.valueOf(hit.line()))));
        }
        for (ValueFlag flag : flags) {
            reasons.add(new Reason("VALUE_CONTROL_" + flag.kind(), choice.scoreLane(), flag.explanation(),
                    "risk.reason.VALUE_CONTROL_" + flag.kind(), flag.explanationArgs()));
        }
        if (choice.scoreLane() != Lane.GREEN) {
            double threshold = choice.scoreLane() == Lane.RED ? choice.thresholds()[1] : choice.thresholds()[0];
            reasons.add(new Reason("RISK_SCORE", choice.scoreLane(), String.format(Locale.ROOT,
                    "Risk score %.2f reaches the %s threshold %.2f (thresholds calibrated to %s inspection capacity)",
                    score, choice.scoreLane(), threshold, authority), "risk.reason.RISK_SCORE",
                    List.of(String.format(Locale.ROOT, "%.2f", score), "#lane." + choice.scoreLane(),
                            String.format(Locale.ROOT, "%.2f", threshold), "#authority." + authority)));
        }
        reasons.addAll(drawReasons(choice));
        if (reasons.isEmpty()) {
            String rate = choice.randomRate().movePointRight(2).stripTrailingZeros().toPlainString();
            String shown = String.format(Locale.ROOT, "%.2f", score);
            reasons.add(new Reason("NO_RULE_HIT", Lane.GREEN, String.format(Locale.ROOT,
                    "No rule hit, risk score %s below the lane thresholds, not drawn at random (rate %s %%)", shown, rate),
                    "risk.reason.NO_RULE_HIT", List.of(shown, rate)));
        }
        return reasons;
    }

    /** Why a crossing went red without regard to risk: the random draw or exploration. */
    private List<Reason> drawReasons(LaneChoice choice) {
        String rate = choice.randomRate().movePointRight(2).stripTrailingZeros().toPlainString();
        if (choice.drawn()) {
            return List.of(new Reason("RANDOM", Lane.RED, "Drawn at random for physical inspection (minimum random rate "
                    + rate + " %)", "risk.reason.RANDOM", List.of(rate)));
        }
        if (choice.explored()) {
            String share = String.valueOf(Math.round(lanes.explorationShare() * 100));
            return List.of(new Reason("EXPLORATION", Lane.RED, "Chosen without regard to risk to measure compliance (at least "
                    + share + " % of inspections are exploratory)", "risk.reason.EXPLORATION", List.of(share)));
        }
        return List.of();
    }

    private static double logOddsAgainst(double p, double base) {
        double q = Math.clamp(p, MIN_PROBABILITY, 1 - MIN_PROBABILITY);
        double b = Math.clamp(base, MIN_PROBABILITY, 1 - MIN_PROBABILITY);
        return Math.log(q / (1 - q)) - Math.log(b / (1 - b));
    }

    public RuleFacts facts(SelectionRequest request, DeclarationFacts d, LineFacts line, ValueFlag flag, Instant now) {
        RuleFacts f = new RuleFacts()
                .put("authority", d.authority().name())
                .put("declarationType", d.type())
                .put("party", d.partyTaxId())
                .putAll("certification", d.certifications())
                .putAll("crossCheck", request.crossCheckKinds())
                .put("fastDriver", request.fastDriver());
        request.crossingAttributes().forEach((name, value) -> {
            if (RuleFacts.CROSSING_ATTRIBUTES.contains(name)) {
                f.putAll(name, List.of(value.split(","))); // several values (a consignment's flag codes) comma-separated
            }
        });
        PartyHistory.Record r = parties.of(d.partyTaxId());
        f.put("partyInspections", r == null ? 0 : r.inspections());
        f.put("partyHitRate", BigDecimal.valueOf(parties.hitRate(d.partyTaxId())));
        f.put("partyAgeDays", Optional.ofNullable(parties.ageDays(d.partyTaxId(), now)).orElse(0L));
        if (line != null) {
            f.put("hs", line.tariffCode()).put("origin", line.origin()).put("valueUsd", line.valueUsd())
                    .put("quantity", line.quantity()).put("unit", line.unit()).put("unitValueUsd", line.unitValueUsd())
                    .putAll("adCvdCase", line.adCvdCases()).put("preference", line.preference())
                    .put("valueFlag", flag == null ? null : flag.kind().name());
        }
        return f;
    }

    /** Current thresholds {yellow, red} of an authority (for the admin view and tests). */
    public double[] thresholds(Authority authority) {
        return calibrators.get(authority).thresholds();
    }

    public ValueReferences values() {
        return values;
    }

    /** The parties' compliance scores as a feature (none until set). */
    void useComplianceScores(io.jointclear.risk.PartyScores scores) {
        this.complianceScores = java.util.Objects.requireNonNull(scores);
    }

    public PartyHistory parties() {
        return parties;
    }
}
