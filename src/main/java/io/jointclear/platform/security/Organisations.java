package io.jointclear.platform.security;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The organisations users act for, from configuration: the agencies of {@code jointclear.security.agencies}
 * (plus an agency of one for each broker still configured with a {@code filer}), and carriers by SCAC.
 * A licence belongs to exactly one agency; every mistake stops the start-up with the property path.
 */
final class Organisations {

    private static final Pattern PATENTE = Pattern.compile("\\d{4}");
    private static final Pattern FILER_CODE = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern SCAC = Pattern.compile("[A-Z]{2,4}");

    /** A Mexican RFC: 3 (legal entity) or 4 (individual) letters, the date yymmdd, a 3-character homoclave. */
    private static final Pattern RFC = Pattern.compile("[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}");

    private static final Pattern COURIER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final Map<String, Actor.Agency> agencies;
    private final Map<String, Actor.Courier> couriers;

    private Organisations(Map<String, Actor.Agency> agencies, Map<String, Actor.Courier> couriers) {
        this.agencies = agencies;
        this.couriers = couriers;
    }

    static Organisations of(List<ConfiguredAgency> configured, List<ConfiguredUser> users) {
        return of(configured, List.of(), users);
    }

    static Organisations of(List<ConfiguredAgency> configured, List<ConfiguredCourier> courierCompanies,
                            List<ConfiguredUser> users) {
        Map<String, Actor.Agency> agencies = new LinkedHashMap<>();
        Map<String, String> holders = new LinkedHashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            Actor.Agency agency = agency(configured.get(i), "jointclear.security.agencies[" + i + "]");
            if (agencies.putIfAbsent(agency.id(), agency) != null) {
                throw new IllegalStateException("jointclear.security.agencies: agency '" + agency.id() + "' is configured twice");
            }
            claimLicences(agency, "jointclear.security.agencies[" + i + "]", holders);
        }
        for (int i = 0; i < users.size(); i++) {
            ConfiguredUser user = users.get(i);
            if (user.filer() != null && user.agency() == null && user.username() != null) {
                String path = "jointclear.security.users[" + i + "].filer";
                Actor.Agency own = ownAgency(user, path);
                claimLicences(own, path, holders);
            }
        }
        return new Organisations(Map.copyOf(agencies), couriers(courierCompanies));
    }

    private static Map<String, Actor.Courier> couriers(List<ConfiguredCourier> configured) {
        Map<String, Actor.Courier> couriers = new LinkedHashMap<>();
        for (int i = 0; i < configured.size(); i++) {
            ConfiguredCourier c = configured.get(i);
            String path = "jointclear.security.couriers[" + i + "]";
            if (c.id() == null || !COURIER_ID.matcher(c.id().strip()).matches()) {
                throw new IllegalStateException(path + ".id: '" + c.id() + "' is not a courier id (lower-case letters, digits, hyphens)");
            }
            if (c.registration() == null || c.registration().isBlank() || c.registeredUntil() == null) {
                throw new IllegalStateException(path + ": courier '" + c.id()
                        + "' needs its registration (rule 3.7.3) and registered-until date");
            }
            Actor.Courier courier = new Actor.Courier(c.id().strip(), c.name() == null ? c.id().strip() : c.name(),
                    c.registration().strip(), c.registeredUntil());
            if (couriers.putIfAbsent(courier.id(), courier) != null) {
                throw new IllegalStateException("jointclear.security.couriers: courier '" + courier.id() + "' is configured twice");
            }
        }
        return Map.copyOf(couriers);
    }

    /** Every agency of {@code jointclear.security.agencies}, by id. */
    java.util.List<Actor.Agency> agencies() {
        return agencies.values().stream().sorted(java.util.Comparator.comparing(Actor.Agency::id)).toList();
    }

    /** Every courier company of {@code jointclear.security.couriers}, by id. */
    java.util.List<Actor.Courier> couriers() {
        return couriers.values().stream().sorted(java.util.Comparator.comparing(Actor.Courier::id)).toList();
    }

    /** The registered courier company a courier's user acts for. */
    Actor.Courier courierOf(ConfiguredUser user, Set<String> roles, String path) {
        if (!roles.contains(Roles.COURIER)) {
            if (user.courier() != null) {
                throw new IllegalStateException(path + ".courier: only a COURIER acts for a courier company, not '"
                        + user.username() + "'");
            }
            return null;
        }
        Actor.Courier courier = user.courier() == null ? null : couriers.get(user.courier().strip());
        if (courier == null) {
            throw new IllegalStateException(path + ".courier: courier user '" + user.username()
                    + "' needs the id of one of jointclear.security.couriers, got '" + user.courier() + "'; configured: "
                    + couriers.keySet());
        }
        return courier;
    }

    /** The RFC of the company a company's user acts for. */
    String companyOf(ConfiguredUser user, Set<String> roles, String path) {
        if (!roles.contains(Roles.COMPANY)) {
            if (user.company() != null) {
                throw new IllegalStateException(path + ".company: only a COMPANY user acts for a company, not '"
                        + user.username() + "'");
            }
            return null;
        }
        if (user.company() == null || !RFC.matcher(user.company().strip()).matches()) {
            throw new IllegalStateException(path + ".company: company user '" + user.username()
                    + "' needs the RFC of their company (e.g. MAQ990301AB1), got '" + user.company() + "'");
        }
        return user.company().strip();
    }

    /** The agency a broker acts for: the one named, or their own from the older {@code filer} form. */
    Actor.Agency agencyOf(ConfiguredUser user, Set<String> roles, String path) {
        boolean broker = roles.contains(Roles.BROKER);
        if (user.agency() != null && user.filer() != null) {
            throw new IllegalStateException(path + ": user '" + user.username() + "' has both an agency and a filer; give one");
        }
        if (!broker) {
            if (user.agency() != null || user.filer() != null) {
                throw new IllegalStateException(path + ".agency: only a BROKER acts for an agency, not '" + user.username() + "'");
            }
            return null;
        }
        if (user.filer() != null) {
            return ownAgency(user, path + ".filer");
        }
        if (user.agency() == null || user.agency().isBlank()) {
            throw new IllegalStateException(path + ".agency: broker '" + user.username()
                    + "' needs the id of one of jointclear.security.agencies (or a filer)");
        }
        Actor.Agency agency = agencies.get(user.agency().strip());
        if (agency == null) {
            throw new IllegalStateException(path + ".agency: broker '" + user.username() + "' names unknown agency '"
                    + user.agency() + "'; configured: " + agencies.keySet());
        }
        return agency;
    }

    /** The SCAC of the carrier a carrier's user acts for. */
    String carrierOf(ConfiguredUser user, Set<String> roles, String path) {
        boolean carrier = roles.contains(Roles.CARRIER);
        if (!carrier) {
            if (user.carrier() != null) {
                throw new IllegalStateException(path + ".carrier: only a CARRIER acts for a carrier, not '" + user.username() + "'");
            }
            return null;
        }
        if (user.carrier() == null || !SCAC.matcher(user.carrier().strip()).matches()) {
            throw new IllegalStateException(path + ".carrier: carrier user '" + user.username()
                    + "' needs the SCAC of their carrier (2 to 4 capital letters), got '" + user.carrier() + "'");
        }
        return user.carrier().strip();
    }

    private static Actor.Agency agency(ConfiguredAgency a, String path) {
        if (a.id() == null || a.id().isBlank()) {
            throw new IllegalStateException(path + ".id is required");
        }
        Set<String> patentes = licences(a.patentes(), PATENTE, path + ".patentes", "a patente is 4 digits");
        Set<String> filerCodes = licences(a.filerCodes(), FILER_CODE, path + ".filer-codes",
                "a filer code is 3 capital letters or digits");
        if (patentes.isEmpty() && filerCodes.isEmpty()) {
            throw new IllegalStateException(path + ": agency '" + a.id() + "' needs at least one patente or filer code");
        }
        return new Actor.Agency(a.id().strip(), a.name() == null ? a.id().strip() : a.name(), patentes, filerCodes);
    }

    /** A broker of the older per-user form: an agency of their own, named after them. */
    private static Actor.Agency ownAgency(ConfiguredUser user, String path) {
        ConfiguredUser.Filer f = user.filer();
        Set<String> patentes = licences(f.patente() == null ? List.of() : List.of(f.patente()), PATENTE, path + ".patente",
                "a patente is 4 digits");
        Set<String> filerCodes = licences(f.filerCode() == null ? List.of() : List.of(f.filerCode()), FILER_CODE,
                path + ".filer-code", "a filer code is 3 capital letters or digits");
        return new Actor.Agency(user.username(), user.username(), patentes, filerCodes);
    }

    private static Set<String> licences(List<String> values, Pattern format, String path, String rule) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || !format.matcher(v.strip()).matches()) {
                throw new IllegalStateException(path + ": '" + v + "' is not a licence number: " + rule);
            }
            out.add(v.strip());
        }
        return out;
    }

    private static void claimLicences(Actor.Agency agency, String path, Map<String, String> holders) {
        for (String p : agency.patentes()) {
            claim("MX patente " + p, agency.id(), path, holders);
        }
        for (String f : agency.filerCodes()) {
            claim("US filer code " + f, agency.id(), path, holders);
        }
    }

    private static void claim(String licence, String agency, String path, Map<String, String> holders) {
        String holder = holders.putIfAbsent(licence, agency);
        if (holder != null && !holder.equals(agency)) {
            throw new IllegalStateException(path + ": " + licence + " is held by agency '" + holder + "' and by '" + agency
                    + "'; a licence belongs to one agency");
        }
    }
}
