package io.jointclear.risk.selection;

import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.shared.Authority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where selections and their inspection outcomes are kept: the labelled history rules are replayed over. */
public interface SelectionJournal {

    /** A journalled selection of one authority, with its outcome once known. */
    record Entry(UUID crossingId, Authority authority, SelectionRequest.DeclarationFacts declaration, List<String> crossCheckKinds,
                 boolean fastDriver, String lane, double score, Instant selectedAt, Boolean hit, Double propensity,
                 java.math.BigDecimal recovered) {

        public Entry(UUID crossingId, Authority authority, SelectionRequest.DeclarationFacts declaration, List<String> crossCheckKinds,
                     boolean fastDriver, String lane, double score, Instant selectedAt, Boolean hit) {
            this(crossingId, authority, declaration, crossCheckKinds, fastDriver, lane, score, selectedAt, hit, null, null);
        }

        /** The entry as a case of the platform model. */
        public io.jointclear.risk.model.PlatformCase asCase() {
            return new io.jointclear.risk.model.PlatformCase(crossingId, authority, declaration, crossCheckKinds, fastDriver,
                    selectedAt, hit, propensity, recovered);
        }
    }

    void record(SelectionRequest request, Selection selection, Instant at);

    /** Several selections made at the same instant (request i chose selection i). */
    default void recordAll(List<SelectionRequest> requests, List<Selection> selections, Instant at) {
        for (int i = 0; i < requests.size(); i++) {
            record(requests.get(i), selections.get(i), at);
        }
    }

    Optional<Entry> find(UUID crossingId, Authority authority);

    /** Stores an outcome; returns the previous one (null if none). A hit is never downgraded. */
    Boolean recordOutcome(UUID crossingId, Authority authority, boolean hit, Instant at);

    /** Adds what an inspection recovered (the larger amount is kept); false when the selection is unknown. */
    default boolean recordRecovery(UUID crossingId, Authority authority, java.math.BigDecimal amount) {
        return false;
    }

    /** Entries selected in [from, to), oldest first. */
    List<Entry> history(Instant from, Instant to);

    SelectionJournal NONE = new SelectionJournal() {
        @Override
        public void record(SelectionRequest request, Selection selection, Instant at) {
        }

        @Override
        public Optional<Entry> find(UUID crossingId, Authority authority) {
            return Optional.empty();
        }

        @Override
        public Boolean recordOutcome(UUID crossingId, Authority authority, boolean hit, Instant at) {
            return null;
        }

        @Override
        public List<Entry> history(Instant from, Instant to) {
            return List.of();
        }
    };
}
