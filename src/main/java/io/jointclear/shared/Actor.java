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
 * @param agency    the customs brokerage a broker acts for; {@code null} for everyone but brokers
 * @param carrier   the SCAC of the motor carrier a carrier user acts for; {@code null} for everyone else
 * @param courier   the registered courier company (empresa de mensajería y paquetería) a courier user
 *                  acts for; {@code null} for everyone else
 * @param company   the RFC of the company (an IMMEX maquiladora) a company user acts for; {@code null} for
 *                  everyone else
 */
public record Actor(String username, Set<String> roles, Authority authority, Agency agency, String carrier,
                    Courier courier, String company) {

    /** The platform's roles (ARCHITECTURE.md). */
    public static final class Roles {
        public static final String BROKER = "BROKER";
        public static final String CARRIER = "CARRIER";
        /** A courier company (empresa de mensajería y paquetería) filing consolidated manifests. */
        public static final String COURIER = "COURIER";
        /** A company's own user (an IMMEX maquiladora): reads and keeps its program's inventory ledger. */
        public static final String COMPANY = "COMPANY";
        public static final String OFFICER_MX = "OFFICER_MX";
        public static final String OFFICER_US = "OFFICER_US";
        public static final String ANALYST = "ANALYST";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";
        public static final Set<String> ALL = Set.of(BROKER, CARRIER, COURIER, COMPANY, OFFICER_MX, OFFICER_US, ANALYST, AUDITOR, ADMIN);

        private Roles() {
        }

        /** The officer role of an authority: {@code OFFICER_MX} or {@code OFFICER_US}. */
        public static String officerOf(Authority authority) {
            return "OFFICER_" + authority.name();
        }
    }

    /**
     * A customs brokerage (agencia aduanal) and the licences it files under: Mexican {@code patentes}
     * (4 digits, positions 5-8 of a pedimento number) and US {@code filerCodes} (3 characters, the
     * start of an entry number). Its brokers share its crossings and its idempotency keys.
     */
    public record Agency(String id, String name, Set<String> patentes, Set<String> filerCodes) {

        public Agency {
            Objects.requireNonNull(id, "id");
            patentes = patentes == null ? Set.of() : Set.copyOf(patentes);
            filerCodes = filerCodes == null ? Set.of() : Set.copyOf(filerCodes);
        }

        /** Whether {@code filer} as written in a declaration for {@code authority} is one of this agency's licences. */
        public boolean holds(Authority authority, String filer) {
            return filer != null && (authority == Authority.MX ? patentes : filerCodes).contains(filer);
        }
    }

    /**
     * A courier company registered under RGCE rule 3.7.3 ("Registro de empresa de mensajería y
     * paquetería", valid two years): its manifests and its idempotency keys are its own.
     *
     * @param id                   stable identifier, e.g. {@code paqueteria-del-bajio}
     * @param name                 legal or trade name
     * @param registration         number of the courier registration (rule 3.7.3)
     * @param registeredUntil      last day the registration is valid; filings after it are refused
     */
    public record Courier(String id, String name, String registration, java.time.LocalDate registeredUntil) {

        public Courier {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(registeredUntil, "registeredUntil");
        }

        /** Whether the registration is in force on {@code day}. */
        public boolean registeredOn(java.time.LocalDate day) {
            return !day.isAfter(registeredUntil);
        }
    }

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** Anyone but a company's user. */
    public Actor(String username, Set<String> roles, Authority authority, Agency agency, String carrier, Courier courier) {
        this(username, roles, authority, agency, carrier, courier, null);
    }

    /** Anyone but a courier's user. */
    public Actor(String username, Set<String> roles, Authority authority, Agency agency, String carrier) {
        this(username, roles, authority, agency, carrier, null, null);
    }

    /** Anyone but a carrier's user. */
    public Actor(String username, Set<String> roles, Authority authority, Agency agency) {
        this(username, roles, authority, agency, null);
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

    /** Whether this actor is a broker of the agency holding {@code filerInDeclaration} for {@code authority}. */
    public boolean isFilerOf(Authority of, String filerInDeclaration) {
        return agency != null && hasRole(Roles.BROKER) && agency.holds(of, filerInDeclaration);
    }

    /**
     * Whether this actor sees the case as a trader does (its outcome and what to do, never the
     * targeting): a broker, carrier or courier without any official role.
     */
    public boolean isTrader() {
        return hasAnyRole(Roles.BROKER, Roles.CARRIER, Roles.COURIER, Roles.COMPANY) && !isOfficial();
    }

    /** An officer, analyst, auditor or administrator: sees every crossing and its targeting. */
    public boolean isOfficial() {
        return hasAnyRole(Roles.OFFICER_MX, Roles.OFFICER_US, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN);
    }

    /**
     * The key space of this actor's idempotency keys: the organisation it acts for, so that one
     * organisation's keys can neither block nor reveal another's — a broker's agency, a carrier,
     * an officer's authority; anyone else keys alone.
     */
    public String principalScope() {
        if (authority != null && isOfficer()) {
            return "AUTHORITY:" + authority.name();
        }
        if (agency != null && hasRole(Roles.BROKER)) {
            return "AGENCY:" + agency.id();
        }
        if (carrier != null && hasRole(Roles.CARRIER)) {
            return "CARRIER:" + carrier;
        }
        if (courier != null && hasRole(Roles.COURIER)) {
            return "COURIER:" + courier.id();
        }
        if (company != null && hasRole(Roles.COMPANY)) {
            return "COMPANY:" + company;
        }
        return "USER:" + username;
    }

    @Override
    public String toString() {
        return username + roles;
    }
}
