package io.jointclear.manifest.internal;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestCodes;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The manifest's references to the rest of the platform: each shipment's crossing exists for the
 * carrier (it carries it), goes north to the manifest's US port, has not arrived, is not on another
 * trip, and carries the pedimento and US entry named; trip numbers and SCNs are used once.
 */
@Component
class ManifestReferences {

    /** How far from now an estimated arrival may lie. */
    static final Duration HORIZON = Duration.ofDays(30);

    private final Crossings crossings;
    private final ManifestStore store;
    private final Clock clock;

    ManifestReferences(Crossings crossings, ManifestStore store, Clock clock) {
        this.crossings = crossings;
        this.store = store;
        this.clock = clock;
    }

    void check(FileManifest m, UUID self, Actor actor, List<FieldViolation> out) {
        if (m.tripNumber() != null && store.tripTaken(m.tripNumber(), self)) {
            out.add(new FieldViolation("tripNumber", ManifestCodes.TRIP_NUMBER_TAKEN, "this trip number is already manifested"));
        }
        Instant now = clock.instant();
        if (m.estimatedArrival() != null) {
            Instant eta = m.estimatedArrival().toInstant();
            if (eta.isAfter(now.plus(HORIZON)) || eta.isBefore(now.minus(HORIZON))) {
                out.add(new FieldViolation("estimatedArrival", ManifestCodes.IMPLAUSIBLE_ARRIVAL,
                        "within " + HORIZON.toDays() + " days of now"));
            }
        }
        boolean portChecked = false;
        for (int i = 0; i < m.shipments().size(); i++) {
            FileManifest.Shipment s = m.shipments().get(i);
            if (s == null) {
                continue;
            }
            String at = "shipments[" + i + "]";
            if (s.scn() != null && store.scnTaken(s.scn(), self)) {
                out.add(new FieldViolation(at + ".scn", ManifestCodes.SCN_TAKEN, "this SCN is already on another trip"));
            }
            if (s.crossingId() == null) {
                continue;
            }
            Optional<CrossingView> found = visible(s.crossingId(), actor);
            if (found.isEmpty()) {
                out.add(new FieldViolation(at + ".crossingId", ManifestCodes.UNKNOWN_CROSSING,
                        "no crossing " + s.crossingId() + " carried by you"));
                continue;
            }
            CrossingView c = found.get();
            crossing(c, s, at, out);
            if (!portChecked && m.arrivalPort() != null && !m.arrivalPort().equals(c.usPort())) {
                out.add(new FieldViolation("arrivalPort", ManifestCodes.NOT_THE_CROSSINGS_PORT,
                        "the crossing arrives at US port " + c.usPort()));
                portChecked = true;
            }
            if (store.crossingTaken(s.crossingId(), self)) {
                out.add(new FieldViolation(at + ".crossingId", ManifestCodes.CROSSING_ALREADY_MANIFESTED,
                        "the crossing is already on another trip"));
            }
        }
    }

    private static void crossing(CrossingView c, FileManifest.Shipment s, String at, List<FieldViolation> out) {
        if (!"NORTHBOUND".equals(c.direction())) {
            out.add(new FieldViolation(at + ".crossingId", ManifestCodes.CROSSING_NOT_NORTHBOUND,
                    "a US truck manifest carries crossings into the United States"));
        }
        if (c.timestamps() != null && c.timestamps().arrivedAt() != null) {
            out.add(new FieldViolation(at + ".crossingId", ManifestCodes.CROSSING_ALREADY_ARRIVED,
                    "the crossing arrived at " + c.timestamps().arrivedAt()));
        }
        number(c, "MX", s.pedimento(), at + ".pedimento", out);
        number(c, "US", s.usEntry(), at + ".usEntry", out);
    }

    private static void number(CrossingView c, String authority, String given, String field, List<FieldViolation> out) {
        if (given == null || given.isBlank()) {
            return;
        }
        String wanted = normalised(given);
        boolean held = c.declarations().stream()
                .anyMatch(d -> authority.equals(d.authority()) && d.number() != null && normalised(d.number()).equals(wanted));
        if (!held) {
            out.add(new FieldViolation(field, ManifestCodes.NUMBER_NOT_IN_CROSSING,
                    given + " is not a " + ("MX".equals(authority) ? "pedimento" : "US entry") + " of crossing " + c.id()));
        }
    }

    /** Whether the crossing arrived (false when the actor does not see it). */
    boolean arrived(UUID crossingId, Actor actor) {
        return visible(crossingId, actor).map(c -> c.timestamps() != null && c.timestamps().arrivedAt() != null).orElse(false);
    }

    private Optional<CrossingView> visible(UUID crossingId, Actor actor) {
        try {
            return Optional.of(crossings.get(crossingId, actor));
        } catch (ProblemException notVisible) {
            if (notVisible.status() == 404 || notVisible.status() == 403) {
                return Optional.empty();
            }
            throw notVisible;
        }
    }

    static String normalised(String number) {
        return number.replaceAll("[\\s-]", "");
    }
}
