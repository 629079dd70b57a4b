package io.jointclear.reference.htsus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revisions applied one after another to the versions of every line: a line printed unchanged keeps
 * its open version, a changed line closes it the day before the revision and opens a new one, a line
 * no longer printed is closed. So 44 revisions of ~30,000 lines are stored as their differences.
 */
final class HtsHistory {

    /** One stored version: texts, the revision that introduced them, first and last day (null = open). */
    record Version(HtsLineText text, String revision, LocalDate from, LocalDate to) {
        Version closedAt(LocalDate last) {
            return new Version(text, revision, from, last);
        }
    }

    /** What one revision changed: versions closed (with their last day), versions opened, and counts. */
    record Changes(List<Version> closed, List<Version> opened, int lines, int added, int changed, int removed) {
    }

    private final Map<String, Version> open = new HashMap<>();
    private final List<Version> closed = new ArrayList<>();
    private LocalDate latest;

    /** Continues a stored history: its open versions and the first day of its latest revision. */
    static HtsHistory continuing(List<Version> openVersions, LocalDate latestRevision) {
        HtsHistory history = new HtsHistory();
        openVersions.forEach(v -> history.open.put(v.text().tariffCode(), v));
        history.latest = latestRevision;
        return history;
    }

    /** Continues a history restored whole (closed and open versions), e.g. from the shipped snapshot. */
    static HtsHistory restored(List<Version> versions, LocalDate latestRevision) {
        HtsHistory history = new HtsHistory();
        for (Version v : versions) {
            if (v.to() == null) {
                history.open.put(v.text().tariffCode(), v);
            } else {
                history.closed.add(v);
            }
        }
        history.latest = latestRevision;
        return history;
    }

    /** Applies a revision in force from {@code from}, which must be after the previous revision's. */
    Changes apply(String revision, LocalDate from, List<HtsLineText> lines) {
        if (latest != null && !from.isAfter(latest)) {
            throw new IllegalArgumentException("revision " + revision + " from " + from + " is not after " + latest);
        }
        latest = from;
        List<Version> closedNow = new ArrayList<>();
        List<Version> opened = new ArrayList<>();
        Set<String> printed = new HashSet<>(lines.size() * 2);
        int added = 0;
        for (HtsLineText line : lines) {
            if (!printed.add(line.tariffCode())) {
                continue; // a revision printing a number twice: the first row is the line
            }
            Version current = open.get(line.tariffCode());
            if (current != null && current.text().equals(line)) {
                continue;
            }
            if (current == null) {
                added++;
            } else {
                closedNow.add(current.closedAt(from.minusDays(1)));
            }
            Version next = new Version(line, revision, from, null);
            open.put(line.tariffCode(), next);
            opened.add(next);
        }
        int changed = closedNow.size();
        for (var it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Version> e = it.next();
            if (!printed.contains(e.getKey())) {
                closedNow.add(e.getValue().closedAt(from.minusDays(1)));
                it.remove();
            }
        }
        closed.addAll(closedNow);
        return new Changes(closedNow, opened, printed.size(), added, changed, closedNow.size() - changed);
    }

    /** Every version, closed and open. */
    List<Version> versions() {
        List<Version> all = new ArrayList<>(closed.size() + open.size());
        all.addAll(closed);
        all.addAll(open.values());
        return all;
    }
}
