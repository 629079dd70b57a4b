package io.jointclear.shared;

import java.util.List;
import java.util.Optional;

/**
 * The platform's users as {@link Actor}s, by login name: for work done on a user's behalf outside a
 * request (demo traffic) and for deriving the organisation of records written before it was stored.
 */
public interface UserDirectory {

    Optional<Actor> actor(String username);

    List<Actor> actors();

    /** Every configured agency, also those no user acts for yet; by default the agencies of the users. */
    default List<Actor.Agency> agencies() {
        return actors().stream().map(Actor::agency).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Every configured courier company; by default those of the users. */
    default List<Actor.Courier> couriers() {
        return actors().stream().map(Actor::courier).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
