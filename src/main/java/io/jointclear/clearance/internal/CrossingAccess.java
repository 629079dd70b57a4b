package io.jointclear.clearance.internal;

import io.jointclear.clearance.FileCrossing;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which crossings an actor may see and act on, by the organisation it acts for: officials (officers,
 * analysts, auditors, administrators) every crossing; a broker the crossings filed for their agency;
 * a carrier the crossings it carries (by SCAC). A crossing outside the actor's organisation does not
 * exist for it: 404, for reads and writes alike, so that no one learns another's crossing ids.
 */
final class CrossingAccess {

    static final String FILER_NOT_AUTHORISED = "FILER_NOT_AUTHORISED";

    private CrossingAccess() {
    }

    static boolean sees(Crossing c, Actor actor) {
        if (actor.isOfficial()) {
            return true;
        }
        return isAgencyBroker(c, actor) || actor.hasRole(Roles.CARRIER) && c.carriedBy(actor.carrier());
    }

    static void requireVisible(Crossing c, Actor actor) {
        if (!sees(c, actor)) {
            throw notFound(c.id);
        }
    }

    /** Amending and re-assessing the declarations is the filing agency's business (or an administrator's). */
    static void requireFilingAgency(Crossing c, Actor actor) {
        if (!actor.hasRole(Roles.ADMIN) && !isAgencyBroker(c, actor)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden",
                    "Only a broker of the agency that filed crossing " + c.id + " may change its declarations");
        }
    }

    /**
     * Refuses a filing (or amendment) any of whose declarations is filed under a licence the broker's
     * agency does not hold: 403 naming each such declaration, before anything is written. An
     * administrator files for any agency. A declaration naming no licence at all is left to number
     * registration, which refuses it.
     */
    static void requireOwnLicences(FileCrossing filing, Actor actor, String fieldPrefix) {
        if (actor.hasRole(Roles.ADMIN)) {
            return;
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<DeclarationDocument> documents = filing.declarations();
        for (int i = 0; i < documents.size(); i++) {
            DeclarationDocument d = documents.get(i);
            String licence = d.authority() == null ? null : d.filerOfRecord();
            if (licence == null || actor.isFilerOf(d.authority(), licence)) {
                continue;
            }
            String at = fieldPrefix + "declarations[" + i + "]." + (d.filer() != null ? "filer" : "number");
            String what = (d.authority() == Authority.MX ? "pedimento " : "US entry ") + d.number();
            String kind = d.authority() == Authority.MX ? "patente " : "filer code ";
            violations.add(new FieldViolation(at, FILER_NOT_AUTHORISED,
                    "The " + what + " is filed under " + kind + licence + ", which is not a licence of " + agencyOf(actor)));
            named.add(what + " (" + at + ", " + kind + licence + ")");
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(403, FILER_NOT_AUTHORISED, "Filer not authorised",
                    String.join("; ", named) + ": not filed under a licence of " + agencyOf(actor) + "; nothing was stored",
                    violations);
        }
    }

    /** The agency whose crossings a broker lists; null for anyone else. */
    static String listedAgency(Actor actor) {
        return !actor.isOfficial() && actor.hasRole(Roles.BROKER) && actor.agency() != null ? actor.agency().id() : null;
    }

    /** The carrier whose crossings a carrier's user lists; null for anyone else (and for a broker). */
    static String listedCarrier(Actor actor) {
        return !actor.isOfficial() && !actor.hasRole(Roles.BROKER) && actor.hasRole(Roles.CARRIER) ? actor.carrier() : null;
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(404, "CROSSING_NOT_FOUND", "Crossing not found", "No crossing " + id);
    }

    private static boolean isAgencyBroker(Crossing c, Actor actor) {
        return actor.hasRole(Roles.BROKER) && actor.agency() != null && c.agency != null
                && c.agency.equals(actor.agency().id());
    }

    private static String agencyOf(Actor actor) {
        return actor.agency() == null ? "any agency of user '" + actor.username() + "'" : "agency '" + actor.agency().id() + "'";
    }
}
