package io.jointclear.manifest.internal;

import io.jointclear.clearance.CrossingView;
import io.jointclear.manifest.DodaView;
import io.jointclear.manifest.FileManifest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds a crossing's DODA: the truck from the manifest when one carries the crossing (else from the
 * crossing's own conveyance), the pedimentos of the Mexican side, the US entry and SCN that join the
 * two sides. The cadena original follows the order observed in a public client of SAT's altaDoda
 * service (FORMATS.md §2.1, unconfirmed against the XSD); SAT's integration number is not known to
 * the platform, so the QR payload is the platform's own (docs/manifest.md).
 */
@Component
class DodaBuilder {

    static final String QR_PREFIX = "JOINTCLEAR-DODA";
    static final String QR_VERSION = "1";

    DodaView of(CrossingView c, Optional<StoredManifest> manifest, Instant now) {
        List<DodaView.Pedimento> pedimentos = c.declarations().stream().filter(d -> "MX".equals(d.authority()))
                .map(d -> new DodaView.Pedimento(d.number(), patente(d.number()))).toList();
        List<DodaView.UsReference> us = new ArrayList<>();
        c.declarations().stream().filter(d -> "US".equals(d.authority()))
                .forEach(d -> us.add(new DodaView.UsReference("ENTRY", d.number())));
        manifest.flatMap(m -> m.shipmentFor(c.id())).ifPresent(s -> us.add(new DodaView.UsReference("SCN", s.scn())));
        String plates = manifest.map(m -> m.body().conveyance().truckPlate())
                .orElse(c.conveyance() == null ? null : c.conveyance().plate());
        String plateCountry = manifest.map(m -> m.body().conveyance().plateCountry())
                .orElse(c.conveyance() == null ? null : c.conveyance().plateCountry());
        String fastId = manifest.flatMap(m -> m.body().crew().stream().findFirst()).map(FileManifest.CrewMember::fastCard)
                .orElse(c.driver() == null ? null : c.driver().fastCard());
        List<DodaView.Container> containers = manifest.map(m -> m.body().equipment().stream()
                        .map(e -> new DodaView.Container(e.type(), e.number(), e.seals())).toList())
                .orElseGet(() -> crossingTrailer(c));
        String cadena = cadena(c.mxCustomsOffice(), pedimentos, plates, containers, now);
        String qr = String.join("|", QR_PREFIX, QR_VERSION, c.id().toString(), nz(c.mxCustomsOffice()),
                pedimentos.stream().map(DodaView.Pedimento::number).collect(Collectors.joining(",")), nz(plates),
                us.stream().map(r -> r.type() + ":" + r.value()).collect(Collectors.joining(",")));
        return new DodaView(c.id(), c.direction(), c.mxCustomsOffice(), c.usPort(),
                manifest.map(m -> m.body().tripNumber()).orElse(null), c.carrier() == null ? null : c.carrier().scac(), null,
                plates, plateCountry, fastId, containers, pedimentos, us, null, cadena, qr, now);
    }

    private static List<DodaView.Container> crossingTrailer(CrossingView c) {
        if (c.conveyance() == null || c.conveyance().trailer() == null) {
            return List.of();
        }
        return List.of(new DodaView.Container("TRAILER", c.conveyance().trailer(), c.conveyance().seals()));
    }

    /** {@code ||aduana-sección|patente|count|pedimento,…||plates|containers|timestamp||} (order as observed, FORMATS.md §2.1). */
    static String cadena(String aduana, List<DodaView.Pedimento> pedimentos, String plates, List<DodaView.Container> containers,
                         Instant at) {
        String patente = pedimentos.isEmpty() ? "" : nz(pedimentos.getFirst().patente());
        return "||" + nz(aduana) + "|" + patente + "|" + pedimentos.size() + "|"
                + pedimentos.stream().map(DodaView.Pedimento::number).collect(Collectors.joining(",")) + "||" + nz(plates) + "|"
                + containers.stream().map(DodaView.Container::number).collect(Collectors.joining(",")) + "|" + at + "||";
    }

    /** Positions 5 to 8 of a 15-digit pedimento number are the agent's patente. */
    static String patente(String pedimento) {
        String digits = pedimento == null ? "" : pedimento.replaceAll("\\D", "");
        return digits.length() == 15 ? digits.substring(4, 8) : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
