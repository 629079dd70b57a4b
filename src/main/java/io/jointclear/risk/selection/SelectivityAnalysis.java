package io.jointclear.risk.selection;

import io.jointclear.risk.Lane;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.rules.RiskRule;
import io.jointclear.risk.rules.RuleEvaluator;
import io.jointclear.risk.rules.RuleFacts;
import io.jointclear.risk.valuecontrol.UnitValueReference;
import io.jointclear.risk.valuecontrol.ValueFlag;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Looks at the selectivity engine from outside: replays candidate rules over the journalled history
 * before they are activated, and shows value references and current lane thresholds.
 */
@Component
public class SelectivityAnalysis {

    private final RiskSelectivityPolicy policy;
    private final SelectionJournal journal;

    SelectivityAnalysis(RiskSelectivityPolicy policy, SelectionJournal journal) {
        this.policy = policy;
        this.journal = journal;
    }

    /** What one rule would have done over the history. */
    public record RuleReplay(String ruleId, int version, int hits, double hitShare, int expectedInspections,
                             int expectedReviews, int labelled, int labelledHits, Double precision) {
    }

    /**
     * @param declarations         journalled authority selections in the period
     * @param expectedInspections  selections the rule set would send to RED (forced RED, or the score plus the
     *                             rules' weights reaching the authority's current RED threshold)
     */
    public record ReplayReport(Instant from, Instant to, int declarations, int matched, int expectedInspections,
                               List<RuleReplay> rules) {
    }

    public ReplayReport replay(List<RiskRule> candidates, Instant from, Instant to) {
        List<SelectionJournal.Entry> history = journal.history(from, to);
        RiskEngine engine = policy.engine();
        int[] hits = new int[candidates.size()];
        int[] red = new int[candidates.size()];
        int[] yellow = new int[candidates.size()];
        int[] labelled = new int[candidates.size()];
        int[] labelledHits = new int[candidates.size()];
        int matched = 0;
        int inspections = 0;
        for (SelectionJournal.Entry e : history) {
            SelectionRequest request = new SelectionRequest(e.crossingId(), List.of(e.declaration()), e.crossCheckKinds(), e.fastDriver());
            List<RuleFacts> facts = new ArrayList<>();
            List<SelectionRequest.LineFacts> lines = e.declaration().lines();
            for (int i = 0; i < Math.max(1, lines.size()); i++) {
                SelectionRequest.LineFacts line = lines.isEmpty() ? null : lines.get(i);
                ValueFlag flag = line == null ? null
                        : engine.values().check(line.tariffCode(), line.origin(), line.unit(), line.unitValueUsd()).orElse(null);
                facts.add(engine.facts(request, e.declaration(), line, flag, e.selectedAt()));
            }
            Authority authority = e.authority();
            boolean any = false;
            Lane lane = Lane.GREEN;
            double score = e.score();
            for (int r = 0; r < candidates.size(); r++) {
                RiskRule rule = candidates.get(r);
                if (RuleEvaluator.hits(List.of(rule), authority, e.selectedAt(), facts).isEmpty()) {
                    continue;
                }
                any = true;
                hits[r]++;
                Lane asks = rule.lane() == null ? Lane.GREEN : rule.lane();
                double[] t = engine.thresholds(authority);
                double alone = score + (rule.weight() == null ? 0 : rule.weight());
                Lane byScore = alone >= t[1] ? Lane.RED : alone >= t[0] ? Lane.YELLOW : Lane.GREEN;
                Lane result = asks.stricter(byScore);
                if (result == Lane.RED) {
                    red[r]++;
                } else if (result == Lane.YELLOW) {
                    yellow[r]++;
                }
                if (e.hit() != null) {
                    labelled[r]++;
                    labelledHits[r] += e.hit() ? 1 : 0;
                }
                lane = lane.stricter(asks);
                score += rule.weight() == null ? 0 : rule.weight();
            }
            if (any) {
                matched++;
                double[] t = engine.thresholds(authority);
                if (lane == Lane.RED || score >= t[1]) {
                    inspections++;
                }
            }
        }
        List<RuleReplay> out = new ArrayList<>();
        int n = history.size();
        for (int r = 0; r < candidates.size(); r++) {
            RiskRule rule = candidates.get(r);
            out.add(new RuleReplay(rule.ruleId(), rule.version(), hits[r], n == 0 ? 0 : hits[r] / (double) n, red[r], yellow[r],
                    labelled[r], labelledHits[r], labelled[r] == 0 ? null : labelledHits[r] / (double) labelled[r]));
        }
        return new ReplayReport(from, to, n, matched, inspections, out);
    }

    public Optional<UnitValueReference> reference(String tariffCode, String origin, String unit) {
        return policy.engine().values().reference(tariffCode, origin, unit);
    }

    public List<UnitValueReference> references() {
        return policy.engine().values().all();
    }

    /** Current {yellow, red} score thresholds of an authority. */
    public double[] thresholds(Authority authority) {
        return policy.engine().thresholds(authority);
    }
}
