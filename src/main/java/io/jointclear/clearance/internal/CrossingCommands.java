package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.shared.Actor;
import io.jointclear.shared.IdempotencyKeys;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
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
    public FilingAnswer file(FileCrossing filing, byte[] body, Actor actor, String idempotencyKey) {
        String key = IdempotencyKeys.normalise(idempotencyKey);
        CrossingService.Filed filed = key == null
                ? service.fileAsJson(filing, actor, null, null)
                : service.fileAsJson(filing, actor, key, sha256(body));
        return new FilingAnswer(filed.json(), filed.replayed());
    }

    /** A filing's answer as JSON text; {@code replayed} when it is the kept answer to an earlier request with the key. */
    public record FilingAnswer(String json, boolean replayed) {
    }

    /** The most filings one batch may carry: a validation file of SAAI or an ABI transmission is of this order. */
    public static final int MAX_BATCH = 100;

    /**
     * One filing of a batch as the web layer read it: the crossing, or why it could not be read.
     *
     * @param bytes the exact bytes of the crossing in the request, which its idempotency key protects
     */
    public record BatchFiling(FileCrossing filing, String idempotencyKey, byte[] bytes, ProblemException unreadable) {
    }

    /** One filing's result: 201 with the answer, 200 with the first answer to a repeat, or a problem. */
    public record BatchAnswer(int status, String answer, ProblemException problem) {
    }

    /** Files every readable filing of the batch in one transaction; the others keep their problem. */
    public List<BatchAnswer> fileBatch(List<BatchFiling> filings, Actor actor) {
        List<CrossingService.BatchItem> readable = new ArrayList<>(filings.size());
        List<BatchFiling> checked = new ArrayList<>(filings.size());
        for (int i = 0; i < filings.size(); i++) {
            BatchFiling f = filings.get(i);
            if (f.unreadable() == null) {
                try {
                    String key = IdempotencyKeys.normalise(f.idempotencyKey());
                    readable.add(new CrossingService.BatchItem(f.filing(), key, key == null ? null : sha256(f.bytes()), i));
                } catch (ProblemException badKey) {
                    f = new BatchFiling(null, f.idempotencyKey(), null, badKey.atField("crossings[" + i + "].idempotencyKey"));
                }
            }
            checked.add(f);
        }
        List<CrossingService.BatchResult> results = service.fileBatch(readable, actor);
        List<BatchAnswer> answers = new ArrayList<>(filings.size());
        int next = 0;
        for (BatchFiling f : checked) {
            if (f.unreadable() != null) {
                answers.add(new BatchAnswer(f.unreadable().status(), null, f.unreadable()));
            } else {
                CrossingService.BatchResult r = results.get(next++);
                answers.add(new BatchAnswer(r.status(), r.answer(), r.problem()));
            }
        }
        return answers;
    }

    public CrossingView get(UUID id, Actor actor) {
        return service.get(id, actor);
    }

    public List<CrossingView> list(Actor actor, CrossingStatus status, String mxCustomsOffice, String usPort, int limit) {
        return service.list(actor, status, mxCustomsOffice, usPort, limit);
    }

    public io.jointclear.clearance.CrossingPage search(Actor actor, io.jointclear.clearance.CrossingFilter filter,
                                                       io.jointclear.clearance.CrossingSort sort, boolean descending,
                                                       int page, int size) {
        return service.search(actor, filter, sort, descending, page, size);
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
