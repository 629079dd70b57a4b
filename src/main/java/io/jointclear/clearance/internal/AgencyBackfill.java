package io.jointclear.clearance.internal;

import io.jointclear.shared.Actor;
import io.jointclear.shared.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Crossings filed before the filing agency was stored get it from the user who filed them: that
 * user's configured agency. Runs at every start and touches only rows still without an agency (those
 * of users without one — administrators, users no longer configured — stay visible to officials only).
 */
@Component
class AgencyBackfill {

    private static final Logger log = LoggerFactory.getLogger(AgencyBackfill.class);

    private final CrossingStore store;
    private final UserDirectory users;

    AgencyBackfill(CrossingStore store, UserDirectory users) {
        this.store = store;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    void assignAgencies() {
        for (String filer : store.filersWithoutAgency()) {
            users.actor(filer).map(Actor::agency).ifPresent(agency -> {
                int assigned = store.assignAgency(filer, agency.id());
                log.info("{} crossing(s) filed by '{}' assigned to agency '{}'", assigned, filer, agency.id());
            });
        }
    }
}
