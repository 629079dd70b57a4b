package io.jointclear.clearance;

import io.jointclear.clearance.TraderCrossingView.Action;
import io.jointclear.clearance.TraderCrossingView.Document;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.risk.Lane;
import io.jointclear.shared.Authority;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the trader's view of a case field by field from the case: what is not copied here does not
 * reach a trader, whatever is later added to {@link CrossingView} or {@link io.jointclear.risk.Selection}.
 */
public final class TraderViews {

    private TraderViews() {
    }

    public static TraderCrossingView of(CrossingView c) {
        List<TraderCrossingView.TraderDecision> decisions = c.decisions() == null ? null : c.decisions().stream()
                .map(d -> new TraderCrossingView.TraderDecision(d.authority(), d.decision(), d.decidedAt()))
                .toList();
        return new TraderCrossingView(c.id(), c.status(), c.direction(), c.mxCustomsOffice(), c.usPort(),
                c.expectedArrival(), c.carrier(), c.conveyance(), c.driver(), c.filedBy(), c.version(), c.declarations(),
                lanes(c), decisions, c.inspection(), c.timestamps());
    }

    private static TraderCrossingView.TraderLanes lanes(CrossingView c) {
        if (c.lanes() == null) {
            return null;
        }
        List<TraderCrossingView.Outcome> outcomes = new ArrayList<>(2);
        outcomes.add(outcome(c, Authority.MX, Lane.valueOf(c.lanes().mx())));
        outcomes.add(outcome(c, Authority.US, Lane.valueOf(c.lanes().us())));
        return new TraderCrossingView.TraderLanes(c.lanes().mx(), c.lanes().us(), c.lanes().joint(), List.copyOf(outcomes));
    }

    private static TraderCrossingView.Outcome outcome(CrossingView c, Authority authority, Lane lane) {
        Action action = switch (lane) {
            case GREEN -> Action.NONE;
            case YELLOW -> Action.PRESENT_DOCUMENTS;
            case RED -> Action.PRESENT_FOR_INSPECTION;
        };
        String where = authority == Authority.MX ? "aduana " + c.mxCustomsOffice() : "port " + c.usPort();
        return new TraderCrossingView.Outcome(authority.name(), lane, action,
                lane == Lane.GREEN ? List.of() : documents(c, authority), where);
    }

    private static List<Document> documents(CrossingView c, Authority authority) {
        List<Document> documents = new ArrayList<>(List.of(Document.DECLARATION, Document.COMMERCIAL_INVOICE,
                Document.TRANSPORT_DOCUMENT));
        if (authority == Authority.US) {
            documents.add(Document.PACKING_LIST);
        }
        if (claimsPreference(c, authority)) {
            documents.add(Document.ORIGIN_CERTIFICATION);
        }
        return List.copyOf(documents);
    }

    private static boolean claimsPreference(CrossingView c, Authority authority) {
        for (CrossingView.DeclarationView d : c.declarations()) {
            DeclarationDocument doc = d.document();
            if (authority.name().equals(d.authority()) && doc != null
                    && doc.lines().stream().anyMatch(l -> l.preference() != null && !l.preference().isBlank())) {
                return true;
            }
        }
        return false;
    }
}
