package io.jointclear.declaration;

import io.jointclear.shared.Actor;
import java.io.Reader;
import java.util.List;

/**
 * Declarations in the brokers' own formats: export of a stored declaration, streamed import of a file
 * through the same validation as the JSON API.
 */
public interface DeclarationFiles {

    /**
     * The declaration as a file of the format.
     *
     * @throws io.jointclear.shared.ProblemException 422 {@code FORMAT_NOT_FOR_AUTHORITY} (e.g. a US entry
     *         as an archivo M) or {@code FORMAT_CANNOT_CARRY} (a value holding the format's separators)
     */
    String export(DeclarationDocument document, DeclarationFormat format);

    /**
     * Reads, validates and stores the declarations of a file for the broker's agency, all in one
     * transaction. A file whose structure is broken (record order, missing records, control totals,
     * truncation) stores nothing; otherwise every declaration that passes validation is stored whole and
     * every other is rejected with its errors.
     *
     * @throws io.jointclear.shared.ProblemException 403 when the actor is not a broker or a declaration is
     *         filed under a licence the broker's agency does not hold (nothing is stored)
     */
    ImportResult importFile(Reader body, DeclarationFormat format, Actor actor);

    /**
     * An imported declaration of the broker's agency (not yet on a crossing) as a file of the format.
     *
     * @throws io.jointclear.shared.ProblemException 403 for anyone but a broker; 404
     *         {@code DECLARATION_NOT_FOUND} when the agency has no such imported declaration
     */
    String exportImported(io.jointclear.shared.Authority authority, String number, DeclarationFormat format, Actor actor);

    /**
     * What an import did.
     *
     * @param accepted     how many declarations were stored
     * @param declarations their numbers, in file order
     * @param rejected     every error, with the record (1-based line or segment number) it was found at
     * @param responseFile for an archivo M, the SAAI-style answer file ({@code .err}); else null
     */
    record ImportResult(int accepted, List<String> declarations, List<Rejection> rejected, String responseFile) {
    }

    /**
     * One error of an imported file.
     *
     * @param record 1-based number of the record (archivo M / CATAIR line, EDIFACT segment)
     * @param field  the JSON API's field path (e.g. {@code lines[0].tariffCode}) or, for the file's
     *               structure, the record and field of the format (e.g. {@code 801.3})
     */
    record Rejection(int record, String field, String code, String message) {
    }
}
