package io.jointclear.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.courier.CourierFilings;
import io.jointclear.shared.Actor;
import io.jointclear.shared.UserDirectory;
import io.jointclear.support.DemoUsersIntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The demo couriers' manifests, filed for real: accepted, marked DEMO, with every kind of irregularity in them. */
@DemoUsersIntegrationTest
class DemoCourierManifestsIT {

    @Autowired
    CourierFilings filings;
    @Autowired
    UserDirectory users;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoDaysAtNuevoLaredoCarryEachKindOfIrregularityAtARealisticShare() {
        Actor courier = users.actors().stream().filter(a -> a.hasRole(Actor.Roles.COURIER) && a.courier() != null).findFirst().orElseThrow();
        UUID first = filings.fileJson(courier, json.writeValueAsBytes(
                DemoCourierManifests.manifest(LocalDate.of(2025, 9, 1), "240", 300, 1L)), "demo-it-1-" + UUID.randomUUID());
        UUID second = filings.fileJson(courier, json.writeValueAsBytes(
                DemoCourierManifests.manifest(LocalDate.of(2025, 9, 2), "240", 300, 2L)), "demo-it-2-" + UUID.randomUUID());
        for (UUID id : new UUID[] {first, second}) {
            assertThat(jdbc.queryForObject("SELECT accepted FROM courier.manifest WHERE id = ?", Integer.class, id)).isGreaterThan(300);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.consignment WHERE manifest_id = ? AND guide NOT LIKE 'DEMO-%'",
                    Integer.class, id)).isZero();
        }
        Map<String, Long> kinds = new HashMap<>();
        jdbc.query("""
                SELECT f ->> 'code', count(*) FROM courier.consignment c, jsonb_array_elements(c.flags) f
                 WHERE c.manifest_id = ? GROUP BY 1""", rs -> {
            kinds.put(rs.getString(1), rs.getLong(2));
        }, second);
        assertThat(kinds).containsKeys("SPLIT_SHIPMENT", "MANY_CONSIGNEES_ONE_ADDRESS", "MISSING_RFC", "GENERIC_DESCRIPTION",
                "FALSE_ORIGIN", "RRNA_UNDER_GLOBAL_RATE", "COMMERCIAL_QUANTITY");
        long flagged = jdbc.queryForObject("SELECT flagged FROM courier.manifest WHERE id = ?", Long.class, second);
        assertThat(flagged).as("a minority of the parcels, not none and not most").isBetween(15L, 80L);
    }

    @Autowired
    io.jointclear.courier.CourierOverview overview;

    @Test
    void theDemoOfficerRecordsFindingsOnAShareOfTheParcelsSoReferencesAreLearned() {
        Actor courier = users.actors().stream().filter(a -> a.hasRole(Actor.Roles.COURIER) && a.courier() != null).findFirst().orElseThrow();
        Actor officer = users.actors().stream().filter(a -> a.isOfficerOf(io.jointclear.shared.Authority.MX)).findFirst().orElseThrow();
        int before = jdbc.queryForObject("SELECT count(*) FROM courier.value_reference WHERE reference_key LIKE 'D:%'", Integer.class);
        for (int day = 1; day <= 3; day++) {
            Map<String, Object> manifest = DemoCourierManifests.manifest(LocalDate.of(2025, 10, day), "070", 300, 100L + day);
            UUID id = filings.fileJson(courier, json.writeValueAsBytes(manifest), "demo-it-insp-" + UUID.randomUUID());
            DemoCouriers.inspect(overview, officer, id, manifest, 100L + day);
            int decided = jdbc.queryForObject("SELECT count(*) FROM courier.decision WHERE manifest_id = ?", Integer.class, id);
            assertThat(decided).as("about a tenth of 310 parcels").isBetween(15, 55);
            // the same seed again: the same decisions, answered as repeats, nothing stored twice
            DemoCouriers.inspect(overview, officer, id, manifest, 100L + day);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.decision WHERE manifest_id = ?", Integer.class, id))
                    .isEqualTo(decided);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.decision WHERE decision = 'HOLD' AND hit AND officer = ?",
                Integer.class, officer.username())).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.value_reference WHERE reference_key LIKE 'D:%'", Integer.class))
                .isGreaterThan(before);
    }
}
