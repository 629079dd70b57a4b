package io.jointclear.reference.calendar;

import io.jointclear.reference.LegalCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link LegalCalendar} of the platform, with the non-working days each authority declares every
 * year (Mexico: RMF rule 2.1.6 and the SAT's general holidays; US: presidential closures) from
 * {@code jointclear.calendar.*}, ISO dates separated by commas.
 */
@Configuration(proxyBeanMethods = false)
class LegalCalendarConfiguration {

    @Bean
    LegalCalendar legalCalendar(@Value("${jointclear.calendar.mx-non-working-days:}") List<String> mx,
                                @Value("${jointclear.calendar.us-non-working-days:}") List<String> us) {
        return new LegalCalendar(dates(mx, "mx-non-working-days"), dates(us, "us-non-working-days"));
    }

    private static List<LocalDate> dates(List<String> values, String property) {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("jointclear.calendar." + property + ": '" + v + "' is not an ISO date (yyyy-MM-dd)", e);
            }
        }).toList();
    }
}
