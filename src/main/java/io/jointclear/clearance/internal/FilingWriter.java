package io.jointclear.clearance.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.declaration.Declarations;
import io.jointclear.shared.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes filings — one, or a batch — in the caller's transaction with set-based statements: the
 * idempotency keys, the declaration numbers, the crossings with their declarations and the audit
 * entries each take one statement however many filings there are; each filing still publishes its
 * own CrossingFiled event.
 *
 * <p>A filing that cannot be stored (its number is taken, its key was used for another request) is
 * refused without failing the others: nothing of it stays, the others commit. Unique keys decide
 * every race, here and across instances; rows are inserted in a fixed order so that concurrent
 * batches cannot deadlock.
 */
@Component
class FilingWriter {

    private final IdempotencyStore idempotency;
    private final Declarations declarations;
    private final CrossingStore store;
    private final CrossingAudit audit;
    private final ApplicationEventPublisher events;

    private final FilingMetrics metrics;

    FilingWriter(IdempotencyStore idempotency, Declarations declarations, CrossingStore store, CrossingAudit audit,
                 ApplicationEventPublisher events, FilingMetrics metrics) {
        this.metrics = metrics;
        this.idempotency = idempotency;
        this.declarations = declarations;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** The outcome of each filing, in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FilingOutcome> write(List<PreparedFiling> filings) {
        Map<PreparedFiling, FilingOutcome> outcomes = new IdentityHashMap<>();
        List<PreparedFiling> live = claimKeys(filings, outcomes);
        live = registerNumbers(live, outcomes);
        store(live, outcomes);
        List<FilingOutcome> ordered = new ArrayList<>(filings.size());
        for (PreparedFiling f : filings) {
            ordered.add(outcomes.get(f));
        }
        return ordered;
    }

    /** Claims the keys; repeats of earlier filings get their kept answer and go no further. */
    private List<PreparedFiling> claimKeys(List<PreparedFiling> filings, Map<PreparedFiling, FilingOutcome> outcomes) {
        Map<IdempotencyStore.ScopedKey, PreparedFiling> firstWithKey = new LinkedHashMap<>();
        List<PreparedFiling> live = new ArrayList<>(filings.size());
        for (PreparedFiling f : filings) {
            if (f.idempotencyKey() == null) {
                live.add(f);
            } else if (firstWithKey.putIfAbsent(scopedKey(f), f) == null) {
                live.add(f);
            } else {
                outcomes.put(f, new FilingOutcome.AloneAfterBatch());
            }
        }
        if (firstWithKey.isEmpty()) {
            return live;
        }
        List<IdempotencyStore.Claim> claims = new ArrayList<>(firstWithKey.size());
        firstWithKey.forEach((key, f) -> claims.add(new IdempotencyStore.Claim(key, f.actor().username(),
                f.requestHash(), f.crossing().id, f.answer(), f.crossing().filedAt)));
        Set<IdempotencyStore.ScopedKey> claimed = idempotency.claimAll(claims);
        if (claimed.size() == firstWithKey.size()) {
            return live;
        }
        List<IdempotencyStore.ScopedKey> earlier = firstWithKey.keySet().stream().filter(k -> !claimed.contains(k)).toList();
        Map<IdempotencyStore.ScopedKey, IdempotencyStore.Kept> kept = idempotency.kept(earlier);
        List<PreparedFiling> stillLive = new ArrayList<>(live.size());
        for (PreparedFiling f : live) {
            IdempotencyStore.ScopedKey key = f.idempotencyKey() == null ? null : scopedKey(f);
            if (key == null || claimed.contains(key)) {
                stillLive.add(f);
            } else if (!kept.containsKey(key)) {
                // the key's row went away between the claim and this read: the client may simply retry
                outcomes.put(f, new FilingOutcome.Refused(new ProblemException(409, "IDEMPOTENCY_KEY_IN_PROGRESS",
                        "Idempotency key in use", "Idempotency-Key " + f.idempotencyKey() + " was in use; retry the request")));
            } else {
                try {
                    outcomes.put(f, new FilingOutcome.Replayed(IdempotencyStore.replay(f.idempotencyKey(), kept.get(key),
                            f.requestHash())));
                } catch (ProblemException refused) {
                    outcomes.put(f, new FilingOutcome.Refused(refused));
                }
            }
        }
        return stillLive;
    }

    /** Keys are unique within the filer's key space, never across organisations. */
    private static IdempotencyStore.ScopedKey scopedKey(PreparedFiling f) {
        return new IdempotencyStore.ScopedKey(f.actor().principalScope(), f.idempotencyKey());
    }

    /** Registers both declaration numbers of every filing; a filing missing one keeps neither, nor its key. */
    private List<PreparedFiling> registerNumbers(List<PreparedFiling> live, Map<PreparedFiling, FilingOutcome> outcomes) {
        if (live.isEmpty()) {
            return live;
        }
        List<Declarations.Registration> registrations = new ArrayList<>(live.size() * 2);
        Set<UUID> batch = new HashSet<>();
        for (PreparedFiling f : live) {
            Crossing c = f.crossing();
            batch.add(c.id);
            for (int i = 0; i < c.declarations.size(); i++) {
                registrations.add(new Declarations.Registration(c.id, c.declarations.get(i).document(),
                        f.documentJson().get(i), f.fieldPrefix() + "declarations[" + i + "]."));
            }
        }
        Map<UUID, Declarations.Refusal> refused = declarations.registerAll(registrations);
        if (refused.isEmpty()) {
            return live;
        }
        List<PreparedFiling> stillLive = new ArrayList<>(live.size());
        List<IdempotencyStore.ScopedKey> keysBack = new ArrayList<>();
        for (PreparedFiling f : live) {
            Declarations.Refusal refusal = refused.get(f.crossing().id);
            if (refusal == null) {
                stillLive.add(f);
                continue;
            }
            // Lost to a filing of this batch, which may itself be refused: decided again once this batch is in.
            outcomes.put(f, refusal.holder() != null && batch.contains(refusal.holder())
                    ? new FilingOutcome.AloneAfterBatch() : new FilingOutcome.Refused(refusal.problem()));
            if (f.idempotencyKey() != null) {
                keysBack.add(scopedKey(f));
            }
        }
        idempotency.release(keysBack);
        return stillLive;
    }

    private void store(List<PreparedFiling> live, Map<PreparedFiling, FilingOutcome> outcomes) {
        if (live.isEmpty()) {
            return;
        }
        List<Crossing> crossings = new ArrayList<>(live.size());
        Map<UUID, List<String>> documents = new HashMap<>();
        List<AuditEntry> entries = new ArrayList<>(live.size());
        for (PreparedFiling f : live) {
            Crossing c = f.crossing();
            crossings.add(c);
            documents.put(c.id, f.documentJson());
            entries.add(CrossingAudit.entry(f.actor(), "CROSSING_FILED", c, Map.of("declarations", CrossingAudit.numbers(c))));
        }
        store.insertAll(crossings, documents);
        audit.recordAll(entries);
        for (PreparedFiling f : live) {
            Crossing c = f.crossing();
            events.publishEvent(CrossingFacts.filed(c));
            metrics.filed(c.declarations);
            outcomes.put(f, new FilingOutcome.Filed(f.answer(), f.view()));
        }
    }
}
