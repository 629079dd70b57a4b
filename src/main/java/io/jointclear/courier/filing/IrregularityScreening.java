package io.jointclear.courier.filing;

import io.jointclear.courier.detection.DetectionSettings;
import io.jointclear.courier.detection.Flag;
import io.jointclear.courier.detection.IrregularityDetector;
import io.jointclear.courier.detection.Parcel;
import io.jointclear.courier.detection.PriorParcel;
import io.jointclear.courier.detection.ValueReference;
import io.jointclear.courier.domain.Direction;
import io.jointclear.courier.intake.RawConsignment;
import io.jointclear.courier.persistence.CourierManifestStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs irregularity detection at filing: builds what the detector reads from the assessed consignments, brings
 * the courier's window and the value references with one query each, and returns the flags by consignment.
 */
@Component
class IrregularityScreening {

    private final CourierManifestStore store;
    private final IrregularityDetector detector;

    IrregularityScreening(CourierManifestStore store,
                          @Value("${jointclear.courier.detection.window-days:30}") int windowDays,
                          @Value("${jointclear.courier.detection.near-fraction:0.8}") BigDecimal nearFraction,
                          @Value("${jointclear.courier.detection.many-consignees:5}") int manyConsignees,
                          @Value("${jointclear.courier.detection.commercial-quantity:12}") BigDecimal commercialQuantity) {
        this.store = store;
        this.detector = new IrregularityDetector(new DetectionSettings(windowDays, nearFraction, manyConsignees, commercialQuantity));
    }

    /** The parcels detection reads, by consignment index order of the accepted list. */
    List<Parcel> parcels(List<AssessedConsignment> accepted, ManifestHeader header) {
        List<Parcel> parcels = new ArrayList<>(accepted.size());
        for (AssessedConsignment a : accepted) {
            RawConsignment c = a.input();
            String rfc = c.consigneeRfc == null || c.consigneeRfc.isBlank() ? null : c.consigneeRfc.strip().toUpperCase(Locale.ROOT);
            String phone = digits(c.consigneePhone);
            String currency = c.currency.strip();
            BigDecimal valueMxn = "MXN".equals(currency) ? c.value : c.value.multiply(header.usdMxn());
            parcels.add(new Parcel(a.index(), c.guide.strip(), rfc, ManifestAssessor.consigneeKey(c),
                    normalise(c.consigneeName) + "|" + normalise(c.consigneeAddress), normalise(c.consigneeAddress),
                    phone.isEmpty() ? null : phone, c.shipperAddress, c.origin.strip(), c.description,
                    c.hsCode == null ? null : c.hsCode.strip(), c.rrna, c.quantity, c.weightKg, a.valueUsd(), valueMxn,
                    a.consigneeValueUsd(), a.decision().refused() ? null : a.rate()));
        }
        return parcels;
    }

    /** Whether a southbound consignee's value lay just below a threshold (what the window index keeps). */
    boolean nearThreshold(Parcel p) {
        return p.rate() != null && detector.nearThreshold(p.consigneeValueUsd()) != null;
    }

    /** Trimmed, inner whitespace runs as one space, upper case (as the assessor's consignee key). */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = !b.isEmpty();
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static String digits(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    Map<Integer, List<Flag>> flags(String courierId, ManifestHeader header, List<Parcel> parcels) {
        boolean southbound = header.direction() == Direction.SOUTHBOUND;
        List<PriorParcel> prior = southbound ? window(courierId, header, parcels) : List.of();
        Set<String> keys = new HashSet<>();
        parcels.forEach(p -> {
            String key = ValueReference.keyOf(p.hsCode(), p.description());
            if (key != null) {
                keys.add(key);
            }
        });
        return detector.detect(new IrregularityDetector.Context(header.date(), southbound, header.usdMxn()), parcels, prior,
                store.references(keys));
    }

    /** Only consignees just below a threshold can be split shipments: the window is asked about those alone. */
    private List<PriorParcel> window(String courierId, ManifestHeader header, List<Parcel> parcels) {
        Set<String> rfcs = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<BigDecimal> thresholds = new LinkedHashSet<>();
        for (Parcel p : parcels) {
            BigDecimal t = p.rate() == null ? null : detector.nearThreshold(p.consigneeValueUsd());
            if (t != null) {
                thresholds.add(t);
                if (p.rfc() != null) {
                    rfcs.add(p.rfc());
                }
                names.add(p.nameAddressKey());
                if (p.phone() != null) {
                    phones.add(p.phone());
                }
            }
        }
        List<BigDecimal[]> ranges = thresholds.stream().map(t -> new BigDecimal[] {detector.nearFloor(t), t}).toList();
        return store.window(courierId, detector.windowFrom(header.date()), header.date(), ranges,
                rfcs.toArray(String[]::new), names.toArray(String[]::new), phones.toArray(String[]::new));
    }
}
