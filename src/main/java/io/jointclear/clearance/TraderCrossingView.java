package io.jointclear.clearance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jointclear.risk.Lane;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A crossing as a trader sees it — the broker of the filing agency, the carrier carrying it: their
 * declarations with the assessed taxes, each authority's lane outcome and what they must do about it,
 * the decisions and the times. Never how the crossing was selected: no rules, scores, contributions,
 * thresholds, party history, value references or cross-check tolerances, and not the officers' names
 * or notes. Built by {@link TraderViews}; officers, analysts and auditors get {@link CrossingView}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraderCrossingView(
        UUID id,
        CrossingStatus status,
        String direction,
        String mxCustomsOffice,
        String usPort,
        OffsetDateTime expectedArrival,
        FileCrossing.Carrier carrier,
        FileCrossing.Conveyance conveyance,
        FileCrossing.Driver driver,
        String filedBy,
        long version,
        List<CrossingView.DeclarationView> declarations,
        TraderLanes lanes,
        List<TraderDecision> decisions,
        CrossingView.Inspection inspection,
        CrossingView.Timestamps timestamps) {

    /**
     * Each authority's lane and the joint lane (the field names of {@link CrossingView.Lanes}), and per
     * authority what the trader must do.
     */
    public record TraderLanes(String mx, String us, String joint, List<Outcome> outcomes) {
    }

    /**
     * One authority's outcome for the trader.
     *
     * @param action    what the lane asks of the trader, see {@link Action}
     * @param documents the documents to have ready for the review, see {@link Document}; empty on a green lane
     * @param where     where the goods are presented: the aduana ({@code MX}) or port ({@code US}) of the
     *                  crossing; for a joint inspection the facility and time are at
     *                  {@code GET /api/v1/crossings/{id}/inspection}
     */
    public record Outcome(String authority, Lane lane, Action action, List<Document> documents, String where) {
    }

    /** What a lane asks of the trader. */
    public enum Action {
        /** Green: nothing to present; wait for the release (desaduanamiento libre). */
        NONE,
        /** Yellow: documentary review; present the documents when the officer asks. */
        PRESENT_DOCUMENTS,
        /** Red: physical examination (reconocimiento aduanero): take the conveyance to the joint inspection. */
        PRESENT_FOR_INSPECTION
    }

    /** A document to have ready for a review (Ley Aduanera art. 36-A; 19 CFR 141.81, 141.86, 142.3). */
    public enum Document {
        /** The pedimento or the US entry (CBP 3461 / 7501) itself. */
        DECLARATION,
        /** The commercial invoice (for a Mexican export, the CFDI with its foreign-trade complement). */
        COMMERCIAL_INVOICE,
        /** The transport document: carta porte, bill of lading or manifest. */
        TRANSPORT_DOCUMENT,
        /** The packing list (US entries). */
        PACKING_LIST,
        /** The USMCA certification of origin, when a preference is claimed on a line. */
        ORIGIN_CERTIFICATION
    }

    /** An authority's decision as the trader sees it: what and when. */
    public record TraderDecision(String authority, Decision decision, Instant decidedAt) {
    }
}
