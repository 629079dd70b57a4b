package io.jointclear.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableAdviceTest {

    private final DatabaseUnavailableAdvice advice = new DatabaseUnavailableAdvice();

    @Test
    void aPoolThatCannotGetAConnectionIsARetryable503Problem() {
        ResponseEntity<ProblemDetail> answer = advice.onDatabaseUnavailable(new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("jointclear-embedded - Connection is not available")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE");
    }

    @Test
    void aRollbackThatFailedOnADeadConnectionIsTheSameOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed", "08003"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("I/O error"));

        assertThat(advice.onTransactionSystem(rollbackFailed).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anyOtherTransactionFailureStaysAnInternalError() {
        TransactionSystemException other = new TransactionSystemException("commit failed",
                new SQLException("serialization", "40001"));

        ResponseEntity<ProblemDetail> answer = advice.onTransactionSystem(other);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
    }
}
