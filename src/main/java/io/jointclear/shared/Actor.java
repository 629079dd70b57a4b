package io.jointclear.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the authenticated user as business modules see it, free of any security framework.
 * Controllers declare an {@code Actor actor} parameter; modules use it for the rules that paths alone
 * cannot express (an officer decides only for their own authority, a broker sees only their own
 * filings) and record its {@link #username()} in the audit log.
 *
 * @param username  the login name, as written to the audit log
 * @param roles     role names without prefix, see {@link Roles}
 * @param authority the customs authority an officer works for; {@code null} for everyone else
 * @param filer     the broker's licence numbers; {@code null} for everyone but brokers
 */
public record Actor(String username, Set<String> roles, Authority authority, Filer filer) {

    /** The platform's roles (ARCHITECTURE.md). */
    public static final class Roles {
        public static final String BROKER = "BROKER";
        public static final String CARRIER = "CARRIER";
        public static final String OFFICER_MX = "OFFICER_MX";
        public static final String OFFICER_US = "OFFICER_US";
        public static final String ANALYST = "ANALYST";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";
        public static final Set<String> ALL = Set.of(BROKER, CARRIER, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN);

        private Roles() {
        }

        /** The officer role of an authority: {@code OFFICER_MX} or {@code OFFICER_US}. */
        public static String officerOf(Authority authority) {
            return "OFFICER_" + authority.name();
        }
    }

    /**
     * A customs broker's licence numbers, one per country: the Mexican agente aduanal's
     * {@code patente} (4 digits, part of the pedimento number) and the US broker's {@code filerCode}
     * (3 characters, first part of the entry number). Either may be absent.
     */
    public record Filer(String patente, String filerCode) {

        /** Whether {@code filer} as written in a declaration for {@code authority} is this broker. */
        public boolean files(Authority authority, String filer) {
            String own = authority == Authority.MX ? patente : filerCode;
            return own != null && own.equals(filer);
        }
    }

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** An officer of that authority: holds its officer role and works for it. */
    public boolean isOfficerOf(Authority of) {
        return of != null && of == authority && hasRole(Roles.officerOf(of));
    }

    public boolean isOfficer() {
        return hasAnyRole(Roles.OFFICER_MX, Roles.OFFICER_US);
    }

    /** Whether this actor is the broker named as {@code filer} in a declaration for {@code authority}. */
    public boolean isFilerOf(Authority of, String filerInDeclaration) {
        return filer != null && hasRole(Roles.BROKER) && filer.files(of, filerInDeclaration);
    }

    /**
     * The key space of this actor's idempotency keys: the organisation it acts for, so that one
     * organisation's keys can neither block nor reveal another's. Officers share their authority's
     * space; anyone else keys alone until an organisation is known for them.
     */
    public String principalScope() {
        if (authority != null && isOfficer()) {
            return "AUTHORITY:" + authority.name();
        }
        return "USER:" + username;
    }

    @Override
    public String toString() {
        return username + roles;
    }
}
