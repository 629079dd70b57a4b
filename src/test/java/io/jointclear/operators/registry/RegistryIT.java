package io.jointclear.operators.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationSanctioned;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.OperatorDirectory;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry on the real database: configured organisations are seeded at start, a proceeding's
 * sanction is applied once however often its event comes, and the history cannot be rewritten.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jointclear.security.agencies[0].id=norte", "jointclear.security.agencies[0].name=Agencia Norte",
        "jointclear.security.agencies[0].patentes=3456", "jointclear.security.agencies[0].filer-codes=316",
        "jointclear.security.agencies[1].id=sin-usuarios", "jointclear.security.agencies[1].patentes=3111",
        "jointclear.security.couriers[0].id=bajio", "jointclear.security.couriers[0].registration=EMP-3.7.3-0417",
        "jointclear.security.couriers[0].registered-until=2027-06-30",
        "jointclear.security.users[0].username=broker", "jointclear.security.users[0].password=broker",
        "jointclear.security.users[0].roles=BROKER", "jointclear.security.users[0].agency=norte",
        "jointclear.security.users[1].username=carrier", "jointclear.security.users[1].password=carrier",
        "jointclear.security.users[1].roles=CARRIER", "jointclear.security.users[1].carrier=TDNM",
        "jointclear.security.users[2].username=courier", "jointclear.security.users[2].password=courier",
        "jointclear.security.users[2].roles=COURIER", "jointclear.security.users[2].courier=bajio"})
class RegistryIT {

    @Autowired
    OperatorRegistry registry;
    @Autowired
    OperatorDirectory directory;
    @Autowired
    SanctionApplication sanctions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void configuredOrganisationsAreInTheRegistryActive() {
        OperatorRef agency = directory.find(OperatorType.AGENCY, "norte").orElseThrow();
        assertThat(agency.name()).isEqualTo("Agencia Norte");
        assertThat(directory.find(OperatorType.CUSTOMS_AGENT, "3456")).isPresent();
        assertThat(directory.find(OperatorType.US_BROKER, "316")).isPresent();
        assertThat(directory.find(OperatorType.CARRIER, "TDNM")).isPresent();
        assertThat(directory.find(OperatorType.COURIER, "bajio")).isPresent();
        assertThat(directory.find(OperatorType.CUSTOMS_AGENT, "3111")).as("an agency no user acts for yet").isPresent();

        Authorisation patente = registry.authorisation(AuthorisationKind.PATENTE, "3456").orElseThrow();
        assertThat(patente.statusOn(LocalDate.of(2026, 3, 10)).orElseThrow().status()).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(patente.validUntil()).as("20-year term from 2026").isEqualTo(LocalDate.of(2045, 12, 31));
        Authorisation courier = registry.authorisation(AuthorisationKind.COURIER_REGISTRATION, "EMP-3.7.3-0417").orElseThrow();
        assertThat(courier.validUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(courier.statusOn(LocalDate.of(2027, 7, 1)).orElseThrow().status()).isEqualTo(AuthorisationStatus.EXPIRED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = 'OPERATOR_REGISTERED'", Integer.class))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aSanctionDeliveredTwiceIsAppliedOnceAndTheEventListenerAppliesIt() throws InterruptedException {
        OperatorRef agent = directory.find(OperatorType.US_BROKER, "316").orElseThrow();
        UUID proceeding = UUID.randomUUID();
        AuthorisationSanctioned suspension = new AuthorisationSanctioned(agent.id(), "316", AuthorisationSanctioned.Sanction.SUSPENDED,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), proceeding, "art. 164 LA");

        Boolean first = tx.execute(s -> sanctions.apply(suspension));
        Boolean again = tx.execute(s -> sanctions.apply(suspension));
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        Authorisation filer = registry.authorisation(AuthorisationKind.FILER_CODE, "316").orElseThrow();
        assertThat(filer.history()).filteredOn(c -> c.status() == AuthorisationStatus.SUSPENDED).hasSize(1);
        assertThat(filer.statusOn(LocalDate.of(2026, 4, 30)).orElseThrow().status()).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(filer.statusOn(LocalDate.of(2026, 5, 1)).orElseThrow().status()).isEqualTo(AuthorisationStatus.ACTIVE);

        // through the event, after commit, asynchronously: the reinstatement lifts the suspension from its day
        AuthorisationSanctioned reinstated = new AuthorisationSanctioned(agent.id(), "316", AuthorisationSanctioned.Sanction.REINSTATED,
                LocalDate.of(2026, 4, 10), null, proceeding, "art. 164 LA");
        tx.executeWithoutResult(s -> events.publishEvent(reinstated));
        tx.executeWithoutResult(s -> events.publishEvent(reinstated));
        for (int i = 0; i < 100 && on("316", LocalDate.of(2026, 4, 10)) != AuthorisationStatus.ACTIVE; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertThat(on("316", LocalDate.of(2026, 4, 9))).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(on("316", LocalDate.of(2026, 4, 10))).isEqualTo(AuthorisationStatus.ACTIVE);
        assertThat(registry.authorisation(AuthorisationKind.FILER_CODE, "316").orElseThrow().history())
                .filteredOn(c -> proceeding.equals(c.proceedingId())).hasSize(2);
    }

    @Test
    void theHistoryIsAppendOnly() {
        OperatorRef agent = directory.find(OperatorType.CUSTOMS_AGENT, "3456").orElseThrow();
        tx.execute(s -> sanctions.apply(new AuthorisationSanctioned(agent.id(), "3456", AuthorisationSanctioned.Sanction.SUSPENDED,
                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31), UUID.randomUUID(), "art. 164 LA")));
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM operators.authorisation_status_change", Integer.class);
        assertThat(rows).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM operators.authorisation_status_change"))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "UPDATE operators.authorisation_status_change SET reason = 'rewritten'")).hasMessageContaining("append-only");
    }

    private AuthorisationStatus on(String filer, LocalDate day) {
        return registry.authorisation(AuthorisationKind.FILER_CODE, filer).orElseThrow().statusOn(day).orElseThrow().status();
    }
}
