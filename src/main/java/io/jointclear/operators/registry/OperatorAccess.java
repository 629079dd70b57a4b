package io.jointclear.operators.registry;

import io.jointclear.operators.CertificationProgram;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.util.UUID;

/**
 * Who reads and changes which operator. Officials (officers, analysts, auditors, administrators) read
 * every operator; a broker reads its agency and the agency's patentes and filer codes, a carrier its own
 * carrier record, a courier its own company; any other operator does not exist for them (404, so that no
 * one learns another's ids). Changes: an administrator, or an officer of the authority that grants the
 * authorisation or certification (OFFICER_MX for Mexican ones, OFFICER_US for US ones).
 */
final class OperatorAccess {

    private OperatorAccess() {
    }

    static boolean sees(Actor actor, Operator o) {
        if (actor.isOfficial()) {
            return true;
        }
        return switch (o.type()) {
            case AGENCY -> broker(actor) && actor.agency().id().equals(o.code());
            case CUSTOMS_AGENT -> broker(actor) && actor.agency().patentes().contains(o.code());
            case US_BROKER -> broker(actor) && actor.agency().filerCodes().contains(o.code());
            case CARRIER -> actor.hasRole(Roles.CARRIER) && o.code().equals(actor.carrier());
            case COURIER -> actor.hasRole(Roles.COURIER) && actor.courier() != null && o.code().equals(actor.courier().id());
            default -> false;
        };
    }

    static void requireVisible(Actor actor, Operator o) {
        if (!sees(actor, o)) {
            throw notFound(o.id());
        }
    }

    /** Registering or renaming an operator of a country: an administrator or that country's officer. */
    static void requireMaintainer(Actor actor, Authority authority, String what) {
        if (actor.hasRole(Roles.ADMIN) || actor.isOfficerOf(authority)) {
            return;
        }
        throw new ProblemException(403, "FORBIDDEN", "Forbidden",
                what + " is maintained by an administrator or an officer of " + authority);
    }

    static Authority authorityOf(CertificationProgram program) {
        return switch (program) {
            case CTPAT, FAST -> Authority.US;
            case IVA_IEPS, OEA, SOCIO_COMERCIAL_CERTIFICADO -> Authority.MX;
        };
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(404, "OPERATOR_NOT_FOUND", "Operator not found", "No operator " + id);
    }

    private static boolean broker(Actor actor) {
        return actor.hasRole(Roles.BROKER) && actor.agency() != null;
    }
}
