package io.jointclear.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A database that cannot be reached (down, restarting after a crash, pool exhausted) is a 503
 * problem the client may retry — with the same Idempotency-Key, so a filing whose answer was lost
 * is stored once — not a 500. Ahead of {@link ProblemHandler}'s catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    static final String CODE = "DATABASE_UNAVAILABLE";
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> onDatabaseUnavailable(Exception e) {
        return unavailable(e);
    }

    /**
     * A rollback that fails because the connection died hides the original error behind this
     * exception; it is the same outage. Any other transaction failure stays an internal error.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> onTransactionSystem(TransactionSystemException e) {
        if (connectionLost(e)) {
            return unavailable(e);
        }
        log.error("Unexpected error", e);
        return ResponseEntity.status(500).body(ProblemResponses.problem(500, "INTERNAL_ERROR", "Internal error",
                "The request could not be completed; it has been logged.", List.of()));
    }

    static boolean connectionLost(TransactionSystemException e) {
        return connectionLost(e.getApplicationException()) || connectionLost(e.getCause());
    }

    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    // SQLSTATE class 08: connection exception
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail body = ProblemResponses.problem(503, CODE, "Service unavailable",
                "The database is unavailable; retry shortly (with the same Idempotency-Key for a filing).", List.of());
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(body);
    }
}
