package io.jointclear.operators.proceedings;

import io.jointclear.reference.LegalCalendar;
import io.jointclear.shared.Authority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The proceedings' terms over the platform's one calendar of Mexican días hábiles (CFF art. 12). */
@Configuration(proxyBeanMethods = false)
class ProceedingConfiguration {

    @Bean
    ProceedingTerms proceedingTerms(LegalCalendar calendar) {
        return ProceedingTerms.shipped(day -> calendar.isBusinessDay(Authority.MX, day));
    }
}
