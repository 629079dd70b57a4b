package io.jointclear.audit.chain;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The sealer runs on Spring's scheduler (enabling it twice elsewhere is harmless), and once at
 * start, so that the one-time upgrade of an unkeyed chain happens, or fails, before the platform
 * reports itself started.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SealingSchedule {

    @Bean
    ApplicationRunner sealAtStart(ChainSealer sealer) {
        return arguments -> sealer.sealNow();
    }
}
