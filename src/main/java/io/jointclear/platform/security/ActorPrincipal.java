package io.jointclear.platform.security;

import io.jointclear.shared.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security sees it, carrying the {@link Actor} that modules see. */
final class ActorPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final List<GrantedAuthority> authorities;
    private String passwordHash;

    ActorPrincipal(Actor actor, String passwordHash) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.authorities = actor.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "ActorPrincipal[" + actor + "]";
    }
}
