package io.jointclear.demo;

import io.jointclear.clearance.CrossingView;
import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The carriers' side of the demo: most northbound trucks get their truck manifest one to three hours
 * before the planned arrival, a few only minutes before (late at arrival), a few none at all — so the
 * officers' queue shows LATE_MANIFEST and MISSING_MANIFEST flags as a real border would.
 */
final class DemoManifests {

    static final double LATE_SHARE = 0.07;
    static final double MISSING_SHARE = 0.05;

    private DemoManifests() {
    }

    /** When the carrier files the crossing's manifest (empty: never), never before the crossing was filed. */
    static Optional<Instant> filingTime(long serial, Instant filed, Instant plannedArrival) {
        Random r = new Random(serial * 31 + 7);   // its own draws: the rest of the demo's sequence is unchanged
        double draw = r.nextDouble();
        if (draw < MISSING_SHARE) {
            return Optional.empty();
        }
        Duration lead = draw < MISSING_SHARE + LATE_SHARE ? Duration.ofMinutes(5 + r.nextInt(45))
                : Duration.ofMinutes(65 + r.nextInt(120));
        Instant at = plannedArrival.minus(lead);
        Instant earliest = filed.plusSeconds(60);
        return Optional.of(at.isBefore(earliest) ? earliest : at);
    }

    /** The manifest of one northbound crossing, built from what the broker filed; {@code number} makes trip and SCN unique. */
    static FileManifest of(CrossingView c, long number) {
        String scac = c.carrier().scac();
        String reference = String.format("%012d", number);
        FileManifest.Conveyance truck = new FileManifest.Conveyance(c.conveyance().plate(), c.conveyance().plateCountry(), null);
        List<FileManifest.Equipment> equipment = c.conveyance().trailer() == null ? List.of()
                : List.of(new FileManifest.Equipment(ManifestCodes.TRAILER, c.conveyance().trailer(), c.conveyance().seals()));
        String fastCard = c.driver() == null ? null : c.driver().fastCard();
        FileManifest.CrewMember driver = new FileManifest.CrewMember(c.driver() == null ? "Operador" : c.driver().name(),
                fastCard, new FileManifest.Licence("LF" + reference, "MX"));
        String pedimento = number(c, "MX");
        String entry = number(c, "US");
        FileManifest.Shipment shipment = new FileManifest.Shipment(scac + reference, ManifestCodes.PAPS, fastCard != null,
                c.id(), pedimento, entry);
        return new FileManifest(scac + "T" + reference, truck, equipment, List.of(driver), List.of(shipment), c.usPort(),
                c.expectedArrival());
    }

    private static String number(CrossingView c, String authority) {
        return c.declarations().stream().filter(d -> authority.equals(d.authority())).map(CrossingView.DeclarationView::number)
                .findFirst().orElse(null);
    }
}
