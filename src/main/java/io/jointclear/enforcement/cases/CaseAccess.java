package io.jointclear.enforcement.cases;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.ProblemException;

/**
 * Who may do what with a case. Officials read: analysts, auditors and administrators every case, an
 * officer the cases of their authority (JOINT cases both). Officers act on their own jurisdiction's
 * cases, administrators on any. A broker's agency or a carrier sees a case against it only once it was
 * notified, and then only its trader summary (no notes, no evidence, no custody, no origin).
 */
final class CaseAccess {

    static final String CASE_NOT_FOUND = "CASE_NOT_FOUND";

    private CaseAccess() {
    }

    static boolean official(Actor actor) {
        return actor.hasAnyRole(Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN, Roles.OFFICER_MX, Roles.OFFICER_US);
    }

    /** Officials who read this case in full. */
    static boolean readsInFull(Actor actor, CaseDocument c) {
        return actor.hasAnyRole(Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN)
                || actor.isOfficer() && c.jurisdiction().includes(actor.authority());
    }

    /** A trader named in a notified case: the agency by one of its licences, the carrier by its SCAC. */
    static boolean tradersOwn(Actor actor, CaseDocument c) {
        if (c.status() == CaseStatus.OPEN) {
            return false;
        }
        return c.subjects().stream().anyMatch(s -> switch (s.role()) {
            case "AGENT" -> actor.hasRole(Roles.BROKER) && actor.agency() != null
                    && (actor.agency().patentes().contains(s.key()) || actor.agency().filerCodes().contains(s.key()));
            case "CARRIER" -> actor.hasRole(Roles.CARRIER) && s.key().equals(actor.carrier());
            default -> false;
        });
    }

    static void requireActsOn(Actor actor, CaseDocument c) {
        boolean may = actor.hasRole(Roles.ADMIN) || actor.isOfficer() && c.jurisdiction().includes(actor.authority());
        if (!may) {
            if (!readsInFull(actor, c)) {
                throw notFound(c.id());
            }
            throw new ProblemException(403, "FORBIDDEN", "Not your case",
                    "Only an officer of the case's jurisdiction (" + c.jurisdiction() + ") acts on it");
        }
    }

    /** Opening: analysts, administrators, officers for their own authority (or JOINT). */
    static void requireOpens(Actor actor, Jurisdiction jurisdiction) {
        boolean may = actor.hasAnyRole(Roles.ANALYST, Roles.ADMIN) || actor.isOfficer() && jurisdiction.includes(actor.authority());
        if (!may) {
            throw new ProblemException(403, "FORBIDDEN", "Not allowed",
                    "Cases are opened by analysts and by officers for their own authority");
        }
    }

    static ProblemException notFound(Object id) {
        return new ProblemException(404, CASE_NOT_FOUND, "Case not found", "No case " + id + ", or it is not visible to you");
    }
}
