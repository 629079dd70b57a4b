package io.jointclear.risk.selection;

import io.jointclear.risk.CrossingAttributes;
import io.jointclear.risk.RiskOutcomes;
import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.Selectivity;
import io.jointclear.risk.TrustedTraders;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The platform's selectivity: the {@link RiskEngine} over the rules in schema {@code risk}, with every
 * selection journalled so outcomes can flow back as labels. On start-up the party history and value
 * references are rebuilt from the labelled journal.
 */
@Service
class RiskSelectivityPolicy implements Selectivity, RiskOutcomes {

    private final RiskEngine engine;
    /** Courier consignments: the same rules and journal, their own calibration and party history, no crossing model. */
    private final RiskEngine consignments;
    private final SelectionJournal journal;
    private final Clock clock;
    private List<CrossingAttributes> sources = List.of();
    private TrustedTraders trustedTraders;

    RiskSelectivityPolicy(SelectivityProperties random, LaneProperties lanes, RuleSource rules, SelectionJournal journal,
                          Clock clock) {
        this(random, lanes, rules, journal, clock, ActiveModel.none());
    }

    @Autowired
    RiskSelectivityPolicy(SelectivityProperties random, LaneProperties lanes, RuleSource rules, SelectionJournal journal,
                          Clock clock, ActiveModel model) {
        this.engine = new RiskEngine(random, lanes, rules, new ValueReferences(), new PartyHistory(), clock, model);
        this.consignments = new RiskEngine(random, lanes, rules, new ValueReferences(), new PartyHistory(), clock);
        this.journal = journal;
        this.clock = clock;
        for (SelectionJournal.Entry e : journal.history(Instant.EPOCH, clock.instant().plusSeconds(1))) {
            engineOf(e.declaration()).parties().seen(e.declaration().partyTaxId(), e.selectedAt());
            if (e.hit() != null) {
                learn(e, e.hit(), e.selectedAt());
            }
        }
    }

    /** Other modules' crossing attributes (the manifest's timeliness), asked at each selection. */
    @Autowired(required = false)
    void attributeSources(List<CrossingAttributes> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The registry's certifications on the crossing's date, replacing the request's own (issue 13). */
    @Autowired(required = false)
    void trustedTraders(TrustedTraders registry) {
        this.trustedTraders = registry;
    }

    /** The operators' compliance scores as a feature, when a module provides them. */
    @Autowired(required = false)
    void complianceScores(io.jointclear.risk.PartyScores scores) {
        engine.useComplianceScores(scores);
    }

    @Override
    public Selection select(SelectionRequest request) {
        SelectionRequest certified = certified(request);
        Selection selection = selectOne(certified);
        journal.record(certified, selection, clock.instant());
        return selection;
    }

    /** Consignment cases through their own channel, crossings as {@link #select}; the journal in one batch. */
    @Override
    public List<Selection> selectAll(List<SelectionRequest> requests) {
        List<SelectionRequest> certified = requests.stream().map(this::certified).toList();
        List<Selection> out = certified.stream().map(this::selectOne).toList();
        journal.recordAll(certified, out, clock.instant());
        return out;
    }

    /** The registry's certifications on the crossing's date replace the request's own (issue 13); not for parcels. */
    private SelectionRequest certified(SelectionRequest request) {
        return trustedTraders == null || consignment(request) ? request : RegisteredCertifications.of(request, trustedTraders, clock);
    }

    private Selection selectOne(SelectionRequest request) {
        return consignment(request) ? consignments.select(request) : engine.select(withAttributes(request));
    }

    private static boolean consignment(SelectionRequest request) {
        return !request.declarations().isEmpty()
                && request.declarations().stream().allMatch(d -> SelectionRequest.COURIER_CONSIGNMENT.equals(d.type()));
    }

    private SelectionRequest withAttributes(SelectionRequest request) {
        if (sources.isEmpty()) {
            return request;
        }
        Map<String, String> attributes = new HashMap<>(request.crossingAttributes());
        Instant at = request.arrivedAt() == null ? clock.instant() : request.arrivedAt();
        for (CrossingAttributes source : sources) {
            attributes.putAll(source.attributes(request.crossingId(), at));
        }
        return request.withCrossingAttributes(attributes);
    }

    @Override
    public void recordOutcome(UUID crossingId, Authority authority, boolean hit) {
        journal.find(crossingId, authority).ifPresent(entry -> {
            Instant now = clock.instant();
            Boolean before = journal.recordOutcome(crossingId, authority, hit, now);
            if (before == null) {
                learn(entry, hit, now);
            } else if (!before && hit) {
                // a later finding upgrades the label: the party's inspection counts once, as a hit
                engineOf(entry.declaration()).parties().upgradeToHit(entry.declaration().partyTaxId());
            }
        });
    }

    @Override
    public void recordRecovery(UUID crossingId, Authority authority, java.math.BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a recovered amount is zero or more");
        }
        if (amount.signum() > 0) {
            recordOutcome(crossingId, authority, true);
        }
        journal.recordRecovery(crossingId, authority, amount);
    }

    private void learn(SelectionJournal.Entry entry, boolean hit, Instant at) {
        RiskEngine learner = engineOf(entry.declaration());
        learner.parties().outcome(entry.declaration().partyTaxId(), hit, at);
        if (!hit) {
            for (SelectionRequest.LineFacts line : entry.declaration().lines()) {
                learner.values().learn(line.tariffCode(), line.origin(), line.unit(), line.unitValueUsd());
            }
        }
    }

    private RiskEngine engineOf(SelectionRequest.DeclarationFacts declaration) {
        return SelectionRequest.COURIER_CONSIGNMENT.equals(declaration.type()) ? consignments : engine;
    }

    RiskEngine engine() {
        return engine;
    }
}
