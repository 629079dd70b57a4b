package io.jointclear.console;

import io.jointclear.clearance.CrossingView;
import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.inspection.InspectionView;
import io.jointclear.risk.Selection;
import io.jointclear.shared.Authority;
import io.jointclear.tariff.MissingReferenceData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A crossing as the console shows it: both declarations side by side with their assessments, the
 * cross-check, the lanes with their reasons, the decisions, the joint inspection and the timeline.
 * Everything is already formatted; templates only place it.
 */
public record CaseDetails(UUID id, String status, String direction, String mxCustomsOffice, String usPort,
                          String expectedArrival, String carrier, String plate, String driver, String filedBy,
                          List<DeclarationPanel> declarations, List<CrossCheckFinding> findings, LanePanel lanes,
                          List<DecisionRow> decisions, InspectionPanel inspection, List<TimelineRow> timeline) {

    public record DeclarationPanel(String authority, String number, String kind, List<PartyRow> parties, List<LineRow> lines,
                                   String assessmentStatus, String currency, List<TaxRow> taxes, String total,
                                   String exchangeRate, List<PendingRow> pending, boolean demo) {
    }

    /**
     * One missing reference datum: a message key worded for the reader with its fracción and date, or —
     * for data this console does not word — the module's own text.
     */
    public record PendingRow(String key, String fraccion, String date, String text) {
    }

    public record PartyRow(String roleKey, String taxId, String name, String country) {
    }

    public record LineRow(int line, String tariffCode, String description, String quantity, String value, String origin) {
    }

    public record TaxRow(String code, String amount) {
    }

    /**
     * The lanes that govern each authority now and the joint lane, null before arrival.
     *
     * @param referredBy authorities that referred the crossing to joint inspection (their lanes are red since)
     */
    public record LanePanel(String mx, String us, String joint, List<ReasonRow> reasons, String policy,
                            List<String> referredBy) {
    }

    public record ReasonRow(String authority, String rule, String lane, String explanation) {
    }

    public record DecisionRow(String authority, String decision, String officer, String notes, String at) {
    }

    /**
     * @param present whether the crossing has a joint inspection record
     * @param status  SCHEDULED, IN_PROGRESS, COMPLETED (or null when none)
     */
    public record InspectionPanel(boolean required, boolean present, String status, String facility, String mxOfficer,
                                  String usOfficer, String startedAt, String endedAt, List<FindingRow> findings) {
    }

    public record FindingRow(String authority, String officer, String kind, String line, String description, String at) {
    }

    /** @param eventKey message key of what happened ({@code timeline.FILED} …) */
    public record TimelineRow(String at, String eventKey, String detail, Instant sortKey) {
    }

    public static CaseDetails of(CrossingView c, Optional<InspectionView> inspection, ConsoleZone reader) {
        ConsoleZone zone = reader.at(c.mxCustomsOffice());   // the port's local clock, with its zone shown
        List<DeclarationPanel> panels = c.declarations().stream()
                .sorted(Comparator.comparing(CrossingView.DeclarationView::authority))
                .map(d -> panel(d, MissingReferenceData.Audience.OFFICIAL, zone)).toList();
        LanePanel lanes = null;
        if (c.lanes() != null) {
            List<ReasonRow> reasons = new ArrayList<>();
            Selection s = c.lanes().selection();
            if (s != null) {
                for (Authority a : Authority.values()) {
                    Selection.AuthorityLane lane = s.lanes().get(a);
                    if (lane != null) {
                        lane.reasons().forEach(r -> reasons.add(new ReasonRow(a.name(), r.rule(), r.lane().name(),
                                RiskTexts.explanation(r, zone))));
                        if (lane.score() != null && lane.score() != 0.0 || !lane.contributions().isEmpty()) {
                            reasons.add(new ReasonRow(a.name(), zone.text("risk.scoreRow"), lane.lane().name(), score(lane, zone)));
                        }
                    }
                }
            }
            lanes = new LanePanel(c.lanes().mx(), c.lanes().us(), c.lanes().joint(), reasons, s == null ? "" : s.policy(),
                    c.lanes().referredBy() == null ? List.of() : c.lanes().referredBy());
        }
        List<DecisionRow> decisions = c.decisions() == null ? List.of() : c.decisions().stream()
                .map(d -> new DecisionRow(zone.text("authority." + d.authority()), d.decision().name(), d.officer(), d.notes(),
                        zone.format(d.decidedAt())))
                .toList();
        InspectionPanel inspectionPanel = inspection.map(i -> new InspectionPanel(true, true, i.status(), site(i.facility(), zone),
                        i.mxOfficer(), i.usOfficer(), zone.format(i.startedAt()), zone.format(i.endedAt()),
                        i.findings() == null ? List.of() : i.findings().stream().map(f -> new FindingRow(f.authority().name(),
                                f.officer(), zone.text("finding." + f.kind()), f.line() == null ? "" : f.line().toString(), f.description(),
                                zone.format(f.recordedAt()))).toList()))
                .orElse(new InspectionPanel(c.inspection() != null && c.inspection().required(), false, null, null, null, null,
                        "", "", List.of()));
        return new CaseDetails(c.id(), c.status().name(), c.direction(), c.mxCustomsOffice(), c.usPort(),
                zone.format(c.expectedArrival()),
                c.carrier() == null ? "" : join(c.carrier().scac(), c.carrier().name()),
                c.conveyance() == null ? "" : join(c.conveyance().plate(), c.conveyance().plateCountry()),
                c.driver() == null ? "" : join(c.driver().name(), c.driver().fastCard()), c.filedBy(), panels,
                c.crossCheckFindings() == null ? List.of() : c.crossCheckFindings(), lanes, decisions, inspectionPanel,
                timeline(c, inspection, zone));
    }

    /** The risk score and its largest contributions, e.g. {@code 0.420 = value_per_kg=38.1 (+0.200), …}: numbers and feature names only. */
    private static String score(Selection.AuthorityLane lane, ConsoleZone zone) {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%.3f", lane.score()));
        List<Selection.Contribution> top = lane.contributions().stream().limit(5).toList();
        for (int i = 0; i < top.size(); i++) {
            Selection.Contribution c = top.get(i);
            out.append(i == 0 ? " = " : ", ").append(c.feature()).append('=').append(RiskTexts.value(c, zone))
                    .append(String.format(java.util.Locale.ROOT, " (%+.3f)", c.contribution()));
        }
        return out.toString();
    }

    static DeclarationPanel panel(CrossingView.DeclarationView d, MissingReferenceData.Audience audience, ConsoleZone zone) {
        DeclarationDocument doc = d.document();
        List<PartyRow> parties = new ArrayList<>();
        party(parties, "party.importer", doc.importer());
        party(parties, "party.exporter", doc.exporter());
        party(parties, "party.buyer", doc.buyer());
        party(parties, "party.seller", doc.seller());
        List<LineRow> lines = new ArrayList<>();
        for (int i = 0; i < doc.lines().size(); i++) {
            DeclarationDocument.Line l = doc.lines().get(i);
            lines.add(new LineRow(i + 1, l.tariffCode(), l.description(),
                    l.quantity() == null ? "" : Formats.number(l.quantity().value()) + " " + nz(l.quantity().unit()),
                    Formats.money(l.value(), doc.currency()), nz(l.origin())));
        }
        String kind = (doc.operation() == null ? "" : doc.operation() + " · ") + nz(doc.type())
                + (doc.regime() == null ? "" : " · " + doc.regime());
        List<TaxRow> taxes = new ArrayList<>();
        String total = "";
        String currency = "";
        String rate = doc.exchangeRate() == null ? "" : plain(doc.exchangeRate());
        if (d.assessment() != null) {
            currency = d.assessment().currency();
            String cur = currency;
            d.assessment().totals().forEach(t -> taxes.add(new TaxRow(zone.textOr("taxcode." + t.code(), "taxcode.other", t.code()), Formats.money(t.amount(), cur))));
            total = Formats.money(d.assessment().total(), currency);
            if (d.assessment().exchangeRate() != null) {
                rate = plain(d.assessment().exchangeRate());
            }
        }
        List<PendingRow> pending = d.assessmentPending() == null ? List.of()
                : d.assessmentPending().stream().map(v -> MissingReferenceData.of(v, audience,
                        i -> i < doc.lines().size() ? doc.lines().get(i).tariffCode() : null, doc.date())
                        .map(n -> new PendingRow(n.key(), n.fraccion(), n.date(), null))
                        .orElseGet(() -> new PendingRow(null, null, null, zone.textOr("pending." + v.code(), "pending.other", v.code())))).toList();
        return new DeclarationPanel(d.authority(), d.number(), kind, parties, lines, d.assessmentStatus(), currency, taxes,
                total, rate, pending, d.assessment() != null && d.assessment().demoData());
    }

    /**
     * What keeps an authority from releasing, in the reader's language: one entry per missing reference
     * datum of its declarations whose assessment is not complete ("26 24 … · La aduana aún no ha cargado …").
     */
    public static List<String> pendingOf(CrossingView c, Authority mine, ConsoleZone reader) {
        ConsoleZone zone = reader.at(c.mxCustomsOffice());
        List<String> out = new ArrayList<>();
        for (CrossingView.DeclarationView d : c.declarations() == null ? List.<CrossingView.DeclarationView>of() : c.declarations()) {
            if (!mine.name().equals(d.authority()) || d.assessmentStatus() == null
                    || "ASSESSED".equals(d.assessmentStatus()) || "NOT_APPLICABLE".equals(d.assessmentStatus())) {
                continue;
            }
            if (d.assessmentPending() == null || d.assessmentPending().isEmpty()) {
                out.add(d.number() + " · " + zone.text("assessment." + d.assessmentStatus()));
            } else {
                d.assessmentPending().stream().map(v -> zone.textOr("pending." + v.code(), "pending.other", v.code()))
                        .distinct().forEach(t -> out.add(d.number() + " · " + t));
            }
        }
        return out;
    }

    private static List<TimelineRow> timeline(CrossingView c, Optional<InspectionView> inspection, ConsoleZone zone) {
        List<TimelineRow> rows = new ArrayList<>();
        CrossingView.Timestamps t = c.timestamps();
        if (t != null) {
            add(rows, zone, t.filedAt(), "timeline.FILED", c.filedBy());
            add(rows, zone, t.amendedAt(), "timeline.AMENDED", "");
            add(rows, zone, t.arrivedAt(), "timeline.ARRIVED", c.mxCustomsOffice() + "/" + c.usPort());
            add(rows, zone, t.selectedAt(), "timeline.SELECTED", lanes(c.lanes() == null ? null : c.lanes().mx(),
                    c.lanes() == null ? null : c.lanes().us(), zone));
            add(rows, zone, t.inspectionStartedAt(), "timeline.INSPECTION_STARTED", "");
            add(rows, zone, t.inspectionEndedAt(), "timeline.INSPECTION_ENDED", "");
            add(rows, zone, t.releasedAt(), "timeline.RELEASED", "");
        }
        if (c.decisions() != null) {
            c.decisions().forEach(d -> add(rows, zone, d.decidedAt(), "timeline.DECISION",
                    decision(d.authority(), d.decision().name(), zone) + " · " + d.officer()
                            + (d.notes() == null || d.notes().isBlank() ? "" : " · " + d.notes())));
        }
        inspection.ifPresent(i -> {
            add(rows, zone, i.scheduledAt(), "timeline.INSPECTION_SCHEDULED", site(i.facility(), zone));
            if (i.findings() != null) {
                i.findings().forEach(f -> add(rows, zone, f.recordedAt(), "timeline.FINDING",
                        zone.text("timeline.detail.finding", new ConsoleZone.Text("authority." + f.authority()),
                                new ConsoleZone.Text("finding." + f.kind()), nz(f.description()))));
            }
        });
        rows.sort(CAUSAL);
        return rows;
    }

    /**
     * Events in the order they caused one another where their times are equal (a decision and the joint
     * release it brought are recorded at the same instant); the sort is stable, so events of one kind at
     * one instant keep the order they were recorded in.
     */
    static final List<String> CAUSAL_ORDER = List.of("timeline.FILED", "timeline.AMENDED", "timeline.ARRIVED",
            "timeline.SELECTED", "timeline.INSPECTION_SCHEDULED", "timeline.INSPECTION_STARTED", "timeline.FINDING",
            "timeline.INSPECTION_ENDED", "timeline.DECISION", "timeline.RELEASED");

    static final Comparator<TimelineRow> CAUSAL = Comparator.comparing(TimelineRow::sortKey)
            .thenComparingInt(r -> CAUSAL_ORDER.indexOf(r.eventKey()));

    static void add(List<TimelineRow> rows, ConsoleZone zone, Instant at, String key, String detail) {
        if (at != null) {
            rows.add(new TimelineRow(zone.format(at), key, detail, at));
        }
    }

    private static void party(List<PartyRow> rows, String key, DeclarationDocument.Party p) {
        if (p != null) {
            rows.add(new PartyRow(key, nz(p.taxId()), nz(p.name()), nz(p.country())));
        }
    }

    static String money(BigDecimal amount) {
        return Formats.amount(amount);
    }

    /** "México: Verde · Estados Unidos: Rojo" — each authority's lane, in the reader's language. */
    static String lanes(String mx, String us, ConsoleZone zone) {
        return mx == null ? "" : zone.text("timeline.detail.lanes", new ConsoleZone.Text("lane." + mx),
                new ConsoleZone.Text("lane." + us));
    }

    /** "Estados Unidos (CBP): Liberar". */
    static String decision(String authority, String decision, ConsoleZone zone) {
        return zone.text("timeline.detail.decision", new ConsoleZone.Text("authority." + authority),
                new ConsoleZone.Text("decision." + decision));
    }

    /**
     * The joint inspection site in the reader's language. The inspection module names the port pair's
     * facility by its proper names ("Nuevo Laredo / Laredo (240/2304)"); rows stored before carry an
     * English prefix, dropped here.
     */
    static String site(String facility, ConsoleZone zone) {
        if (facility == null || facility.isBlank()) {
            return "";
        }
        String names = facility.startsWith(LEGACY_SITE_PREFIX) ? facility.substring(LEGACY_SITE_PREFIX.length()) : facility;
        return zone.text("inspection.site", names);
    }

    private static final String LEGACY_SITE_PREFIX = "Joint facility ";

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String join(String a, String b) {
        return (nz(a) + " " + nz(b)).trim();
    }
}
