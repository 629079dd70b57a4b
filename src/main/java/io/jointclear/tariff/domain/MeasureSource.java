package io.jointclear.tariff.domain;

/** Where the engine gets the measures in force: an in-memory book, refreshed when the data change. */
public interface MeasureSource {

    MeasureBook current();
}
