package io.jointclear.courier.filing;

import io.jointclear.courier.decisions.ConsignmentDecisions;
import io.jointclear.courier.persistence.CourierManifestStore;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Reads of stored manifests, scoped: a courier reads its own, officials every one; the rest is 404. */
@Service
public class ManifestReads {

    private final CourierManifestStore store;

    private final FlagViews flagViews;
    private final ConsignmentDecisions decisions;

    ManifestReads(CourierManifestStore store, FlagViews flagViews, ConsignmentDecisions decisions) {
        this.store = store;
        this.flagViews = flagViews;
        this.decisions = decisions;
    }

    public ManifestSummary manifest(UUID id, Actor actor) {
        ManifestSummary m = store.summary(id).orElseThrow(() -> notFound(id));
        if (!CourierAccess.mayRead(actor, m.courier())) {
            throw notFound(id);
        }
        return m;
    }

    public ConsignmentView consignment(UUID manifestId, String guide, Actor actor) {
        manifest(manifestId, actor);
        return store.consignment(manifestId, guide == null ? "" : guide.strip())
                .map(v -> v.shownAs(flagViews.shown(v.flags(), v.lane(), actor, LocaleContextHolder.getLocale()), actor.isOfficial(),
                        decisions.current(manifestId, v.guide(), actor))).orElseThrow(() -> new ProblemException(404,
                "CONSIGNMENT_NOT_FOUND", "Consignment not found", "Manifest " + manifestId + " has no accepted consignment with guide "
                + abbreviate(guide)));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "MANIFEST_NOT_FOUND", "Manifest not found", "No manifest " + id + " is visible to you");
    }
}
