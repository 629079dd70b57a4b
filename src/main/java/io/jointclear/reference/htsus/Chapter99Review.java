package io.jointclear.reference.htsus;

import io.jointclear.reference.Chapter99Change;
import io.jointclear.reference.Chapter99Measures;
import io.jointclear.reference.HtsFootnote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the lines in force before and after an imported revision for what the chapter-99 measure
 * rows depend on: the chapter-99 headings and their rate texts, and the footnotes ("See 9903.xx.xx")
 * by which a chapter 1–97 line cites a heading. A range in a footnote counts by the headings it names.
 */
final class Chapter99Review {

    static final String HEADING_ADDED = "HEADING_ADDED";
    static final String HEADING_REMOVED = "HEADING_REMOVED";
    static final String RATE_TEXT_CHANGED = "RATE_TEXT_CHANGED";
    static final String SCOPE_GREW = "SCOPE_GREW";
    static final String SCOPE_SHRANK = "SCOPE_SHRANK";

    private Chapter99Review() {
    }

    /** The lines in force after the revision: those before, minus what it closed, plus what it opened. */
    static List<HtsHistory.Version> after(Collection<HtsHistory.Version> before, HtsHistory.Changes changes) {
        Map<String, HtsHistory.Version> open = new HashMap<>(before.size() * 2);
        before.forEach(v -> open.put(v.text().tariffCode(), v));
        changes.closed().forEach(v -> open.remove(v.text().tariffCode()));
        changes.opened().forEach(v -> open.put(v.text().tariffCode(), v));
        return List.copyOf(open.values());
    }

    static List<Chapter99Change> of(Collection<HtsHistory.Version> before, Collection<HtsHistory.Version> after,
                                    LocalDate date, Chapter99Measures measures) {
        List<Chapter99Change> changes = new ArrayList<>();
        Map<String, String> ratesBefore = headings(before);
        Map<String, String> ratesAfter = headings(after);
        for (var e : ratesAfter.entrySet()) {
            String heading = e.getKey();
            List<String> rules = measures.rulesOf(heading, date);
            if (!ratesBefore.containsKey(heading)) {
                changes.add(new Chapter99Change(HEADING_ADDED, heading, "", e.getValue(), List.of(), rules,
                        rules.isEmpty() ? List.of(heading) : List.of(), rules.isEmpty(), null));
            } else if (!ratesBefore.get(heading).equals(e.getValue())) {
                changes.add(new Chapter99Change(RATE_TEXT_CHANGED, heading, ratesBefore.get(heading), e.getValue(),
                        List.of(), rules, List.of(), !rules.isEmpty(), null));
            }
        }
        for (var e : ratesBefore.entrySet()) {
            if (!ratesAfter.containsKey(e.getKey())) {
                List<String> rules = measures.rulesOf(e.getKey(), date);
                changes.add(new Chapter99Change(HEADING_REMOVED, e.getKey(), e.getValue(), "", List.of(), rules,
                        List.of(), !rules.isEmpty(), null));
            }
        }
        changes.addAll(scopes(citing(before), citing(after), date, measures));
        return changes;
    }

    private static List<Chapter99Change> scopes(Map<String, Set<String>> before, Map<String, Set<String>> after,
                                                LocalDate date, Chapter99Measures measures) {
        Set<String> headings = new TreeSet<>(before.keySet());
        headings.addAll(after.keySet());
        List<Chapter99Change> changes = new ArrayList<>();
        for (String heading : headings) {
            Set<String> was = before.getOrDefault(heading, Set.of());
            Set<String> is = after.getOrDefault(heading, Set.of());
            Set<String> grew = new TreeSet<>(is);
            grew.removeAll(was);
            Set<String> shrank = new TreeSet<>(was);
            shrank.removeAll(is);
            if (grew.isEmpty() && shrank.isEmpty()) {
                continue;
            }
            List<String> rules = measures.rulesOf(heading, date);
            String counts = String.valueOf(was.size());
            if (!grew.isEmpty()) {
                List<String> uncovered = grew.stream().filter(c -> !measures.covers(heading, c, date)).toList();
                changes.add(new Chapter99Change(SCOPE_GREW, heading, counts, String.valueOf(is.size()), List.copyOf(grew),
                        rules, uncovered, !rules.isEmpty() && !uncovered.isEmpty(), null));
            }
            if (!shrank.isEmpty()) {
                boolean stillCovered = shrank.stream().anyMatch(c -> measures.covers(heading, c, date));
                changes.add(new Chapter99Change(SCOPE_SHRANK, heading, counts, String.valueOf(is.size()),
                        List.copyOf(shrank), rules, List.of(), stillCovered, null));
            }
        }
        return changes;
    }

    /** Chapter-99 headings in force ("9903.01.01") and their general rate texts. */
    private static Map<String, String> headings(Collection<HtsHistory.Version> lines) {
        Map<String, String> headings = new TreeMap<>();
        for (HtsHistory.Version v : lines) {
            HtsLineText t = v.text();
            if (t.chapter99()) {
                headings.putIfAbsent(heading(t.tariffCode()), t.generalText());
            }
        }
        return headings;
    }

    /** For every chapter-99 heading a footnote cites, the chapter 1–97 lines citing it. */
    private static Map<String, Set<String>> citing(Collection<HtsHistory.Version> lines) {
        Map<String, Set<String>> citing = new HashMap<>();
        for (HtsHistory.Version v : lines) {
            HtsLineText t = v.text();
            if (t.chapter99()) {
                continue;
            }
            for (HtsFootnote f : t.footnotes()) {
                if (!f.citesChapter99()) {
                    continue;
                }
                for (String provision : f.citedProvisions()) {
                    if (provision.startsWith("99")) {
                        citing.computeIfAbsent(provision.substring(0, 10), h -> new TreeSet<>()).add(t.tariffCode());
                    }
                }
            }
        }
        return citing;
    }

    /** "9903010100" → "9903.01.01". */
    static String heading(String code) {
        return code.substring(0, 4) + "." + code.substring(4, 6) + "." + code.substring(6, 8);
    }
}
