package io.jointclear.platform.security;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.UserDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users given in configuration, held in memory with BCrypt hashes only, with the agencies brokers
 * act for. Configuration mistakes (unknown role, officer without or with the wrong authority, duplicate
 * name, broker without agency, unknown agency, a licence held by two agencies, carrier without SCAC)
 * stop the start-up: a silently ignored user is worse than no start.
 */
final class ConfiguredUsers implements UserDetailsService, UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");
    private static final Pattern OTHER_ENCODING = Pattern.compile("\\{[a-zA-Z0-9_-]+}.*");

    private final Map<String, Account> accounts;
    private final Organisations organisations;

    private ConfiguredUsers(Map<String, Account> accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    static ConfiguredUsers of(List<ConfiguredUser> users, PasswordEncoder encoder) {
        return of(List.of(), users, encoder);
    }

    static ConfiguredUsers of(List<ConfiguredAgency> agencies, List<ConfiguredUser> users, PasswordEncoder encoder) {
        return of(agencies, List.of(), users, encoder);
    }

    static ConfiguredUsers of(List<ConfiguredAgency> agencies, List<ConfiguredCourier> couriers, List<ConfiguredUser> users,
                              PasswordEncoder encoder) {
        Organisations organisations = Organisations.of(agencies, couriers, users);
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            Account account = account(users.get(i), "jointclear.security.users[" + i + "]", organisations, encoder);
            if (accounts.putIfAbsent(account.actor().username(), account) != null) {
                throw new IllegalStateException("jointclear.security.users: user '" + account.actor().username()
                        + "' is configured twice");
            }
        }
        log.info("{} user(s) configured: {}", accounts.size(), accounts.keySet());
        return new ConfiguredUsers(Map.copyOf(accounts), organisations);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such user");
        }
        // A fresh principal per login: Spring erases credentials on it after authentication.
        return new ActorPrincipal(account.actor(), account.passwordHash());
    }

    int size() {
        return accounts.size();
    }

    @Override
    public Optional<Actor> actor(String username) {
        return Optional.ofNullable(accounts.get(username)).map(Account::actor);
    }

    @Override
    public List<Actor> actors() {
        return accounts.values().stream().map(Account::actor).toList();
    }

    /** The configured agencies, also those no user acts for, and the agencies of one of older broker entries. */
    @Override
    public List<Actor.Agency> agencies() {
        java.util.Map<String, Actor.Agency> all = new java.util.LinkedHashMap<>();
        organisations.agencies().forEach(a -> all.put(a.id(), a));
        UserDirectory.super.agencies().forEach(a -> all.putIfAbsent(a.id(), a));
        return List.copyOf(all.values());
    }

    @Override
    public List<Actor.Courier> couriers() {
        return organisations.couriers();
    }

    private record Account(Actor actor, String passwordHash) {
    }

    private static Account account(ConfiguredUser user, String path, Organisations organisations, PasswordEncoder encoder) {
        if (user.username() == null || user.username().isBlank()) {
            throw new IllegalStateException(path + ".username is required");
        }
        if (user.password() == null || user.password().isEmpty()) {
            throw new IllegalStateException(path + ".password is required for user '" + user.username() + "'");
        }
        Set<String> roles = roles(user, path);
        Authority authority = authority(user, roles, path);
        Actor actor = new Actor(user.username(), roles, authority, organisations.agencyOf(user, roles, path),
                organisations.carrierOf(user, roles, path), organisations.courierOf(user, roles, path),
                organisations.companyOf(user, roles, path));
        return new Account(actor, hash(user, path, encoder));
    }

    private static Set<String> roles(ConfiguredUser user, String path) {
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new IllegalStateException(path + ".roles: user '" + user.username() + "' needs at least one of " + Roles.ALL);
        }
        Set<String> roles = new TreeSet<>();
        for (String role : user.roles()) {
            String name = role.trim().toUpperCase(java.util.Locale.ROOT).replaceFirst("^ROLE_", "");
            if (!Roles.ALL.contains(name)) {
                throw new IllegalStateException(path + ".roles: unknown role '" + role + "', expected one of " + Roles.ALL);
            }
            roles.add(name);
        }
        return roles;
    }

    /** An officer acts for exactly one authority; it may be left out when the role already says it. */
    private static Authority authority(ConfiguredUser user, Set<String> roles, String path) {
        boolean mx = roles.contains(Roles.OFFICER_MX);
        boolean us = roles.contains(Roles.OFFICER_US);
        if (mx && us) {
            throw new IllegalStateException(path + ": user '" + user.username() + "' cannot be an officer of both authorities");
        }
        Authority implied = mx ? Authority.MX : us ? Authority.US : null;
        if (implied != null && user.authority() != null && user.authority() != implied) {
            throw new IllegalStateException(path + ".authority: officer '" + user.username() + "' has role "
                    + Roles.officerOf(implied) + " but authority " + user.authority());
        }
        return implied != null ? implied : user.authority();
    }

    private static String hash(ConfiguredUser user, String path, PasswordEncoder encoder) {
        String password = user.password();
        if (password.startsWith(BCRYPT_PREFIX)) {
            String hash = password.substring(BCRYPT_PREFIX.length());
            if (!BCRYPT_HASH.matcher(hash).matches()) {
                throw new IllegalStateException(path + ".password of '" + user.username() + "' is not a valid BCrypt hash");
            }
            return hash;
        }
        if (OTHER_ENCODING.matcher(password).matches()) {
            throw new IllegalStateException(path + ".password of '" + user.username()
                    + "': only plain values or {bcrypt} hashes are accepted");
        }
        return encoder.encode(password);
    }
}
