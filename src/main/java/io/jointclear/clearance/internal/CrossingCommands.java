package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.shared.Actor;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The web layer's entry to the workflow: adds idempotency-key handling to the module API. */
@Component
public class CrossingCommands {

    private final CrossingService service;

    CrossingCommands(CrossingService service) {
        this.service = service;
    }

    /**
     * The filing's answer as JSON text: with a key, exactly the text stored with it at the first filing.
     * A repeat counts as the same request when its body has the same bytes.
     */
    public String file(FileCrossing filing, byte[] body, Actor actor, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return service.fileAsJson(filing, actor, null, null);
        }
        return service.fileAsJson(filing, actor, idempotencyKey.strip(), sha256(body));
    }

    public CrossingView get(UUID id, Actor actor) {
        return service.get(id, actor);
    }

    public List<CrossingView> list(Actor actor, CrossingStatus status, String mxCustomsOffice, String usPort, int limit) {
        return service.list(actor, status, mxCustomsOffice, usPort, limit);
    }

    public CrossingView amend(UUID id, FileCrossing filing, Actor actor) {
        return service.amend(id, filing, actor);
    }

    public CrossingView arrive(UUID id, Instant at, Actor actor) {
        return service.arrive(id, at, actor);
    }

    public CrossingView decide(UUID id, RecordDecision decision, Actor actor) {
        return service.decide(id, decision, actor);
    }

    public CrossingView reassess(UUID id, Actor actor) {
        return service.reassess(id, actor);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
