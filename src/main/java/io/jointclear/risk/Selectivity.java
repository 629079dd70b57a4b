package io.jointclear.risk;

import java.util.List;

/** Chooses each authority's lane for a crossing at arrival. */
public interface Selectivity {

    Selection select(SelectionRequest request);

    /**
     * Many independent cases at once (a courier manifest's flagged consignments), in order; the same as selecting
     * each, with the journal written in one batch.
     */
    default List<Selection> selectAll(List<SelectionRequest> requests) {
        return requests.stream().map(this::select).toList();
    }
}
