package io.jointclear.manifest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestCodes;
import io.jointclear.shared.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The deadline at its edges (19 CFR 123.92) and the manifest's own formats. */
class DeadlinePolicyTest {

    private static final UUID CROSSING = UUID.randomUUID();
    private static final Instant ARRIVAL = Instant.parse("2026-03-10T20:30:00Z");

    @Test
    void exactlyOneHourBeforeIsOnTimeOneSecondLessIsLate() {
        assertThat(status(Duration.ofHours(1), false)).isEqualTo(ManifestCodes.ON_TIME);
        assertThat(status(Duration.ofHours(1).minusSeconds(1), false)).isEqualTo(ManifestCodes.LATE_MANIFEST);
        assertThat(status(Duration.ofMinutes(30), true)).isEqualTo(ManifestCodes.ON_TIME);
        assertThat(status(Duration.ofMinutes(30).minusSeconds(1), true)).isEqualTo(ManifestCodes.LATE_MANIFEST);
        assertThat(status(Duration.ofMinutes(-5), false)).as("filed after arrival").isEqualTo(ManifestCodes.LATE_MANIFEST);
        var missing = DeadlinePolicy.atArrival(CROSSING, ARRIVAL, null, false);
        assertThat(missing.status()).isEqualTo(ManifestCodes.MISSING_MANIFEST);
        assertThat(missing.leadMinutes()).isNull();
        assertThat(missing.flagged()).isTrue();
    }

    @Test
    void fastNeedsEveryCrewMemberWithACardAndAFastShipment() {
        FileManifest.Shipment fast = new FileManifest.Shipment("TDNM1234", "PAPS", true, CROSSING, null, "31600042712");
        FileManifest.CrewMember card = new FileManifest.CrewMember("A", "42000012345", null);
        FileManifest.CrewMember none = new FileManifest.CrewMember("B", null, null);
        assertThat(stored(List.of(card), fast).fastFor(CROSSING)).isTrue();
        assertThat(stored(List.of(card, none), fast).fastFor(CROSSING)).isFalse();
        assertThat(stored(List.of(card), new FileManifest.Shipment("TDNM1234", "PAPS", false, CROSSING, null, "x"))
                .fastFor(CROSSING)).isFalse();
        assertThat(stored(List.of(card), fast).fastFor(UUID.randomUUID())).as("another crossing").isFalse();
    }

    @Test
    void containerNumbersCarryTheIso6346CheckDigit() {
        assertThat(ManifestFormats.containerCheckDigitHolds("CSQU3054383")).isTrue();
        assertThat(ManifestFormats.containerCheckDigitHolds("CSQU3054384")).isFalse();
    }

    @Test
    void scnAndTripMustBeTheCarriersAndFastCardsDigits() {
        FileManifest m = new FileManifest("XXXXT0001", new FileManifest.Conveyance("12AB34", "MX", null), List.of(),
                List.of(new FileManifest.CrewMember("A", "4200-1", new FileManifest.Licence("B1", "MX"))),
                List.of(new FileManifest.Shipment("XXXX0001", null, false, CROSSING, null, "31600042712"),
                        new FileManifest.Shipment("TDNM0001", null, false, CROSSING, null, "31600042712")),
                "2304", OffsetDateTime.parse("2026-03-10T14:30:00-06:00"));
        List<FieldViolation> out = new ArrayList<>();
        ManifestFormats.check(m, "TDNM", out);
        assertThat(out).extracting(v -> v.field() + ":" + v.code()).containsExactlyInAnyOrder(
                "tripNumber:NOT_THE_CARRIERS_SCAC", "crew[0].fastCard:MALFORMED_FAST_CARD",
                "shipments[0].scn:NOT_THE_CARRIERS_SCAC", "shipments[1].crossingId:DUPLICATE_CROSSING");
    }

    private static String status(Duration lead, boolean fast) {
        return DeadlinePolicy.atArrival(CROSSING, ARRIVAL, ARRIVAL.minus(lead), fast).status();
    }

    private static StoredManifest stored(List<FileManifest.CrewMember> crew, FileManifest.Shipment shipment) {
        return new StoredManifest(UUID.randomUUID(), "TDNM", "carrier", ARRIVAL, null, 1,
                new FileManifest("TDNMT0001", null, List.of(), crew, List.of(shipment), "2304", null));
    }
}
