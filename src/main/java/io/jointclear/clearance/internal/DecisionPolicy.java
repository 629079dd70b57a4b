package io.jointclear.clearance.internal;

import io.jointclear.clearance.ActionOption;
import io.jointclear.clearance.Crossings;
import io.jointclear.clearance.Decision;
import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an authority may record a decision on the crossing now, and if not, why in law. Holding and
 * seizing are always open to an authority (the state machine still refuses a move out of turn);
 * referring is open until the joint inspection has ended (there is one per crossing); releasing needs the joint inspection ended on a red lane, and the authority's own
 * declarations assessed: goods leave customs once the contributions they owe are determined.
 */
final class DecisionPolicy {

    /** Ley Aduanera: the pedimento's contributions are paid on presentation, then the MSA is activated. */
    static final String MX_ASSESSMENT_BASIS = "Ley Aduanera arts. 43 and 83";
    /**
     * 19 CFR: CBP releases against a bond securing the estimated duties (142.4), deposited with the entry
     * summary within 10 working days after release (142.12). Paying first is not required there; the gate
     * is the platform's rule that the amount secured be known.
     */
    static final String US_ASSESSMENT_BASIS = "19 CFR 142.4 and 142.12";
    static final String MX_INSPECTION_BASIS = "Ley Aduanera art. 43 (reconocimiento aduanero)";
    static final String US_INSPECTION_BASIS = "19 U.S.C. 1499 (examination before release)";

    private DecisionPolicy() {
    }

    /**
     * What the policy decided.
     *
     * @param code       null when the decision may be recorded, else the problem code
     * @param legalBasis the rule that allows or refuses it
     * @param reason     for people: why it is refused
     * @param missing    what is missing, one entry per missing item (field path of the crossing, code, message)
     */
    record Verdict(String code, String title, String legalBasis, String reason, List<FieldViolation> missing) {

        static Verdict allowed() {
            return new Verdict(null, null, null, null, List.of());
        }

        /** A move the state machine refuses, with its problem's code and text. */
        static Verdict outOfTurn(ProblemException refusal) {
            return new Verdict(refusal.code(), refusal.title(), null, refusal.getMessage(), List.of());
        }

        boolean isAllowed() {
            return code == null;
        }

        ProblemException problem() {
            return new ProblemException(409, code, title, legalBasis == null ? reason : reason + " (" + legalBasis + ")",
                    missing);
        }

        ActionOption option() {
            return isAllowed() ? ActionOption.open() : new ActionOption(false, code, reason, legalBasis, missing);
        }
    }

    static Verdict decide(Crossing c, Authority authority, Decision decision) {
        if (decision == Decision.REFER && c.inspectionEndedAt != null) {
            return new Verdict("INSPECTION_COMPLETED", "Inspection completed",
                    authority == Authority.MX ? MX_INSPECTION_BASIS : US_INSPECTION_BASIS,
                    "The joint inspection of this crossing has ended; hold or seize if its findings call for it", List.of());
        }
        if (decision != Decision.RELEASE) {
            return Verdict.allowed();
        }
        if ((c.laneOf(authority) == Lane.RED || c.inspectionRequired) && c.inspectionEndedAt == null) {
            return new Verdict("INSPECTION_REQUIRED", "Joint inspection required",
                    authority == Authority.MX ? MX_INSPECTION_BASIS : US_INSPECTION_BASIS,
                    "The crossing is selected for joint inspection; " + authority
                            + " can release it once the inspection has ended", List.of());
        }
        return assessment(c, authority);
    }

    /** Refused while any declaration of the authority is neither assessed nor exempt from assessment. */
    static Verdict assessment(Crossing c, Authority authority) {
        List<FieldViolation> missing = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < c.declarations.size(); i++) {
            StoredDeclaration d = c.declarations.get(i);
            if (d.document().authority() != authority || StoredDeclaration.ASSESSED.equals(d.status())
                    || StoredDeclaration.NOT_APPLICABLE.equals(d.status())) {
                continue;
            }
            String name = kind(authority) + " " + d.document().number();
            pending.add(name);
            if (d.pending().isEmpty()) {
                missing.add(new FieldViolation("declarations[" + i + "]", Crossings.ASSESSMENT_PENDING,
                        name + ": assessment " + d.status()));
            }
            for (FieldViolation v : d.pending()) {
                missing.add(new FieldViolation(v.field(), v.code(), name + ": " + v.message()));
            }
        }
        if (pending.isEmpty()) {
            return Verdict.allowed();
        }
        StringBuilder reason = new StringBuilder(200).append(authority).append(" cannot release: the assessment of ")
                .append(String.join(", ", pending)).append(" is pending; missing: ");
        for (int i = 0; i < missing.size(); i++) {
            reason.append(i == 0 ? "" : "; ").append(missing.get(i).message());
        }
        reason.append(". Load the data and ask for a reassessment (POST /api/v1/crossings/").append(c.id)
                .append("/reassessment); holding stays possible");
        return new Verdict(Crossings.ASSESSMENT_PENDING, "Assessment pending",
                authority == Authority.MX ? MX_ASSESSMENT_BASIS : US_ASSESSMENT_BASIS, reason.toString(), missing);
    }

    private static String kind(Authority authority) {
        return authority == Authority.MX ? "pedimento" : "entry";
    }
}
