package io.jointclear.tariff;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The declarations the platform stored on its crossings, read back for re-assessment (refunds,
 * batch what-if). The module that stores them implements it, scoped by who asks: officials read every
 * declaration, a broker only those filed for their agency, anyone else none.
 */
public interface StoredDeclarations {

    /**
     * Streams the matching declarations to {@code sink} one by one, in no particular order (a database cursor: they are never
     * all in memory), on the calling thread.
     *
     * @return how many were streamed
     */
    long stream(Query query, Consumer<Stored> sink);

    /** How many declarations {@link #stream} would stream. */
    long count(Query query);

    /**
     * @param authority MX, US or null for both
     * @param from      first governing date, inclusive
     * @param to        last governing date, inclusive
     * @param importer  the importer's tax id, or null for any
     * @param actor     who reads: decides the scope
     */
    record Query(Authority authority, LocalDate from, LocalDate to, String importer, Actor actor) {
    }

    /** One stored declaration: where it is filed and what the engine needs to assess it again. */
    record Stored(UUID crossingId, Authority authority, String number, String importer, AssessmentRequest request) {
    }
}
