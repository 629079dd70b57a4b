package io.jointclear.console;

import io.jointclear.clearance.CrossingView;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One line of a crossing list: what a broker or an officer scans for.
 *
 * @param assessment ASSESSED when both sides are assessed, else PENDING_REFERENCE_DATA
 */
public record CrossingRow(UUID id, String status, String direction, String pair, String expectedArrival, String arrivedAt,
                          String numbers, String lane, String mxTotal, String usTotal, String assessment) {

    public static CrossingRow of(CrossingView c, ConsoleZone reader) {
        ConsoleZone zone = reader.at(c.mxCustomsOffice());   // the port's local clock, with its zone shown
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
            String total = Formats.money(d.assessment().total(), d.assessment().currency());
            if ("MX".equals(d.authority())) {
                mx = total;
            } else {
                us = total;
            }
        }
        return new CrossingRow(c.id(), c.status().name(), c.direction(), c.mxCustomsOffice() + " / " + c.usPort(),
                zone.format(c.expectedArrival()), c.timestamps() == null ? "" : zone.format(c.timestamps().arrivedAt()), numbers,
                c.lanes() == null ? "" : c.lanes().joint(), mx, us, pending ? "PENDING_REFERENCE_DATA" : "ASSESSED");
    }
}
