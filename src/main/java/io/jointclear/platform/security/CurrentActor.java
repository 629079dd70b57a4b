package io.jointclear.platform.security;

import io.jointclear.shared.Actor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated actor of the current request, for platform filters that run outside Spring MVC. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The actor, or empty on a request without a JointClear user. */
    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
