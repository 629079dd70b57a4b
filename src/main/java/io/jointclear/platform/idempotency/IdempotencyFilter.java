package io.jointclear.platform.idempotency;

import io.jointclear.platform.security.CurrentActor;
import io.jointclear.platform.web.ProblemResponses;
import io.jointclear.shared.Actor;
import io.jointclear.shared.IdempotencyKeys;
import io.jointclear.shared.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * {@code Idempotency-Key} on every state-changing API request (POST, PUT, PATCH, DELETE under
 * {@code /api/}) but filing, which keeps its own keys with the crossing.
 *
 * <p>The first request with a key runs inside one transaction that the services' own transactions
 * join: the key is claimed first, the handler runs, and a successful (2xx) answer — status, content
 * type, Location and body — is stored under the key before that transaction commits, so a change and
 * its key commit together or not at all. A refused request (any other status) rolls back and leaves
 * its key free for a corrected one. A repeat in the same key space with the same method, path, query
 * and body gets the stored answer byte for byte, marked {@code Idempotent-Replayed: true}; the same
 * key with another request is a 422 {@code IDEMPOTENCY_KEY_REUSED}. A concurrent duplicate waits on
 * the key's row until the first request's transaction ends, then replays its answer.
 *
 * <p>Runs after Spring Security (lowest precedence), so the key space is the authenticated actor's
 * {@link Actor#principalScope()}.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    /**
     * Paths whose handlers keep their keys themselves (POST only): single and batch filing, and courier
     * manifests (streamed bodies of up to 100,000 consignments, hashed as they are read, keyed with the manifest).
     */
    static final Set<String> OWN_KEYS = Set.of("/api/v1/crossings", "/api/v1/crossings/batch", "/api/v1/courier/manifests");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final IdempotentAnswers answers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBodyBytes;

    IdempotencyFilter(IdempotentAnswers answers, PlatformTransactionManager transactions, Clock clock,
                      @Value("${jointclear.idempotency.max-body-size:16MB}") DataSize maxBodySize) {
        this.answers = answers;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (request.getHeader(IdempotencyKeys.HEADER) == null || !WRITES.contains(request.getMethod())) {
            return true;
        }
        String path = path(request);
        return !path.startsWith("/api/") || "POST".equals(request.getMethod()) && OWN_KEYS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key;
        try {
            key = IdempotencyKeys.normalise(request.getHeader(IdempotencyKeys.HEADER));
        } catch (ProblemException refused) {
            writeProblem(request, response, refused);
            return;
        }
        Optional<Actor> actor = CurrentActor.get();
        if (key == null || actor.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = readBody(request);
        } catch (ProblemException refused) {
            writeProblem(request, response, refused);
            return;
        }
        Keyed keyed = new Keyed(actor.get().principalScope(), key, actor.get().username(), requestHash(request, body));
        answer(keyed, new CachedBodyRequest(request, body), response, chain);
    }

    /** Runs the request once under its key, or replays the answer kept under it. */
    private void answer(Keyed keyed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        IdempotentAnswers.Kept kept;
        try {
            kept = transactions.execute(tx -> {
                if (!answers.claim(keyed.scope(), keyed.key(), keyed.principal(), keyed.requestHash(), clock.instant())) {
                    return answers.find(keyed.scope(), keyed.key()).orElseThrow(() -> inProgress(keyed.key()));
                }
                run(chain, request, capture);
                if (isSuccess(capture.getStatus())) {
                    answers.complete(keyed.scope(), keyed.key(), capture.getStatus(), capture.getContentType(),
                            capture.getHeader(HttpHeaders.LOCATION), capture.getContentAsByteArray());
                } else {
                    tx.setRollbackOnly();
                }
                return null;
            });
        } catch (HandlerFailure failure) {
            failure.rethrow();
            return;
        } catch (ProblemException refused) {
            writeProblem(request, response, refused);
            return;
        }
        if (kept == null) {
            capture.copyBodyToResponse();
        } else if (!kept.requestHash().equals(keyed.requestHash())) {
            writeProblem(request, response, IdempotencyKeys.reused(keyed.key()));
        } else {
            replay(response, kept);
        }
    }

    /** A request's key in its key space, with what the key protects. */
    private record Keyed(String scope, String key, String principal, String requestHash) {
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new HandlerFailure(e);
        }
    }

    /** A checked exception of the rest of the chain, carried through the transaction callback (which rolls back). */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }

    private static void replay(HttpServletResponse response, IdempotentAnswers.Kept kept) throws IOException {
        response.setStatus(kept.status());
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        response.setHeader(IdempotencyKeys.REPLAYED_HEADER, "true");
        byte[] body = kept.body() == null ? new byte[0] : kept.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The body, read whole: it is hashed before the handler reads it. */
    private byte[] readBody(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        try {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, "REQUEST_TOO_LARGE", "Request too large",
                "A request with an Idempotency-Key carries at most " + maxBodyBytes + " bytes");
    }

    private static ProblemException inProgress(String key) {
        return new ProblemException(409, "IDEMPOTENCY_KEY_IN_PROGRESS", "Idempotency key in use",
                "A request with Idempotency-Key " + key + " is still being processed; retry it later");
    }

    /** SHA-256 of method, path, query and body: what makes two requests the same request. */
    private static String requestHash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            sha.update((request.getMethod() + ' ' + path(request) + '?' + query + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, ProblemException e)
            throws IOException {
        ProblemResponses.write(request, response, ProblemResponses.problem(e.status(), e.code(), e.title(), e.getMessage(), e.violations()));
    }
}
