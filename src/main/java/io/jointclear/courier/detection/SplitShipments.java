package io.jointclear.courier.detection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links consignee groups just below one threshold — this manifest's consignees and those of the courier's
 * earlier manifests of the window — when they share an RFC, a name and address, or a phone, and adds up what
 * each linked set received. Union-find over the groups: linear in their number, whatever the sharing.
 */
final class SplitShipments {

    private static final Set<String> GENERIC_RFC = Set.of("XAXX010101000", "XEXX010101000");

    /** A consignee in one manifest: the value its band was set on, how it is identified and its guides. */
    private static final class Group {
        final BigDecimal value;
        final List<String> identities = new ArrayList<>(3);
        final List<Map<String, Object>> guides = new ArrayList<>(1);

        Group(BigDecimal value) {
            this.value = value;
        }
    }

    /** The linked set a consignee of this manifest belongs to. */
    record Linked(int groups, BigDecimal combinedUsd, List<Map<String, Object>> otherGuides) {
    }

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private int[] parent;
    /** Per set: its first groups (as many as evidence can show, plus one for the consignee itself). */
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    void addCurrent(Parcel p, LocalDate date) {
        add("this|" + p.consigneeKey(), p.consigneeValueUsd(), p.rfc(), p.nameAddressKey(), p.phone(), p.guide(), date);
    }

    void addPrior(PriorParcel p) {
        add(p.manifestId() + "|" + p.consigneeKey(), p.consigneeValueUsd(), p.rfc(), p.nameAddressKey(), p.phone(), p.guide(),
                p.manifestDate());
    }

    private void add(String key, BigDecimal value, String rfc, String nameKey, String phone, String guide, LocalDate date) {
        Integer at = index.get(key);
        Group g = at == null ? null : groups.get(at);
        if (g == null) {
            index.put(key, groups.size());
            g = new Group(value);
            groups.add(g);
            if (rfc != null && !GENERIC_RFC.contains(rfc)) {
                g.identities.add("R:" + rfc);
            }
            g.identities.add("N:" + nameKey);
            if (phone != null) {
                g.identities.add("P:" + phone);
            }
        }
        if (g.guides.size() < IrregularityDetector.MAX_EVIDENCE_GUIDES) {
            g.guides.add(Map.of("guide", guide, "date", date.toString(), "consigneeValueUsd", value));
        }
    }

    /** Joins every two groups sharing an identity; then each set's total and guides are known. */
    Map<Integer, Linked> link() {
        parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String id : groups.get(i).identities) {
                Integer other = firstWith.putIfAbsent(id, i);
                if (other != null) {
                    parent[find(i)] = find(other);
                }
            }
        }
        Map<Integer, BigDecimal> sums = new HashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            sums.merge(find(i), groups.get(i).value, BigDecimal::add);
            counts.merge(find(i), 1, Integer::sum);
            List<Integer> m = members.computeIfAbsent(find(i), k -> new ArrayList<>(2));
            if (m.size() <= IrregularityDetector.MAX_EVIDENCE_GUIDES) {
                m.add(i);
            }
        }
        Map<Integer, Linked> out = new HashMap<>();
        sums.forEach((root, sum) -> out.put(root, new Linked(counts.get(root), sum, List.of())));
        return out;
    }

    /** The linked set of this manifest's consignee, with up to the evidence limit of the other groups' guides. */
    Linked of(Parcel p, Map<Integer, Linked> sets) {
        int self = index.get("this|" + p.consigneeKey());
        int root = find(self);
        Linked set = sets.get(root);
        List<Map<String, Object>> others = new ArrayList<>();
        for (int i : members.get(root)) {
            if (i != self) {
                for (Map<String, Object> g : groups.get(i).guides) {
                    if (others.size() < IrregularityDetector.MAX_EVIDENCE_GUIDES) {
                        others.add(g);
                    }
                }
            }
        }
        return new Linked(set.groups(), set.combinedUsd(), others);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
