package io.jointclear.courier;

import io.jointclear.courier.decisions.ConsignmentDecisions;
import io.jointclear.courier.decisions.DecisionKind;
import io.jointclear.courier.decisions.DecisionRequest;
import io.jointclear.courier.decisions.DecisionView;
import io.jointclear.courier.filing.CourierAccess;
import io.jointclear.courier.filing.FlagViews;
import io.jointclear.courier.filing.IrregularityRates;
import io.jointclear.courier.persistence.CourierConsoleReads;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The courier module's read API for the console and other modules: a courier's own manifests and rejections, an
 * officer's view of one manifest (flags first, the tax at stake, the consignments the risk engine selected, decisions)
 * and the analyst's figures; {@link #irregularityRates} for the operators module.
 */
@Service
public class CourierOverview {

    /** How many flagged consignments the officer's page lists for inspection. */
    public static final int INSPECTION_SAMPLE = 25;
    /** The rate bands a consignment can fall in (names the console translates). */
    public static final String[] RATE_BANDS = java.util.Arrays.stream(io.jointclear.courier.domain.RateBand.values())
            .map(Enum::name).toArray(String[]::new);
    /** The decisions an officer takes on a consignment (names the console translates). */
    public static final String[] DECISIONS = java.util.Arrays.stream(DecisionKind.values()).map(Enum::name).toArray(String[]::new);
    /** The irregularity kinds (names the console translates). */
    public static final String[] FLAG_CODES = java.util.Arrays.stream(io.jointclear.courier.detection.FlagCode.values())
            .map(Enum::name).toArray(String[]::new);

    /** How many decided consignments the officer's page lists. */
    public static final int DECIDED_LIST = 50;

    private final CourierConsoleReads reads;
    private final FlagViews flags;
    private final IrregularityRates rates;
    private final ConsignmentDecisions decisions;

    CourierOverview(CourierConsoleReads reads, FlagViews flags, IrregularityRates rates, ConsignmentDecisions decisions) {
        this.reads = reads;
        this.flags = flags;
        this.rates = rates;
        this.decisions = decisions;
    }

    /** A manifest in a list: how much went in, what was refused and (for officials) how much was flagged. */
    public record ManifestRow(UUID id, String courierId, LocalDate date, String direction, String customsOffice, int accepted,
                              int rejected, long flagged, BigDecimal declaredValueUsd) {
    }

    /** A refused consignment and its errors, as the courier got them in the answer. */
    public record RejectionRow(int index, String guide, List<String> errors) {
    }

    /** Flags of one kind in a manifest and the tax at stake they add up to (global-rate differences only). */
    public record FlagKind(String code, long consignments, BigDecimal taxAtStakeUsd, BigDecimal taxAtStakeMxn) {
    }

    /**
     * A flagged consignment with its explained flags, the risk engine's lane and reasons (rule ids) and the officer's
     * current decision (null when none yet).
     */
    public record FlaggedConsignment(String guide, String consignee, String origin, BigDecimal valueUsd, String rateBand,
                                     BigDecimal taxAtStakeUsd, List<FlagViews.OfficialFlag> flags, String lane,
                                     String selectionReasons, String decision) {
    }

    /**
     * The officer's page of a manifest: flags by kind, the tax at stake, the consignments the risk engine selected for
     * inspection, flagged ones it did not select, and the decisions taken.
     */
    public record OfficerManifest(ManifestRow manifest, List<FlagKind> kinds, BigDecimal taxAtStakeUsd, BigDecimal taxAtStakeMxn,
                                  List<FlaggedConsignment> toInspect, List<FlaggedConsignment> notSelected,
                                  List<DecisionView> decided, List<String> decisions) {
    }

    /**
     * One courier's irregularity figures over manifests dated in a period, for the operators module (compliance score,
     * proposed proceedings). {@code flagged}: consignments with at least one flag; {@code byKind}: flags per kind (a
     * consignment may count under several); {@code inspected}: consignments an officer decided on after the risk
     * engine's selection or otherwise; {@code confirmed}: decisions whose inspection found something (a hit).
     */
    public record CourierIrregularities(String courierId, long consignments, long flagged, BigDecimal rate,
                                        Map<String, Long> byKind, long inspected, long confirmed) {
    }

    /** Revenue of a rate band over the period: consignments, declared value and the global rate collected. */
    public record BandRevenue(String rateBand, long consignments, BigDecimal valueUsd, BigDecimal taxUsd) {
    }

    public record AnalystFigures(LocalDate from, LocalDate to, long manifests, long consignments, List<BandRevenue> bands,
                                 IrregularityRates.Report irregularities) {
    }

    public List<ManifestRow> myManifests(Actor actor, int limit) {
        if (actor.courier() == null) {
            throw new ProblemException(403, "COURIER_ONLY", "Courier companies only", "Only a courier company has manifests");
        }
        return reads.manifests(actor.courier().id(), null, null, limit);
    }

    public List<RejectionRow> rejections(Actor actor, UUID manifestId) {
        ManifestRow m = reads.manifest(manifestId).filter(r -> CourierAccess.mayRead(actor, r.courierId()))
                .orElseThrow(() -> notFound(manifestId));
        return reads.rejections(m.id());
    }

    public List<ManifestRow> recentManifests(Actor actor, LocalDate from, LocalDate to, int limit) {
        officialsOnly(actor);
        return reads.manifests(null, from, to, limit);
    }

    public OfficerManifest officerManifest(Actor actor, UUID id, Locale locale) {
        officialsOnly(actor);
        ManifestRow m = reads.manifest(id).orElseThrow(() -> notFound(id));
        List<FlagKind> kinds = reads.flagKinds(id);
        BigDecimal[] total = reads.taxAtStake(id);
        BigDecimal usd = total[0];
        BigDecimal mxn = total[1];
        List<FlaggedConsignment> sample = flagged(id, true, locale);
        List<FlaggedConsignment> others = flagged(id, false, locale);
        return new OfficerManifest(m, kinds, usd, mxn, sample, others, decisions.decided(id, DECIDED_LIST, actor),
                List.of(DECISIONS));
    }

    private List<FlaggedConsignment> flagged(UUID id, boolean selected, Locale locale) {
        return reads.flagged(id, selected, INSPECTION_SAMPLE).stream().map(c -> new FlaggedConsignment(c.guide(),
                c.consignee(), c.origin(), c.valueUsd(), c.rateBand(), c.taxAtStakeUsd(),
                c.flags().stream().map(f -> flags.official(f, c.lane(), locale)).toList(), c.lane(), c.selectionReasons(),
                c.decision())).toList();
    }

    /** An officer's decision on one consignment with what the inspection found (any finding may be null). */
    public record Decision(String guide, String decision, BigDecimal foundValueUsd, BigDecimal foundWeightKg,
                           String foundDescription, String foundHs6, String note) {
    }

    /** Records an officer's decision, as {@code POST /api/v1/courier/manifests/{id}/decisions} does. */
    public void decide(Actor actor, UUID manifestId, Decision d) {
        decisions.decide(actor, manifestId, new DecisionRequest(d.guide(), d.decision(), new DecisionRequest.Findings(
                d.foundValueUsd(), d.foundWeightKg(), d.foundDescription(), d.foundHs6()), d.note()));
    }

    /**
     * Per courier id, its irregularity figures over manifests dated from–to (inclusive): the public read the operators
     * module builds compliance scores and proposed proceedings on. No actor: the caller is another module, which scopes
     * its own readers. At most 366 days.
     */
    public Map<String, CourierIrregularities> irregularityRates(LocalDate from, LocalDate to) {
        Map<String, CourierIrregularities> out = new java.util.TreeMap<>();
        IrregularityRates.Report report = rates.report(from, to);
        Map<String, long[]> inspections = reads.inspections(from, to);
        for (IrregularityRates.CourierIrregularity r : report.couriers()) {
            long[] i = inspections.getOrDefault(r.courierId(), new long[2]);
            out.put(r.courierId(), new CourierIrregularities(r.courierId(), r.consignments(), r.flagged(), r.rate(), r.byKind(),
                    i[0], i[1]));
        }
        return out;
    }

    public AnalystFigures analyst(Actor actor, LocalDate from, LocalDate to) {
        IrregularityRates.Report irregular = rates.report(actor, from.toString(), to.toString());
        long[] counts = reads.counts(from, to);
        return new AnalystFigures(irregular.from(), irregular.to(), counts[0], counts[1], reads.revenueByBand(from, to), irregular);
    }

    private static void officialsOnly(Actor actor) {
        if (!actor.isOfficial()) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Officials and analysts only");
        }
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(404, "MANIFEST_NOT_FOUND", "Manifest not found", "No manifest " + id + " is visible to you");
    }
}
