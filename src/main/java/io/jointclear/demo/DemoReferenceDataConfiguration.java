package io.jointclear.demo;

import io.jointclear.reference.ReferenceImports;
import io.jointclear.tariff.DemoMeasures;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demonstration rates (origin and source DEMO): with the demo profile only — never without it. Tests
 * that run the demo profile for its users switch them off ({@code jointclear.demo.reference-data=false}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "jointclear.demo.reference-data", havingValue = "true", matchIfMissing = true)
class DemoReferenceDataConfiguration {

    @Bean
    DemoReferenceData demoReferenceData(ReferenceImports imports, DemoMeasures measures, Clock clock,
                                        io.jointclear.shared.ClusterJobs jobs) {
        return new DemoReferenceData(imports, measures, clock, jobs);
    }
}
