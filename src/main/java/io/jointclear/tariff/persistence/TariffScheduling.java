package io.jointclear.tariff.persistence;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the periodic measure refresh (harmless if another module enables scheduling too). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TariffScheduling {
}
