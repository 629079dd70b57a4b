package io.jointclear.console;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.OverdueArrival;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One line of a crossing list: what a broker or an officer scans for.
 *
 * @param assessment ASSESSED when both sides are assessed, else PENDING_REFERENCE_DATA
 * @param overdue    the conveyance has not arrived long after its expected arrival ({@link OverdueArrival})
 * @param demo       an amount depends on demonstration reference data (source DEMO)
 */
public record CrossingRow(UUID id, String status, String direction, String pair, String expectedArrival, String arrivedAt,
                          String numbers, String lane, String mxTotal, String usTotal, String assessment, boolean overdue,
                          boolean demo) {

    public static CrossingRow of(CrossingView c, ConsoleZone zone) {
        return of(c, zone, null);
    }

    /** The row as seen at {@code now} (null: without the overdue flag). */
    public static CrossingRow of(CrossingView c, ConsoleZone zone, Instant now) {
        boolean demo = false;
        String numbers = c.declarations().stream().map(CrossingView.DeclarationView::number).collect(Collectors.joining(" · "));
        String mx = "";
        String us = "";
        boolean pending = false;
        for (CrossingView.DeclarationView d : c.declarations()) {
            if ("PENDING_REFERENCE_DATA".equals(d.assessmentStatus())) {
                pending = true;
            }
            if (d.assessment() == null) {
                continue;
            }
            demo |= d.assessment().demoData();
            String total = CaseDetails.money(d.assessment().total()) + " " + d.assessment().currency();
            if ("MX".equals(d.authority())) {
                mx = total;
            } else {
                us = total;
            }
        }
        return new CrossingRow(c.id(), c.status().name(), c.direction(), c.mxCustomsOffice() + " / " + c.usPort(),
                zone.format(c.expectedArrival()), c.timestamps() == null ? "" : zone.format(c.timestamps().arrivedAt()), numbers,
                c.lanes() == null ? "" : c.lanes().joint(), mx, us, pending ? "PENDING_REFERENCE_DATA" : "ASSESSED",
                now != null && OverdueArrival.isOverdue(c, now), demo);
    }
}
