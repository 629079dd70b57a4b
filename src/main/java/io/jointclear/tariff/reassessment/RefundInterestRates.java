package io.jointclear.tariff.reassessment;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly interest rates on refunds (19 U.S.C. 1505(c)), as an administrator loaded them from
 * the published notice. A quarter without a row has no rate: interest over it is not computed.
 */
@Service
public class RefundInterestRates {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog auditLog;

    RefundInterestRates(JdbcClient jdbc, Clock clock, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** A rate in percent per annum for the quarter starting on {@code quarterStart}. */
    public record Rate(LocalDate quarterStart, BigDecimal rate, String legalBasis, String source, String loadedBy,
                       OffsetDateTime loadedAt) {
    }

    public List<Rate> list() {
        return jdbc.sql("select quarter_start, rate, legal_basis, source, loaded_by, loaded_at"
                        + " from tariff.refund_interest_rate order by quarter_start")
                .query((rs, n) -> new Rate(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** Every loaded rate by quarter start. */
    public NavigableMap<LocalDate, BigDecimal> table() {
        NavigableMap<LocalDate, BigDecimal> table = new TreeMap<>();
        list().forEach(r -> table.put(r.quarterStart(), r.rate()));
        return table;
    }

    /** Loads (or corrects) the rate of a quarter; the change is audited. */
    @Transactional
    public Rate load(LocalDate quarterStart, BigDecimal rate, String legalBasis, String source, String actor) {
        check(quarterStart, rate, legalBasis, source);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into tariff.refund_interest_rate (quarter_start, rate, legal_basis, source, loaded_by, loaded_at)"
                        + " values (:q, :rate, :basis, :source, :actor, :at)"
                        + " on conflict (quarter_start) do update set rate = excluded.rate, legal_basis = excluded.legal_basis,"
                        + " source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at")
                .param("q", quarterStart).param("rate", rate).param("basis", legalBasis).param("source", source)
                .param("actor", actor).param("at", now).update();
        auditLog.append(AuditEntry.of(actor, "REFUND_INTEREST_RATE_LOADED", "REFUND_INTEREST_RATE",
                quarterStart.toString(), io.jointclear.shared.Authority.US,
                Map.of("rate", rate.toPlainString(), "legalBasis", legalBasis, "source", source)));
        return new Rate(quarterStart, rate, legalBasis, source, actor, now);
    }

    private static void check(LocalDate quarterStart, BigDecimal rate, String legalBasis, String source) {
        List<FieldViolation> v = new ArrayList<>();
        if (quarterStart == null) {
            v.add(new FieldViolation("quarterStart", "REQUIRED", "quarterStart is required"));
        } else if (quarterStart.getDayOfMonth() != 1 || (quarterStart.getMonthValue() - 1) % 3 != 0) {
            v.add(new FieldViolation("quarterStart", "NOT_A_QUARTER", "a quarter starts on 1 Jan, 1 Apr, 1 Jul or 1 Oct"));
        } else if (quarterStart.getYear() < 2000 || quarterStart.getYear() > 2100) {
            v.add(new FieldViolation("quarterStart", "OUT_OF_RANGE", "year must be between 2000 and 2100"));
        }
        if (rate == null) {
            v.add(new FieldViolation("rate", "REQUIRED", "rate (percent per annum) is required"));
        } else if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            v.add(new FieldViolation("rate", "OUT_OF_RANGE", "rate is a percent per annum from 0 to below 100"));
        } else if (rate.stripTrailingZeros().scale() > 3) {
            v.add(new FieldViolation("rate", "TOO_MANY_DECIMALS", "rate has at most 3 decimals"));
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            v.add(new FieldViolation("legalBasis", "REQUIRED", "the notice that publishes the rate is required"));
        }
        if (source == null || source.isBlank()) {
            v.add(new FieldViolation("source", "REQUIRED", "where the rate was read is required"));
        }
        if (!v.isEmpty()) {
            throw new ProblemException(400, "INVALID_INTEREST_RATE", "Invalid interest rate",
                    v.size() + " field(s) are missing or invalid", v);
        }
    }
}
