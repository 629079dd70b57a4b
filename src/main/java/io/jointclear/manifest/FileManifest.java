package io.jointclear.manifest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A truck manifest as the carrier files (or amends) it before arrival at the first US port.
 *
 * @param tripNumber       the carrier's SCAC followed by 4 to 21 capital letters or digits, unique
 * @param arrivalPort      the US port of arrival (Schedule D, 4 digits); the crossings' US port
 * @param estimatedArrival when the truck is expected at the port
 */
public record FileManifest(String tripNumber, Conveyance conveyance, List<Equipment> equipment, List<CrewMember> crew,
                           List<Shipment> shipments, String arrivalPort, OffsetDateTime estimatedArrival) {

    public FileManifest {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        crew = crew == null ? List.of() : List.copyOf(crew);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
    }

    /** The tractor: its plate and the plate's country (ISO 3166 alpha-2); the VIN when known. */
    public record Conveyance(String truckPlate, String plateCountry, String vin) {
    }

    /**
     * A trailer or container pulled on this trip, with its seals.
     *
     * @param type {@link ManifestCodes#TRAILER} or {@link ManifestCodes#CONTAINER}
     */
    public record Equipment(String type, String number, List<String> seals) {
        public Equipment {
            seals = seals == null ? List.of() : List.copyOf(seals);
        }
    }

    /** A driver or crew member: the FAST card number when enrolled, the driver's licence. */
    public record CrewMember(String name, String fastCard, Licence licence) {
    }

    /** A commercial driver's licence: its number and the state or country that issued it. */
    public record Licence(String number, String jurisdiction) {
    }

    /**
     * One shipment on the truck.
     *
     * @param scn        shipment control number: the carrier's SCAC and a unique reference
     * @param type       clearance method, {@link ManifestCodes#PAPS} when omitted
     * @param fast       the shipment moves under FAST (C-TPAT importer and carrier)
     * @param crossingId the JointClear crossing that carries it
     * @param pedimento  the Mexican pedimento number of that crossing
     * @param usEntry    the US entry number of that crossing
     */
    public record Shipment(String scn, String type, boolean fast, java.util.UUID crossingId, String pedimento,
                           String usEntry) {
    }
}
