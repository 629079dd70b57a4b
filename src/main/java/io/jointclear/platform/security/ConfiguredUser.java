package io.jointclear.platform.security;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import java.util.Set;

/**
 * One entry of {@code jointclear.security.users}: a plain password (hashed at start-up) or an
 * already hashed {@code {bcrypt}$2a$…} value, role names without {@code ROLE_}, the authority of an
 * officer and the licence numbers of a broker ({@code filer.patente}, {@code filer.filer-code}).
 */
record ConfiguredUser(String username, String password, Set<String> roles, Authority authority, Actor.Filer filer) {

    @Override
    public String toString() {
        return "ConfiguredUser[" + username + ", roles=" + roles + "]";
    }
}
