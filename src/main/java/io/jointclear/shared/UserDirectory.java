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
}
