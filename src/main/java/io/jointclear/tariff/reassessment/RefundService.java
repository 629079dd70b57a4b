package io.jointclear.tariff.reassessment;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.StoredDeclarations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * IEEPA refunds of entries sent by the caller or stored on the platform, with interest where the
 * administrator loaded every quarterly rate it needs.
 */
@Service
public class RefundService {

    static final String BASIS = "19 U.S.C. 1505(c); rates of 26 U.S.C. 6621 as loaded by an administrator";
    /** The longest period a stored-entries report covers: the whole IEEPA period fits. */
    static final int MAX_PERIOD_DAYS = 800;
    /** One report is one JSON answer: beyond this, the caller narrows the period or names the importer. */
    static final long MAX_STORED_ENTRIES = 100_000;

    private final IeepaRefunds refunds;
    private final RefundInterestRates rates;
    private final StoredDeclarations stored;
    private final Clock clock;
    private final MessageSource messages;

    RefundService(IeepaRefunds refunds, RefundInterestRates rates, StoredDeclarations stored, Clock clock,
                  MessageSource messages) {
        this.refunds = refunds;
        this.rates = rates;
        this.stored = stored;
        this.clock = clock;
        this.messages = messages;
    }

    /** The refunds of the entries of a request, in their order. */
    public RefundReport ofEntries(List<AssessmentRequest> entries) {
        IeepaRefunds.checkBatch(entries);
        List<Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new Row(refunds.refund(i, entries.get(i)), null));
        }
        return report(rows);
    }

    /** The refunds of the stored US entries of a period the actor may see (brokers: their agency's). */
    public RefundReport ofStored(LocalDate from, LocalDate to, String importer, Actor actor) {
        requireReader(actor);
        checkPeriod(from, to);
        StoredDeclarations.Query query = new StoredDeclarations.Query(Authority.US, from, to, blankToNull(importer), actor);
        long n = stored.count(query);
        if (n > MAX_STORED_ENTRIES) {
            throw new ProblemException(422, "TOO_MANY_ENTRIES", "Too many entries", n + " stored entries match; at most "
                    + MAX_STORED_ENTRIES + " per report: narrow the period or name the importer",
                    List.of(new FieldViolation("to", "TOO_MANY_ENTRIES", "at most " + MAX_STORED_ENTRIES + " entries")));
        }
        List<StoredDeclarations.Stored> entries = new ArrayList<>();
        stored.stream(query, entries::add);
        // the cursor streams in storage order: the report reads by date, then entry number
        entries.sort(java.util.Comparator.comparing((StoredDeclarations.Stored s) -> s.request().date(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(StoredDeclarations.Stored::number));
        List<Row> rows = new ArrayList<>(entries.size());
        for (StoredDeclarations.Stored s : entries) {
            rows.add(new Row(refunds.refund(rows.size(), s.request()), s));
        }
        return report(rows);
    }

    /** Brokers (their agency's entries), analysts, auditors and administrators (all). */
    public static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(Roles.BROKER, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden",
                    "IEEPA refunds of stored entries are for brokers (their agency's), analysts, auditors and administrators");
        }
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        List<FieldViolation> v = new ArrayList<>();
        if (from == null) {
            v.add(new FieldViolation("from", "REQUIRED", "from (YYYY-MM-DD) is required"));
        }
        if (to == null) {
            v.add(new FieldViolation("to", "REQUIRED", "to (YYYY-MM-DD) is required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            v.add(new FieldViolation("to", "INVALID_PERIOD", "to is before from"));
        } else if (from != null && to != null && from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            v.add(new FieldViolation("to", "PERIOD_TOO_LONG", "a period covers at most " + MAX_PERIOD_DAYS + " days"));
        }
        if (!v.isEmpty()) {
            throw new ProblemException(400, "INVALID_PERIOD", "Invalid period", v.size() + " parameter(s) invalid", v);
        }
    }

    private record Row(IeepaRefunds.EntryRefund refund, StoredDeclarations.Stored stored) {
    }

    private RefundReport report(List<Row> rows) {
        LocalDate asOf = LocalDate.now(clock);
        NavigableMap<LocalDate, BigDecimal> table = rates.table();
        LocalDate earliest = rows.stream().map(Row::refund).filter(r -> r.assessed() && r.refundable().signum() > 0)
                .map(IeepaRefunds.EntryRefund::date).min(LocalDate::compareTo).orElse(null);
        List<LocalDate> missing = earliest == null ? List.of() : RefundInterest.missing(earliest, asOf, table);
        boolean withInterest = missing.isEmpty();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal refundable = BigDecimal.ZERO;
        BigDecimal interest = BigDecimal.ZERO;
        int problems = 0;
        List<RefundReport.Entry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            IeepaRefunds.EntryRefund r = row.refund();
            UUID crossing = row.stored() == null ? null : row.stored().crossingId();
            String number = row.stored() == null ? null : row.stored().number();
            String importer = row.stored() == null ? null : row.stored().importer();
            if (!r.assessed()) {
                problems++;
                entries.add(new RefundReport.Entry(r.index(), null, null, null, "USD", r.date(), null, crossing, number,
                        importer, RefundReport.EntryProblem.of(r.problem())));
                continue;
            }
            BigDecimal i = withInterest ? RefundInterest.of(r.refundable(), r.date(), asOf, table).amount() : null;
            paid = paid.add(r.ieepaPaid());
            refundable = refundable.add(r.refundable());
            interest = i == null ? interest : interest.add(i);
            entries.add(new RefundReport.Entry(r.index(), RefundReport.amount(r.ieepaPaid()),
                    RefundReport.amount(r.refundable()), r.headings(), "USD", r.date(), RefundReport.amount(i), crossing,
                    number, importer, null));
        }
        RefundReport.Total total = new RefundReport.Total(RefundReport.amount(paid), RefundReport.amount(refundable),
                withInterest ? RefundReport.amount(interest) : null, "USD", rows.size(), problems);
        String note = messages.getMessage(withInterest ? "refund.interest.computed" : "refund.interest.missing",
                new Object[] {asOf, missing}, LocaleContextHolder.getLocale());
        return new RefundReport(List.copyOf(entries), total,
                new RefundReport.Interest(withInterest, asOf, missing, BASIS, note));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
