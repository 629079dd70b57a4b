package io.jointclear.reference.loading;

/** Published once the start-up load is done; {@code datasetsLoaded} is 0 when nothing changed. */
public record ReferenceDataLoaded(int datasetsLoaded) {
}
