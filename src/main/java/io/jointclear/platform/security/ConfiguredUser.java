package io.jointclear.platform.security;

import io.jointclear.shared.Authority;
import java.util.Set;

/**
 * One entry of {@code jointclear.security.users}: a plain password (hashed at start-up) or an
 * already hashed {@code {bcrypt}$2a$…} value, role names without {@code ROLE_}, the authority of an
 * officer, the {@code agency} (id) a broker acts for — or, in the older per-user form, the broker's own
 * {@code filer.patente} and {@code filer.filer-code}, which make an agency of one — and the
 * {@code carrier} (SCAC) of a carrier's user and the {@code courier} (id of one of
 * {@code jointclear.security.couriers}) of a courier company's user, and the {@code company} (RFC) a
 * company's user acts for.
 */
record ConfiguredUser(String username, String password, Set<String> roles, Authority authority, String agency,
                      Filer filer, String carrier, String courier, String company) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    ConfiguredUser {
    }

    /** Anyone but a company's user. */
    ConfiguredUser(String username, String password, Set<String> roles, Authority authority, String agency,
                   Filer filer, String carrier, String courier) {
        this(username, password, roles, authority, agency, filer, carrier, courier, null);
    }

    /** Anyone but a courier company's or a company's user. */
    ConfiguredUser(String username, String password, Set<String> roles, Authority authority, String agency,
                   Filer filer, String carrier) {
        this(username, password, roles, authority, agency, filer, carrier, null, null);
    }

    /** The older per-user licence pair of a broker; either may be absent. */
    record Filer(String patente, String filerCode) {
    }

    @Override
    public String toString() {
        return "ConfiguredUser[" + username + ", roles=" + roles + "]";
    }
}
