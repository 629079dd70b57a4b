package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The web layer's entry to the workflow: adds idempotency-key handling to the module API. */
@Component
public class CrossingCommands {

    private final CrossingService service;
    private final JsonMapper json;

    CrossingCommands(CrossingService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    /** The filing's answer as JSON text: with a key, exactly the text stored with it at the first filing. */
    public String file(FileCrossing filing, Actor actor, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return service.fileAsJson(filing, actor, null, null);
        }
        return service.fileAsJson(filing, actor, idempotencyKey.strip(), hash(filing));
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

    /** SHA-256 of the request as parsed, so formatting differences do not count as another body. */
    private String hash(FileCrossing filing) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(filing).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
