package io.jointclear.console;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.OverdueArrival;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One line of a crossing list: what a broker or an officer scans for. Everything is formatted by
 * {@link ConsoleFormats}: the title names the direction and the ports, numbers are grouped as people
 * write them, times carry their zone.
 *
 * @param title      {@code Northbound · Nuevo Laredo (240) → Laredo (2304)}
 * @param importer   the importer of the destination country's declaration (else the other's)
 * @param assessment ASSESSED when both sides are assessed, else PENDING_REFERENCE_DATA
 * @param overdue    the conveyance has not arrived long after its expected arrival ({@link OverdueArrival})
 * @param demo       an amount depends on demonstration reference data (source DEMO)
 */
public record CrossingRow(UUID id, String status, String direction, String title, String expectedArrival, String arrivedAt,
                          String numbers, String plate, String importer, String lane, String mxTotal, String usTotal,
                          String assessment, boolean overdue, boolean demo) {

    /** @param locale the language of the title, or null for the request's */
    public static CrossingRow of(CrossingView c, ConsoleFormats formats, ConsoleZone reader, java.util.Locale locale) {
        return of(c, formats, reader, locale, null);
    }

    /** The row as seen at {@code now} (null: without the overdue flag). */
    public static CrossingRow of(CrossingView c, ConsoleFormats formats, ConsoleZone reader, java.util.Locale locale, Instant now) {
        ConsoleZone zone = reader.at(c.mxCustomsOffice());   // the port's local clock, with its zone shown
        boolean demo = false;
        // the pedimento first, then the US entry
        String numbers = c.declarations().stream().sorted(java.util.Comparator.comparing(CrossingView.DeclarationView::authority))
                .map(d -> ConsoleFormats.number(d.authority(), d.number())).collect(Collectors.joining(" · "));
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
            String total = Formats.money(d.assessment().total(), d.assessment().currency());
            if ("MX".equals(d.authority())) {
                mx = total;
            } else {
                us = total;
            }
        }
        return new CrossingRow(c.id(), c.status().name(), c.direction(),
                locale == null ? formats.title(c.direction(), c.mxCustomsOffice(), c.usPort())
                        : formats.title(c.direction(), c.mxCustomsOffice(), c.usPort(), locale),
                c.expectedArrival() == null ? "" : zone.format(c.expectedArrival().toInstant()),
                c.timestamps() == null ? "" : zone.format(c.timestamps().arrivedAt()), numbers,
                c.conveyance() == null || c.conveyance().plate() == null ? "" : c.conveyance().plate(), importer(c),
                c.lanes() == null ? "" : c.lanes().joint(), mx, us, pending ? "PENDING_REFERENCE_DATA" : "ASSESSED",
                now != null && OverdueArrival.isOverdue(c, now), demo);
    }

    private static String importer(CrossingView c) {
        String destination = "SOUTHBOUND".equals(c.direction()) ? "MX" : "US";
        String other = "";
        for (CrossingView.DeclarationView d : c.declarations()) {
            if (d.document() == null || d.document().importer() == null || d.document().importer().name() == null) {
                continue;
            }
            if (destination.equals(d.authority())) {
                return d.document().importer().name();
            }
            other = d.document().importer().name();
        }
        return other;
    }
}
