package io.jointclear.manifest.internal;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.manifest.DodaView;
import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestCodes;
import io.jointclear.manifest.ManifestTimeliness;
import io.jointclear.manifest.ManifestView;
import io.jointclear.manifest.Manifests;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files and amends manifests for the carrier that acts, reads them for whoever may see their crossings,
 * and answers the timeliness recorded at arrival. Readers see a crossing's manifest only when they see
 * the crossing (the clearance module decides), and only the filing carrier and officials see the crew.
 */
@Service
class ManifestService implements Manifests {

    private final ManifestStore store;
    private final ManifestReferences references;
    private final DodaBuilder doda;
    private final Crossings crossings;
    private final Clock clock;
    private final AuditLog audit;

    ManifestService(ManifestStore store, ManifestReferences references, DodaBuilder doda, Crossings crossings, Clock clock,
                    AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.references = references;
        this.doda = doda;
        this.crossings = crossings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ManifestView file(FileManifest manifest, Actor actor) {
        String scac = requireCarrier(actor);
        UUID id = UUID.randomUUID();
        requireValid(manifest, scac, id, actor);
        StoredManifest stored = new StoredManifest(id, scac, actor.username(), now(), null, 1, manifest);
        try {
            store.insert(stored);
        } catch (DuplicateKeyException race) {
            throw taken();
        }
        audit(actor, "MANIFEST_FILED", stored);
        return view(stored, actor, true);
    }

    @Override
    @Transactional
    public ManifestView amend(UUID manifestId, FileManifest manifest, Actor actor) {
        String scac = requireCarrier(actor);
        StoredManifest before = store.findForUpdate(manifestId).filter(m -> m.carrier().equals(scac))
                .orElseThrow(() -> notFound(manifestId));
        for (FileManifest.Shipment s : before.body().shipments()) {
            if (references.arrived(s.crossingId(), actor) || store.arrival(s.crossingId()).isPresent()) {
                throw new ProblemException(409, ManifestCodes.MANIFEST_LOCKED_AFTER_ARRIVAL, "Manifest locked after arrival",
                        "Crossing " + s.crossingId() + " of trip " + before.body().tripNumber()
                                + " has arrived: the manifest can no longer be amended");
            }
        }
        requireValid(manifest, scac, manifestId, actor);
        StoredManifest after = new StoredManifest(manifestId, scac, before.filedBy(), before.filedAt(), now(),
                before.version() + 1, manifest);
        try {
            if (!store.update(after, before.version())) {
                throw new ProblemException(409, "CONCURRENT_MODIFICATION", "Concurrent modification",
                        "The manifest changed meanwhile; read it again");
            }
        } catch (DuplicateKeyException race) {
            throw taken();
        }
        audit(actor, "MANIFEST_AMENDED", after);
        return view(after, actor, true);
    }

    @Override
    @Transactional(readOnly = true)
    public ManifestView get(UUID manifestId, Actor actor) {
        StoredManifest m = store.find(manifestId).orElseThrow(() -> notFound(manifestId));
        if (actor.isOfficial() || actor.hasRole(Roles.CARRIER) && m.carrier().equals(actor.carrier())) {
            return view(m, actor, true);
        }
        throw notFound(manifestId);
    }

    @Override
    @Transactional(readOnly = true)
    public ManifestView forCrossing(UUID crossingId, Actor actor) {
        crossings.get(crossingId, actor);   // 404 for a crossing the reader does not see
        StoredManifest m = store.forCrossing(crossingId).orElseThrow(() -> new ProblemException(404,
                ManifestCodes.MANIFEST_NOT_FOUND, "Manifest not found", "No truck manifest carries crossing " + crossingId));
        if (actor.isOfficial() || actor.hasRole(Roles.CARRIER) && m.carrier().equals(actor.carrier())) {
            return view(m, actor, true);
        }
        if (actor.hasRole(Roles.BROKER)) {
            return brokerView(m, crossingId);
        }
        throw new ProblemException(404, ManifestCodes.MANIFEST_NOT_FOUND, "Manifest not found",
                "No truck manifest of yours carries crossing " + crossingId);
    }

    @Override
    @Transactional(readOnly = true)
    public DodaView doda(UUID crossingId, Actor actor) {
        CrossingView crossing = crossings.get(crossingId, actor);
        return doda.of(crossing, store.forCrossing(crossingId), clock.instant());
    }

    @Override
    public Optional<ManifestTimeliness> timeliness(UUID crossingId) {
        return store.arrival(crossingId);
    }

    @Override
    public Map<UUID, String> flags(Collection<UUID> crossingIds) {
        return store.flags(crossingIds);
    }

    @Override
    public Set<UUID> flagged(String flag) {
        if (!ManifestCodes.FLAGS.contains(flag)) {
            return Set.of();
        }
        return store.flagged(flag);
    }

    private void requireValid(FileManifest manifest, String scac, UUID self, Actor actor) {
        if (manifest == null) {
            throw invalid(List.of(new FieldViolation("$", ManifestCodes.REQUIRED, "a manifest object is required")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        ManifestFormats.check(manifest, scac, violations);
        references.check(manifest, self, actor, violations);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    private ManifestView view(StoredManifest m, Actor actor, boolean withCrew) {
        Map<UUID, Instant> received = store.receivedAt(m.id());
        List<ManifestTimeliness> timeliness = m.body().shipments().stream()
                .map(s -> store.arrival(s.crossingId()).orElseGet(() -> DeadlinePolicy.beforeArrival(s.crossingId(),
                        m.body().estimatedArrival() == null ? null : m.body().estimatedArrival().toInstant(),
                        received.getOrDefault(s.crossingId(), m.filedAt()), m.fastFor(s.crossingId()))))
                .toList();
        FileManifest b = m.body();
        return new ManifestView(m.id(), b.tripNumber(), m.carrier(), withCrew ? m.filedBy() : null, m.filedAt(), m.amendedAt(),
                m.version(), b.conveyance(), b.equipment(), withCrew ? b.crew() : null, crewSummary(b), b.shipments(),
                b.arrivalPort(), b.estimatedArrival(), timeliness);
    }

    /** A broker of one of the trip's crossings: the trip and that crossing's shipment, no crew personal data. */
    private ManifestView brokerView(StoredManifest m, UUID crossingId) {
        ManifestView full = view(m, null, false);
        return new ManifestView(full.id(), full.tripNumber(), full.carrier(), null, full.filedAt(), full.amendedAt(),
                full.version(), full.conveyance(), full.equipment(), null, full.crewSummary(),
                full.shipments().stream().filter(s -> crossingId.equals(s.crossingId())).toList(), full.arrivalPort(),
                full.estimatedArrival(), full.timeliness().stream().filter(t -> crossingId.equals(t.crossingId())).toList());
    }

    private static ManifestView.CrewSummary crewSummary(FileManifest b) {
        return new ManifestView.CrewSummary(b.crew().size(), !b.crew().isEmpty()
                && b.crew().stream().allMatch(c -> c != null && c.fastCard() != null && !c.fastCard().isBlank()));
    }

    /** In the transaction of the change: the trip, its crossings and SCNs, the version. */
    private void audit(Actor actor, String action, StoredManifest m) {
        audit.append(new AuditEntry(actor.username(), action, "MANIFEST", m.id().toString(), Authority.US, new java.util.TreeMap<>(Map.of(
                "tripNumber", m.body().tripNumber(), "version", String.valueOf(m.version()),
                "crossings", m.body().shipments().stream().map(s -> s.crossingId() + " " + s.scn()).toList().toString()))));
    }

    /** As PostgreSQL keeps it (microseconds): the answer and a later read show the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String requireCarrier(Actor actor) {
        if (!actor.hasRole(Roles.CARRIER) || actor.carrier() == null) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only a carrier files and amends its truck manifests");
        }
        return actor.carrier();
    }

    private static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(422, ManifestCodes.INVALID_MANIFEST, "Invalid manifest",
                violations.size() + " rule(s) violated; nothing was stored", violations);
    }

    private static ProblemException taken() {
        return new ProblemException(409, ManifestCodes.ALREADY_MANIFESTED, "Already manifested",
                "The trip number, an SCN or a crossing was manifested by another request meanwhile; nothing was stored");
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, ManifestCodes.MANIFEST_NOT_FOUND, "Manifest not found", "No manifest " + id);
    }
}
