package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationFiles.Rejection;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** One file format: writes declarations' element values and reads them back, record by record. */
interface Codec {

    /** The file holding these declarations (one or many). */
    String write(List<ElementValues> declarations);

    /**
     * Reads the file as a stream, handing each declaration to {@code sink} as soon as it is complete and
     * reporting every structural problem (order, missing records, control totals, truncation).
     */
    void read(Reader in, Sink sink) throws IOException;

    /** What a reader hands out. */
    interface Sink {
        void declaration(ParsedDeclaration declaration);

        void problem(Rejection problem);
    }

    /**
     * A declaration read from a file.
     *
     * @param record      the record it starts at
     * @param lineRecords per line, the record that opened it (for errors on {@code lines[i]})
     * @param problems    what keeps this declaration (only) from being stored, e.g. a record the platform
     *                    cannot keep
     */
    record ParsedDeclaration(int record, ElementValues values, List<Integer> lineRecords, List<Rejection> problems) {

        /** The record an error on {@code field} belongs to. */
        public int recordOf(String field) {
            if (field.startsWith("lines[")) {
                int end = field.indexOf(']');
                int index = Integer.parseInt(field.substring(6, end));
                if (index < lineRecords.size()) {
                    return lineRecords.get(index);
                }
            }
            return record;
        }
    }
}
