package io.jointclear.tariff.reassessment;

import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.Assessments;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureBook;
import io.jointclear.tariff.domain.MeasureSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * IEEPA refunds (brief §4.6): each US entry is assessed under the law in force on its date, and the
 * IEEPA duties it owed are what is refundable when the entry is dated before collection ended
 * (12:01 a.m. EST 24 Feb 2026, CBP CSMS #67834313, after Learning Resources v. Trump). Entries of the
 * same batch are independent: one that cannot be assessed carries its problem; the others are answered.
 * See docs/assessment.md, "IEEPA refunds", for the basis and its limits.
 */
@Service
public class IeepaRefunds {

    /** IEEPA duties exist from 2025 on: an earlier date is outside what this computes. */
    public static final LocalDate PERIOD_START = LocalDate.of(2025, 1, 1);
    /** The first day on which CBP no longer collected IEEPA duties. */
    public static final LocalDate COLLECTION_ENDED = LocalDate.of(2026, 2, 24);
    public static final int MAX_ENTRIES = 10_000;
    static final String IEEPA = "IEEPA";

    private final Assessments assessments;
    private final MeasureSource measures;

    IeepaRefunds(Assessments assessments, MeasureSource measures) {
        this.assessments = assessments;
        this.measures = measures;
    }

    /** The refund of one entry, or the problem that kept it from being assessed. */
    public record EntryRefund(int index, BigDecimal ieepaPaid, BigDecimal refundable, List<String> headings,
                              LocalDate date, ProblemException problem) {
        public boolean assessed() {
            return problem == null;
        }
    }

    /**
     * Refuses the batch as a whole only for what concerns all of it: no entries, too many, or an entry
     * of another authority (mixed authorities); anything else is the entry's own problem.
     */
    public static void checkBatch(List<AssessmentRequest> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new ProblemException(400, "REQUIRED", "Entries required", "at least one entry is required",
                    List.of(new FieldViolation("entries", "REQUIRED", "at least one entry is required")));
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new ProblemException(413, "TOO_MANY_ENTRIES", "Too many entries",
                    entries.size() + " entries; at most " + MAX_ENTRIES + " per request",
                    List.of(new FieldViolation("entries", "TOO_MANY_ENTRIES", "at most " + MAX_ENTRIES + " entries")));
        }
        List<FieldViolation> foreign = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AssessmentRequest e = entries.get(i);
            if (e != null && e.authority() != null && e.authority() != Authority.US) {
                foreign.add(new FieldViolation("entries[" + i + "].authority", "MIXED_AUTHORITIES",
                        "IEEPA refunds concern US entries; this one is " + e.authority()));
            }
        }
        if (!foreign.isEmpty()) {
            throw new ProblemException(422, "MIXED_AUTHORITIES", "Mixed authorities",
                    foreign.size() + " entr(ies) are not US entries; nothing was computed", foreign);
        }
    }

    public EntryRefund refund(int index, AssessmentRequest entry) {
        if (entry != null && entry.date() != null && entry.date().isBefore(PERIOD_START)) {
            return new EntryRefund(index, null, null, List.of(), entry.date(), new ProblemException(422,
                    "DATE_OUTSIDE_REFUND_PERIOD", "Date outside the refund period", "IEEPA duties were first imposed in 2025; "
                    + entry.date() + " is before " + PERIOD_START,
                    List.of(new FieldViolation("date", "DATE_OUTSIDE_REFUND_PERIOD", "before " + PERIOD_START))));
        }
        Assessment a;
        try {
            a = assessments.assess(entry);
        } catch (ProblemException e) {
            return new EntryRefund(index, null, null, List.of(), entry == null ? null : entry.date(), e);
        }
        BigDecimal paid = a.totalOf(IEEPA).setScale(2, RoundingMode.HALF_UP);
        BigDecimal refundable = a.date().isBefore(COLLECTION_ENDED) ? paid : BigDecimal.ZERO.setScale(2);
        return new EntryRefund(index, paid, refundable, headings(a), a.date(), null);
    }

    /** The chapter-99 headings of the IEEPA measures that charged an amount, in line order. */
    private List<String> headings(Assessment a) {
        Map<String, String> headingOf = headingIndex(measures.current());
        Set<String> out = new LinkedHashSet<>();
        for (Assessment.Line line : a.lines()) {
            for (Assessment.Tax t : line.taxes()) {
                if (IEEPA.equals(t.code()) && t.amount().signum() > 0) {
                    String h = headingOf.get(t.ruleId() + '#' + t.ruleVersion());
                    out.add(h == null || h.isBlank() ? t.ruleId() : h);
                }
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> headingIndex(MeasureBook book) {
        Map<String, String> index = new HashMap<>();
        for (Measure m : book.of(Authority.US, IEEPA)) {
            index.put(m.ruleId() + '#' + m.ruleVersion(), m.heading());
        }
        return index;
    }
}
