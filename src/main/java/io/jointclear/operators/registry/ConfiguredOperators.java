package io.jointclear.operators.registry;

import io.jointclear.audit.AuditEntry;
import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.shared.Actor;
import io.jointclear.shared.UserDirectory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In every profile, before the server takes requests: the agencies brokers act for (with their patentes
 * and filer codes), the carriers and the courier companies of the configuration are in the registry,
 * ACTIVE, whatever was stored before. Only what is missing is added (source "configuration"), so an
 * authorisation suspended or cancelled in the registry stays so across restarts. A patente's grant date
 * is not in the configuration: its validity starts open and ends with the 20-year term counted from the
 * 2026 reform (BRIEF §9.3); a courier registration ends on its configured {@code registered-until} date (rule 3.7.3).
 */
@Component
class ConfiguredOperators implements SmartInitializingSingleton {

    static final String SOURCE = "configuration (jointclear.security); grant date not recorded";
    /** The 20-year term of a patente counted from the 2026 Ley Aduanera reform (BRIEF §9.3). */
    static final LocalDate PATENTE_TERM_END = LocalDate.of(2026, 1, 1).plus(AuthorisationKind.PATENTE.term()).minusDays(1);
    private static final Logger log = LoggerFactory.getLogger(ConfiguredOperators.class);

    private final OperatorRegistry registry;
    private final UserDirectory users;
    private final TransactionTemplate tx;
    private final ObjectProvider<DemoRegistry> demo;

    ConfiguredOperators(OperatorRegistry registry, UserDirectory users, TransactionTemplate tx, ObjectProvider<DemoRegistry> demo) {
        this.registry = registry;
        this.users = users;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer added = tx.execute(s -> demo.stream().mapToInt(DemoRegistry::seedOperators).sum() + seed()
                + demo.stream().mapToInt(DemoRegistry::seedSanctions).sum());
        if (added != null && added > 0) {
            log.info("Registry: {} operator(s) and authorisation(s) added from the configuration", added);
        }
    }

    private int seed() {
        Map<String, Actor.Agency> agencies = new LinkedHashMap<>();
        Map<String, Actor.Courier> couriers = new LinkedHashMap<>();
        Map<String, String> carriers = new LinkedHashMap<>();
        users.agencies().forEach(a -> agencies.putIfAbsent(a.id(), a));
        users.couriers().forEach(c -> couriers.putIfAbsent(c.id(), c));
        for (Actor a : users.actors()) {
            if (a.carrier() != null) {
                carriers.putIfAbsent(a.carrier(), a.carrier());
            }
        }
        RegistrySeed seed = new RegistrySeed(registry, AuditEntry.SYSTEM, SOURCE);
        for (Actor.Agency agency : agencies.values()) {
            seedAgency(seed, agency);
        }
        for (String scac : carriers.keySet()) {
            Operator carrier = seed.operator(new OperatorInput(OperatorType.CARRIER, scac, scac, "US", null, null));
            seed.authorisation(carrier, new AuthorisationInput(AuthorisationKind.SCAC, scac, null, null, null, SOURCE));
        }
        for (Actor.Courier c : couriers.values()) {
            Operator courier = seed.operator(new OperatorInput(OperatorType.COURIER, c.id(), c.name(), "MX", null, null));
            // the configuration gives the registration's last day only; its grant date is not recorded
            seed.authorisation(courier, new AuthorisationInput(AuthorisationKind.COURIER_REGISTRATION, c.registration(), null,
                    null, c.registeredUntil(), SOURCE));
        }
        return seed.added();
    }

    private static void seedAgency(RegistrySeed seed, Actor.Agency agency) {
        String country = agency.patentes().isEmpty() ? "US" : "MX";
        Operator a = seed.operator(new OperatorInput(OperatorType.AGENCY, agency.id(), agency.name(), country, null, null));
        for (String patente : agency.patentes()) {
            Operator agent = seed.operator(new OperatorInput(OperatorType.CUSTOMS_AGENT, patente,
                    "Patente " + patente + " (" + agency.name() + ")", "MX", null, agency.id()));
            seed.authorisation(agent, new AuthorisationInput(AuthorisationKind.PATENTE, patente, null, null,
                    PATENTE_TERM_END, SOURCE));
        }
        for (String filer : agency.filerCodes()) {
            Operator broker = seed.operator(new OperatorInput(OperatorType.US_BROKER, filer,
                    "Filer code " + filer + " (" + agency.name() + ")", "US", null, agency.id()));
            seed.authorisation(broker, new AuthorisationInput(AuthorisationKind.FILER_CODE, filer, null, null, null, SOURCE));
        }
        if (a == null) {
            throw new IllegalStateException("agency " + agency.id() + " could not be registered");
        }
    }
}
