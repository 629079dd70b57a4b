package io.jointclear.courier;

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
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The courier module's read API for the console: a courier's own manifests and rejections, an officer's view of
 * one manifest (flags first, the tax at stake, consignments to inspect) and the analyst's figures.
 */
@Service
public class CourierOverview {

    /** How many flagged consignments the officer's page lists for inspection. */
    public static final int INSPECTION_SAMPLE = 25;
    /** The rate bands a consignment can fall in (names the console translates). */
    public static final String[] RATE_BANDS = java.util.Arrays.stream(io.jointclear.courier.domain.RateBand.values())
            .map(Enum::name).toArray(String[]::new);
    /** The irregularity kinds (names the console translates). */
    public static final String[] FLAG_CODES = java.util.Arrays.stream(io.jointclear.courier.detection.FlagCode.values())
            .map(Enum::name).toArray(String[]::new);

    private final CourierConsoleReads reads;
    private final FlagViews flags;
    private final IrregularityRates rates;

    CourierOverview(CourierConsoleReads reads, FlagViews flags, IrregularityRates rates) {
        this.reads = reads;
        this.flags = flags;
        this.rates = rates;
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

    /** A flagged consignment with its explained flags. */
    public record FlaggedConsignment(String guide, String consignee, String origin, BigDecimal valueUsd, String rateBand,
                                     BigDecimal taxAtStakeUsd, List<FlagViews.OfficialFlag> flags) {
    }

    public record OfficerManifest(ManifestRow manifest, List<FlagKind> kinds, BigDecimal taxAtStakeUsd, BigDecimal taxAtStakeMxn,
                                  List<FlaggedConsignment> toInspect) {
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
        List<FlaggedConsignment> sample = reads.flagged(id, INSPECTION_SAMPLE).stream().map(c -> new FlaggedConsignment(c.guide(),
                c.consignee(), c.origin(), c.valueUsd(), c.rateBand(), c.taxAtStakeUsd(),
                c.flags().stream().map(f -> flags.official(f, locale)).toList())).toList();
        return new OfficerManifest(m, kinds, usd, mxn, sample);
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
