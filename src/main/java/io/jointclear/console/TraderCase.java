package io.jointclear.console;

import io.jointclear.clearance.TraderCrossingView;
import io.jointclear.inspection.InspectionView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A crossing as the broker's console shows it, from the {@link TraderCrossingView} only: the
 * declarations with their taxes, each authority's lane with what to do, where and when the joint
 * inspection takes place, the decisions and the timeline — nothing of how the crossing was selected.
 * The summary, declaration and timeline parts have the shape of {@link CaseDetails}' so the page
 * shares their fragments.
 */
public record TraderCase(UUID id, String status, String direction, String mxCustomsOffice, String usPort,
                         String expectedArrival, String carrier, String plate, String driver, String filedBy,
                         List<CaseDetails.DeclarationPanel> declarations, Lanes lanes, List<DecisionRow> decisions,
                         InspectionPlan inspection, List<CaseDetails.TimelineRow> timeline) {

    /** Lanes per authority and joint with each authority's outcome; null before arrival. */
    public record Lanes(String mx, String us, String joint, List<OutcomeRow> outcomes) {
    }

    /** @param action {@link TraderCrossingView.Action} name; @param documents {@link TraderCrossingView.Document} names */
    public record OutcomeRow(String authority, String lane, String action, List<String> documents, String where) {
    }

    public record DecisionRow(String authority, String decision, String at) {
    }

    /** The joint inspection as the trader needs it: whether, where, when and how far along. */
    public record InspectionPlan(boolean required, String facility, String scheduledAt, String status, String startedAt,
                                 String endedAt) {
    }

    public static TraderCase of(TraderCrossingView c, Optional<InspectionView> inspection, ConsoleZone reader) {
        ConsoleZone zone = reader.at(c.mxCustomsOffice());   // the port's local clock, with its zone shown
        List<CaseDetails.DeclarationPanel> panels = c.declarations().stream()
                .sorted(Comparator.comparing(d -> d.authority()))
                .map(d -> CaseDetails.panel(d, io.jointclear.tariff.MissingReferenceData.Audience.TRADER, zone)).toList();
        Lanes lanes = c.lanes() == null ? null : new Lanes(c.lanes().mx(), c.lanes().us(), c.lanes().joint(),
                c.lanes().outcomes().stream().map(o -> new OutcomeRow(o.authority(), o.lane().name(), o.action().name(),
                        o.documents().stream().map(Enum::name).toList(), where(o.authority(), c, zone))).toList());
        List<DecisionRow> decisions = c.decisions() == null ? List.of() : c.decisions().stream()
                .map(d -> new DecisionRow(zone.text("authority." + d.authority()), d.decision().name(),
                        zone.format(d.decidedAt()))).toList();
        boolean required = c.inspection() != null && c.inspection().required();
        InspectionPlan plan = inspection.map(i -> new InspectionPlan(true, CaseDetails.site(i.facility(), zone),
                        zone.format(i.scheduledAt()), i.status(), zone.format(i.startedAt()), zone.format(i.endedAt())))
                .orElse(new InspectionPlan(required, "", "", null, "", ""));
        return new TraderCase(c.id(), c.status().name(), c.direction(), c.mxCustomsOffice(), c.usPort(),
                zone.format(c.expectedArrival()),
                c.carrier() == null ? "" : CaseDetails.join(c.carrier().scac(), c.carrier().name()),
                c.conveyance() == null ? "" : CaseDetails.join(c.conveyance().plate(), c.conveyance().plateCountry()),
                c.driver() == null ? "" : CaseDetails.join(c.driver().name(), c.driver().fastCard()), c.filedBy(), panels,
                lanes, decisions, plan, timeline(c, inspection, zone));
    }

    /** The case's milestones; decisions by authority and outcome only, inspection findings left to the officers. */
    private static List<CaseDetails.TimelineRow> timeline(TraderCrossingView c, Optional<InspectionView> inspection,
                                                          ConsoleZone zone) {
        List<CaseDetails.TimelineRow> rows = new ArrayList<>();
        var t = c.timestamps();
        if (t != null) {
            CaseDetails.add(rows, zone, t.filedAt(), "timeline.FILED", c.filedBy());
            CaseDetails.add(rows, zone, t.amendedAt(), "timeline.AMENDED", "");
            CaseDetails.add(rows, zone, t.arrivedAt(), "timeline.ARRIVED", c.mxCustomsOffice() + "/" + c.usPort());
            CaseDetails.add(rows, zone, t.selectedAt(), "timeline.SELECTED", CaseDetails.lanes(
                    c.lanes() == null ? null : c.lanes().mx(), c.lanes() == null ? null : c.lanes().us(), zone));
            CaseDetails.add(rows, zone, t.inspectionStartedAt(), "timeline.INSPECTION_STARTED", "");
            CaseDetails.add(rows, zone, t.inspectionEndedAt(), "timeline.INSPECTION_ENDED", "");
            CaseDetails.add(rows, zone, t.releasedAt(), "timeline.RELEASED", "");
        }
        if (c.decisions() != null) {
            c.decisions().forEach(d -> CaseDetails.add(rows, zone, d.decidedAt(), "timeline.DECISION",
                    CaseDetails.decision(d.authority(), d.decision().name(), zone)));
        }
        inspection.ifPresent(i -> CaseDetails.add(rows, zone, i.scheduledAt(), "timeline.INSPECTION_SCHEDULED",
                CaseDetails.site(i.facility(), zone)));
        rows.sort(CaseDetails.CAUSAL);
        return rows;
    }

    /** Where the trader presents the truck to an authority: "aduana 240" / "port 2304", in the reader's language. */
    private static String where(String authority, TraderCrossingView c, ConsoleZone zone) {
        return "MX".equals(authority) ? zone.text("trader.where.MX", c.mxCustomsOffice())
                : zone.text("trader.where.US", c.usPort());
    }
}
