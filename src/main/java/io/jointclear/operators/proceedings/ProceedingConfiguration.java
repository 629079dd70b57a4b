package io.jointclear.operators.proceedings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The proceedings' terms over the platform's calendar of Mexican business days. */
@Configuration
class ProceedingConfiguration {

    @Bean
    ProceedingTerms proceedingTerms() {
        // TEMPORARY until io.jointclear.reference.LegalCalendar is on main
        return ProceedingTerms.shipped(new io.jointclear.reference.fx.MexicanBankingCalendar()::isBankingDay);
    }
}
