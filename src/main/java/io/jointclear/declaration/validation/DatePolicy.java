package io.jointclear.declaration.validation;

import io.jointclear.shared.FieldViolation;
import java.time.LocalDate;
import java.util.List;

/**
 * The governing date must be plausible: not before 1 July 2020 (USMCA in force, start of the
 * platform's reference data) and not more than 90 days ahead — brokers pre-file, but not for next year.
 */
final class DatePolicy implements DeclarationPolicy {

    static final LocalDate EARLIEST = LocalDate.of(2020, 7, 1);
    static final int MAX_DAYS_AHEAD = 90;

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        LocalDate date = filing.document().date();
        Violations v = new Violations();
        if (date == null) {
            return v.list();
        }
        if (date.isBefore(EARLIEST)) {
            v.add("date", "IMPLAUSIBLE_DATE", "The date " + date + " is before " + EARLIEST + ", the start of the data this platform holds");
        } else if (date.isAfter(filing.today().plusDays(MAX_DAYS_AHEAD))) {
            v.add("date", "IMPLAUSIBLE_DATE", "The date " + date + " is more than " + MAX_DAYS_AHEAD + " days after today (" + filing.today() + ")");
        }
        return v.list();
    }
}
