package io.jointclear.reference.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A small RFC 4180 reader for the shipped reference files: comma-separated, fields optionally quoted
 * with {@code "}, {@code ""} inside quotes for a quote, line breaks (CRLF, LF or CR) allowed inside
 * quotes. A leading UTF-8 byte order mark is dropped. Lines with no characters at all are skipped.
 * Unquoted fields are taken as they are (a stray quote inside one is kept); text after a closing
 * quote or an unterminated quote is a {@link FormatException}, since reference data must not be
 * read half-right.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.utf8(in)) {
 *     CsvReader.Header header = csv.readHeader();
 *     for (List<String> record : csv) {
 *         String code = header.get(record, "HTS Number");
 *     }
 * }
 * }</pre>
 */
public final class CsvReader implements Iterable<List<String>>, Closeable {

    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean started;
    private long line = 1;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Reads {@code in} as UTF-8. */
    public static CsvReader utf8(InputStream in) {
        return new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    /** Reads the first record as column names. */
    public Header readHeader() {
        List<String> names = readRecord();
        if (names == null) {
            throw new FormatException("no header record", line);
        }
        return new Header(names);
    }

    /** The next record, or {@code null} at the end of the input. */
    public List<String> readRecord() {
        try {
            skipBomOnce();
            int c = read();
            while (c == '\n' || c == '\r') { // blank lines carry no record
                endLine(c);
                c = read();
            }
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                if (c == '"' && field.isEmpty()) {
                    c = readQuoted(field);
                } else {
                    while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                        field.append((char) c);
                        c = read();
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (c == ',') {
                    c = read();
                    continue;
                }
                if (c != -1) {
                    endLine(c);
                }
                return fields;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a quoted field (the opening quote is consumed) and returns the character after it. */
    private int readQuoted(StringBuilder field) throws IOException {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new FormatException("quoted field never closed", startLine);
            }
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    if (next != ',' && next != '\n' && next != '\r' && next != -1) {
                        throw new FormatException("text after closing quote: '" + (char) next + "'", line);
                    }
                    return next;
                }
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append((char) c);
        }
    }

    /** Counts a line break, consuming the LF of a CRLF pair. */
    private void endLine(int c) throws IOException {
        line++;
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private void skipBomOnce() throws IOException {
        if (!started) {
            started = true;
            if (peek() == BOM) {
                read();
            }
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Iterates the remaining records (once). */
    @Override
    public Iterator<List<String>> iterator() {
        return new Iterator<>() {
            private List<String> next = readRecord();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<String> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<String> current = next;
                next = readRecord();
                return current;
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Column names of a file, for reading fields by name. */
    public static final class Header {

        private final List<String> names;
        private final Map<String, Integer> index = new HashMap<>();

        public Header(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < this.names.size(); i++) {
                index.putIfAbsent(this.names.get(i).strip(), i);
            }
        }

        public List<String> names() {
            return names;
        }

        /** Position of a column, names compared after trimming. */
        public int indexOf(String name) {
            Integer i = index.get(name);
            if (i == null) {
                throw new IllegalArgumentException("no column '" + name + "' in " + names);
            }
            return i;
        }

        /** The field of {@code record} in column {@code name}; "" when the record is short. */
        public String get(List<String> record, String name) {
            int i = indexOf(name);
            return i < record.size() ? record.get(i) : "";
        }
    }

    /** The input is not well-formed CSV. */
    public static final class FormatException extends RuntimeException {
        public FormatException(String message, long line) {
            super(message + " (line " + line + ")");
        }
    }
}
