package io.jointclear.risk;

/** Chooses each authority's lane for a crossing at arrival. */
public interface Selectivity {

    Selection select(SelectionRequest request);
}
