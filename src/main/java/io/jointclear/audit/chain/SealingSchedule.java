package io.jointclear.audit.chain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sealer runs on Spring's scheduler; enabling it twice elsewhere is harmless. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SealingSchedule {
}
