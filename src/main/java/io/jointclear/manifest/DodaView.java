package io.jointclear.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Mexican DODA (Documento de Operación para Despacho Aduanero) of a crossing as the platform
 * builds it: the truck (plates, FAST id, containers and seals), the pedimentos it presents and the US
 * references (entry, SCN) that join the two sides, with the QR payload. It is not registered with SAT:
 * {@code integrationNumber} (SAT's número de integración) stays null until SAT assigns one, and
 * {@code qrPayload} is the platform's own QR content (docs/manifest.md).
 *
 * @param aduanaSeccion the aduana-sección of clearance, e.g. 240
 * @param caat          the carrier's CAAT; null: the platform does not hold it
 * @param cadenaOriginal the DODA's fields in the cadena original order described in docs/manifest.md
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DodaView(UUID crossingId, String direction, String aduanaSeccion, String usPort, String tripNumber,
                       String carrier, String caat, String plates, String plateCountry, String fastId,
                       List<Container> containers, List<Pedimento> pedimentos, List<UsReference> usReferences,
                       String integrationNumber, String cadenaOriginal, String qrPayload, Instant generatedAt) {

    public record Container(String type, String number, List<String> seals) {
    }

    /** A pedimento presented: its number (2 + 2 + 4 + 7 digits) and the patente in it. */
    public record Pedimento(String number, String patente) {
    }

    /** A US reference of the crossing ({@code ENTRY} number or {@code SCN}). */
    public record UsReference(String type, String value) {
    }
}
