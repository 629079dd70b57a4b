package io.jointclear.risk.selection;

import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The journal in memory, for tests without a database. */
class InMemoryJournal implements SelectionJournal {

    final Map<String, Entry> entries = new LinkedHashMap<>();

    @Override
    public void record(SelectionRequest request, Selection selection, Instant at) {
        for (SelectionRequest.DeclarationFacts d : request.declarations()) {
            Selection.AuthorityLane l = selection.lanes().get(d.authority());
            entries.put(request.crossingId() + "/" + d.authority(), new Entry(request.crossingId(), d.authority(), d,
                    request.crossCheckKinds(), request.fastDriver(), l.lane().name(), l.score(), at, null));
        }
    }

    @Override
    public Optional<Entry> find(UUID crossingId, Authority authority) {
        return Optional.ofNullable(entries.get(crossingId + "/" + authority));
    }

    @Override
    public Boolean recordOutcome(UUID crossingId, Authority authority, boolean hit, Instant at) {
        Entry e = entries.get(crossingId + "/" + authority);
        Boolean before = e.hit();
        if (before == null || (!before && hit)) {
            entries.put(crossingId + "/" + authority, new Entry(e.crossingId(), e.authority(), e.declaration(), e.crossCheckKinds(),
                    e.fastDriver(), e.lane(), e.score(), e.selectedAt(), hit));
        }
        return before;
    }

    @Override
    public List<Entry> history(Instant from, Instant to) {
        return new ArrayList<>(entries.values().stream().filter(e -> !e.selectedAt().isBefore(from) && e.selectedAt().isBefore(to)).toList());
    }
}
