package io.jointclear.demo;

import io.jointclear.clearance.Crossings;
import io.jointclear.inspection.Inspections;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.UserDirectory;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** The simulator and its movable clock: demo profile only, and never in tests (profile {@code test}). */
@Configuration(proxyBeanMethods = false)
@Profile("demo & !test")
@ConditionalOnProperty(name = "jointclear.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.systemUTC());
    }

    @Bean
    TrafficSimulator trafficSimulator(Crossings crossings, Inspections inspections, CodeLists codeLists, DemoClock clock,
                                      DemoProperties properties, UserDirectory users,
                                      io.jointclear.manifest.Manifests manifests, io.jointclear.shared.ClusterJobs jobs) {
        return new TrafficSimulator(crossings, inspections, clock, properties, codeLists, users, manifests, jobs);
    }

    /** DEMO: a maquiladora importing inputs and returning finished goods through the joint crossings (issue 12). */
    @Bean
    DemoMaquiladora demoMaquiladora(io.jointclear.immex.Immex immex, Crossings crossings, Inspections inspections) {
        return new DemoMaquiladora(immex, crossings, inspections);
    }

    /** Courier manifests at the main crossings, a share of their parcels irregular (issue 15 item 5). */
    @Bean
    DemoCouriers demoCouriers(io.jointclear.courier.CourierFilings filings, io.jointclear.courier.CourierOverview overview,
                              UserDirectory users, DemoProperties properties, tools.jackson.databind.json.JsonMapper json,
                              io.jointclear.shared.ClusterJobs jobs) {
        return new DemoCouriers(filings, overview, users, properties, json, jobs);
    }

    /** DEMO: a PAMA from a fuel crossing (MX-4) run from the embargo to the resolution (issue 14 item 6). */
    @Bean
    DemoEnforcement demoEnforcement(io.jointclear.enforcement.cases.CaseService cases,
                                    io.jointclear.enforcement.evidence.EvidenceService evidence,
                                    io.jointclear.enforcement.evidence.Custody custody, UserDirectory users,
                                    org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new DemoEnforcement(cases, evidence, custody, users, jdbc);
    }
}
