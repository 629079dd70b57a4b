package io.jointclear.operators.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.registry.OperatorView;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.operators.score.ComplianceScores;
import io.jointclear.shared.Actor;
import io.jointclear.support.DemoUsersIntegrationTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Past the courier irregularity threshold (10 % over at least 500 consignments) a score run proposes a cancellation
 * proceeding under RGCE rule 3.7.3 with the figures as evidence, once; a courier under the threshold gets none.
 */
@DemoUsersIntegrationTest
class CourierProposalsIT {

    @Autowired
    OperatorRegistry registry;
    @Autowired
    ComplianceScores scores;
    @Autowired
    Proceedings proceedings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final Actor admin = new Actor("admin", Set.of(Actor.Roles.ADMIN), null, null);

    @Test
    void aCourierPastTheThresholdGetsAProposedCaseOnceAndOneBelowItNone() {
        OperatorView bad = courier("proposal-bad", "EMP-3.7.3-9901");
        OperatorView fine = courier("proposal-fine", "EMP-3.7.3-9902");
        manifest("proposal-bad", 600, 66);   // 11 %
        manifest("proposal-fine", 600, 54);  // 9 %

        scores.compute("ON_DEMAND", "test");
        List<ProceedingView> proposed = proceedings.list(admin, "PROPOSED", bad.id());
        assertThat(proposed).singleElement().satisfies(p -> {
            assertThat(p.legalBasis()).isEqualTo("RGCE_3_7_3");
            assertThat(p.authorisationNumber()).isEqualTo("EMP-3.7.3-9901");
            assertThat(p.evidence()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo("COURIER_IRREGULARITY");
                assertThat(e.summary()).contains("66 of 600");
            });
        });
        assertThat(proceedings.list(admin, null, fine.id())).isEmpty();

        scores.compute("ON_DEMAND", "test");
        assertThat(proceedings.list(admin, null, bad.id())).as("nothing new while a case is pending").hasSize(1);
    }

    private OperatorView courier(String code, String registration) {
        OperatorView o = registry.register(new OperatorInput(OperatorType.COURIER, code, "Courier " + code, "MX", null, null), admin);
        registry.grant(o.id(), new AuthorisationInput(AuthorisationKind.COURIER_REGISTRATION, registration, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "test"), admin);
        return o;
    }

    private void manifest(String courier, int consignments, int flagged) {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.now(clock).minusDays(1);
        jdbc.update("""
                INSERT INTO courier.manifest (id, courier_id, key_scope, request_hash, filed_by, direction, customs_office, manifest_date,
                    received_at, accepted, rejected, totals)
                VALUES (?, ?, ?, 'h', 'test', 'SOUTHBOUND', '470', ?, ?, ?, 0, '{}'::jsonb)
                """, id, courier, "COURIER:" + courier, Date.valueOf(day), Timestamp.from(clock.instant()), consignments);
        jdbc.update("""
                INSERT INTO courier.consignment (manifest_id, idx, guide, consignee_name, consignee_address, shipper_name, origin,
                    description, rrna, quantity, weight_kg, value, currency, value_usd, consignee_value_usd, rate_band, legal_basis,
                    periodic_payment, taxes, flags)
                SELECT ?, i, 'G' || i, 'c', 'a', 's', 'CN', 'd', false, 1, 1, 10, 'USD', 10, 10, 'RATE_19', 'x', false, '[]'::json,
                       CASE WHEN i < ? THEN '[{"code":"SPLIT"}]'::jsonb ELSE '[]'::jsonb END
                  FROM generate_series(0, ? - 1) i
                """, id, flagged, consignments);
    }
}
