package io.jointclear.enforcement.cases;

import io.jointclear.reference.LegalCalendar;
import io.jointclear.shared.Authority;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The legal terms of table {@code enforcement.legal_term}, counted on the platform's {@link LegalCalendar}:
 * business days from the day after the act, calendar days and months rolled to the next business day when
 * the last one is not (CFF art. 12; 19 CFR 101.1). Read once: the terms change with the law, by migration.
 */
@Component
class LegalTerms implements Terms {

    private final LegalCalendar calendar;
    private final JdbcTemplate jdbc;
    private volatile List<LegalTerm> terms;

    LegalTerms(LegalCalendar calendar, JdbcTemplate jdbc) {
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    private List<LegalTerm> terms() {
        List<LegalTerm> loaded = terms;
        if (loaded == null) {
            loaded = jdbc.query("SELECT code, procedures, starts_with, length, unit, calendar, bounds, legal_source FROM enforcement.legal_term",
                    (rs, n) -> new LegalTerm(rs.getString(1), enums((String[]) rs.getArray(2).getArray(), Procedure.class),
                            StepKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
                            enums((String[]) rs.getArray(7).getArray(), StepKind.class), rs.getString(8)));
            terms = loaded;
        }
        return loaded;
    }

    private static <E extends Enum<E>> List<E> enums(String[] names, Class<E> type) {
        return Arrays.stream(names).map(n -> Enum.valueOf(type, n)).toList();
    }

    @Override
    public List<LegalTerm> startedBy(Procedure procedure, StepKind step) {
        return terms().stream().filter(t -> t.procedures().contains(procedure) && t.startsWith() == step).toList();
    }

    @Override
    public List<LegalTerm> bounding(Procedure procedure, StepKind step) {
        return terms().stream().filter(t -> t.procedures().contains(procedure) && t.bounds().contains(step)).toList();
    }

    @Override
    public LocalDate lastDay(LegalTerm term, LocalDate start) {
        Authority country = Authority.valueOf(term.calendar());
        return switch (term.unit()) {
            case "BUSINESS_DAYS" -> calendar.plusBusinessDays(country, start, term.length());
            case "CALENDAR_DAYS" -> calendar.plusCalendarDays(country, start, term.length());
            case "MONTHS" -> {
                // CFF art. 12: a term in months ends on the same day of the later month (the last day when it has none)
                LocalDate end = start.plusMonths(term.length());
                yield calendar.isBusinessDay(country, end) ? end : calendar.nextBusinessDay(country, end);
            }
            default -> throw new IllegalStateException("unknown term unit " + term.unit());
        };
    }
}
