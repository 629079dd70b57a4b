package io.jointclear.manifest.internal;

import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestCodes;
import io.jointclear.shared.FieldViolation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The manifest's own rules, before any crossing is looked up: required fields, formats (trip number,
 * SCN, FAST card, plates, VIN, ISO 6346 container numbers), sizes. Every violation is collected.
 */
final class ManifestFormats {

    static final int MAX_EQUIPMENT = 10;
    static final int MAX_SEALS = 10;
    static final int MAX_CREW = 10;
    static final int MAX_SHIPMENTS = 50;
    static final int MAX_NAME = 100;
    /** SCAC + 4 to 21 capital letters or digits (carriers' ACE eManifest software, FORMATS.md §3.4). */
    static final Pattern TRIP = Pattern.compile("[A-Z]{2,4}[A-Z0-9]{4,21}");
    /** SCAC + reference, capital letters and digits, no spaces; 16 characters at most (unconfirmed length). */
    static final Pattern SCN = Pattern.compile("[A-Z0-9]{5,16}");
    /**
     * FAST card (PASSID) number: digits only, 8 to 14 of them. The exact length is not confirmed by a primary
     * source (docs/manifest.md); the contract's sample crossing carries an 11-digit card.
     */
    static final Pattern FAST_CARD = Pattern.compile("\\d{8,14}");
    static final Pattern PLATE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,14}");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    static final Pattern EQUIPMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,17}");
    static final Pattern CONTAINER = Pattern.compile("[A-Z]{3}[UJZ]\\d{7}");
    static final Pattern SEAL = Pattern.compile("[A-Z0-9-]{1,20}");
    static final Pattern LICENCE = Pattern.compile("[A-Z0-9-]{1,20}");
    static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    static final Pattern PORT = Pattern.compile("\\d{4}");

    private ManifestFormats() {
    }

    static void check(FileManifest m, String scac, List<FieldViolation> out) {
        String trip = m.tripNumber();
        if (blank(trip)) {
            out.add(required("tripNumber"));
        } else if (!TRIP.matcher(trip).matches()) {
            out.add(new FieldViolation("tripNumber", ManifestCodes.MALFORMED_TRIP_NUMBER,
                    "the carrier's SCAC followed by 4 to 21 capital letters or digits"));
        } else if (scac != null && !trip.startsWith(scac)) {
            out.add(new FieldViolation("tripNumber", ManifestCodes.NOT_THE_CARRIERS_SCAC, "must start with your SCAC " + scac));
        }
        conveyance(m.conveyance(), out);
        equipment(m.equipment(), out);
        crew(m.crew(), out);
        shipments(m.shipments(), scac, out);
        if (blank(m.arrivalPort())) {
            out.add(required("arrivalPort"));
        } else if (!PORT.matcher(m.arrivalPort()).matches()) {
            out.add(new FieldViolation("arrivalPort", ManifestCodes.MALFORMED_PORT, "a US port code of 4 digits"));
        }
        if (m.estimatedArrival() == null) {
            out.add(required("estimatedArrival"));
        }
    }

    private static void conveyance(FileManifest.Conveyance c, List<FieldViolation> out) {
        if (c == null) {
            out.add(required("conveyance"));
            return;
        }
        if (blank(c.truckPlate())) {
            out.add(required("conveyance.truckPlate"));
        } else if (!PLATE.matcher(c.truckPlate()).matches()) {
            out.add(new FieldViolation("conveyance.truckPlate", ManifestCodes.MALFORMED_PLATE,
                    "up to 15 capital letters, digits, spaces or dashes"));
        }
        if (blank(c.plateCountry())) {
            out.add(required("conveyance.plateCountry"));
        } else if (!COUNTRY.matcher(c.plateCountry()).matches()) {
            out.add(new FieldViolation("conveyance.plateCountry", ManifestCodes.MALFORMED_COUNTRY, "an ISO 3166 alpha-2 code"));
        }
        if (c.vin() != null && !VIN.matcher(c.vin()).matches()) {
            out.add(new FieldViolation("conveyance.vin", ManifestCodes.MALFORMED_VIN,
                    "17 capital letters (not I, O, Q) or digits"));
        }
    }

    private static void equipment(List<FileManifest.Equipment> equipment, List<FieldViolation> out) {
        if (equipment.size() > MAX_EQUIPMENT) {
            out.add(tooMany("equipment", MAX_EQUIPMENT));
            return;
        }
        for (int i = 0; i < equipment.size(); i++) {
            String at = "equipment[" + i + "]";
            FileManifest.Equipment e = equipment.get(i);
            if (e == null) {
                out.add(required(at));
                continue;
            }
            if (blank(e.type())) {
                out.add(required(at + ".type"));
            } else if (!ManifestCodes.EQUIPMENT_TYPES.contains(e.type())) {
                out.add(new FieldViolation(at + ".type", ManifestCodes.UNKNOWN_EQUIPMENT_TYPE, "TRAILER or CONTAINER"));
            }
            equipmentNumber(e, at, out);
            if (e.seals().size() > MAX_SEALS) {
                out.add(tooMany(at + ".seals", MAX_SEALS));
                continue;
            }
            for (int s = 0; s < e.seals().size(); s++) {
                String seal = e.seals().get(s);
                if (seal == null || !SEAL.matcher(seal).matches()) {
                    out.add(new FieldViolation(at + ".seals[" + s + "]", ManifestCodes.MALFORMED_SEAL,
                            "up to 20 capital letters, digits or dashes"));
                }
            }
        }
    }

    private static void equipmentNumber(FileManifest.Equipment e, String at, List<FieldViolation> out) {
        if (blank(e.number())) {
            out.add(required(at + ".number"));
        } else if (ManifestCodes.CONTAINER.equals(e.type())) {
            if (!CONTAINER.matcher(e.number()).matches()) {
                out.add(new FieldViolation(at + ".number", ManifestCodes.MALFORMED_EQUIPMENT_NUMBER,
                        "an ISO 6346 container number: owner code, category U/J/Z, 6 digits and the check digit"));
            } else if (!containerCheckDigitHolds(e.number())) {
                out.add(new FieldViolation(at + ".number", ManifestCodes.BAD_CONTAINER_CHECK_DIGIT,
                        "the ISO 6346 check digit does not match"));
            }
        } else if (!EQUIPMENT_NUMBER.matcher(e.number()).matches()) {
            out.add(new FieldViolation(at + ".number", ManifestCodes.MALFORMED_EQUIPMENT_NUMBER,
                    "up to 17 capital letters or digits"));
        }
    }

    /** ISO 6346: letters valued 10.. skipping multiples of 11, weights 2^i, sum mod 11 mod 10. */
    static boolean containerCheckDigitHolds(String number) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char ch = number.charAt(i);
            int value = Character.isDigit(ch) ? ch - '0' : letterValue(ch);
            sum += value << i;
        }
        return sum % 11 % 10 == number.charAt(10) - '0';
    }

    private static int letterValue(char letter) {
        int value = 10;
        for (char c = 'A'; c < letter; c++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }

    private static void crew(List<FileManifest.CrewMember> crew, List<FieldViolation> out) {
        if (crew.isEmpty()) {
            out.add(required("crew"));
            return;
        }
        if (crew.size() > MAX_CREW) {
            out.add(tooMany("crew", MAX_CREW));
            return;
        }
        for (int i = 0; i < crew.size(); i++) {
            String at = "crew[" + i + "]";
            FileManifest.CrewMember c = crew.get(i);
            if (c == null) {
                out.add(required(at));
                continue;
            }
            if (blank(c.name())) {
                out.add(required(at + ".name"));
            } else if (c.name().length() > MAX_NAME) {
                out.add(new FieldViolation(at + ".name", ManifestCodes.TOO_LONG, "at most " + MAX_NAME + " characters"));
            }
            if (c.fastCard() != null && !FAST_CARD.matcher(c.fastCard()).matches()) {
                out.add(new FieldViolation(at + ".fastCard", ManifestCodes.MALFORMED_FAST_CARD, "the FAST card number: 8 to 14 digits"));
            }
            licence(c.licence(), at + ".licence", out);
        }
    }

    private static void licence(FileManifest.Licence l, String at, List<FieldViolation> out) {
        if (l == null) {
            out.add(required(at));
            return;
        }
        if (blank(l.number())) {
            out.add(required(at + ".number"));
        } else if (!LICENCE.matcher(l.number()).matches()) {
            out.add(new FieldViolation(at + ".number", ManifestCodes.MALFORMED_LICENCE,
                    "up to 20 capital letters, digits or dashes"));
        }
        if (blank(l.jurisdiction())) {
            out.add(required(at + ".jurisdiction"));
        } else if (!JURISDICTION.matcher(l.jurisdiction()).matches()) {
            out.add(new FieldViolation(at + ".jurisdiction", ManifestCodes.MALFORMED_COUNTRY,
                    "the issuing country, or country-state (ISO 3166), e.g. MX or US-TX"));
        }
    }

    private static void shipments(List<FileManifest.Shipment> shipments, String scac, List<FieldViolation> out) {
        if (shipments.isEmpty()) {
            out.add(required("shipments"));
            return;
        }
        if (shipments.size() > MAX_SHIPMENTS) {
            out.add(tooMany("shipments", MAX_SHIPMENTS));
            return;
        }
        Set<String> scns = new HashSet<>();
        Set<java.util.UUID> crossings = new HashSet<>();
        for (int i = 0; i < shipments.size(); i++) {
            String at = "shipments[" + i + "]";
            FileManifest.Shipment s = shipments.get(i);
            if (s == null) {
                out.add(required(at));
                continue;
            }
            if (blank(s.scn())) {
                out.add(required(at + ".scn"));
            } else if (!SCN.matcher(s.scn()).matches()) {
                out.add(new FieldViolation(at + ".scn", ManifestCodes.MALFORMED_SCN,
                        "the carrier's SCAC and a reference: 5 to 16 capital letters or digits, no spaces"));
            } else if (scac != null && !s.scn().startsWith(scac)) {
                out.add(new FieldViolation(at + ".scn", ManifestCodes.NOT_THE_CARRIERS_SCAC, "must start with your SCAC " + scac));
            } else if (!scns.add(s.scn())) {
                out.add(new FieldViolation(at + ".scn", ManifestCodes.DUPLICATE_SCN, "the SCN is used twice in this trip"));
            }
            if (s.type() != null && !ManifestCodes.SHIPMENT_TYPES.contains(s.type())) {
                out.add(new FieldViolation(at + ".type", ManifestCodes.UNKNOWN_SHIPMENT_TYPE,
                        "one of " + String.join(", ", ManifestCodes.SHIPMENT_TYPES)));
            }
            if (s.crossingId() == null) {
                out.add(required(at + ".crossingId"));
            } else if (!crossings.add(s.crossingId())) {
                out.add(new FieldViolation(at + ".crossingId", ManifestCodes.DUPLICATE_CROSSING,
                        "the crossing is carried by one shipment only"));
            }
            if (blank(s.pedimento()) && blank(s.usEntry())) {
                out.add(required(at + ".usEntry"));
            }
        }
    }

    private static FieldViolation required(String field) {
        return new FieldViolation(field, ManifestCodes.REQUIRED, "required");
    }

    private static FieldViolation tooMany(String field, int max) {
        return new FieldViolation(field, ManifestCodes.TOO_MANY, "at most " + max);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
