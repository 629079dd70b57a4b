package io.jointclear.declaration.formats;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** EDIFACT syntax with the default service characters: segments of elements of components, '?' releases. */
final class Edifact {

    /** Longest segment taken; a longer one is refused rather than held in memory. */
    static final int MAX_SEGMENT = 8192;
    /** PostgreSQL cannot store the NUL character: a file holding one is refused whole. */
    static final String NUL = "the file contains the NUL character";

    private Edifact() {
    }

    /** Component {@code c} of element {@code e} (element 0 is the tag), or "" when absent. */
    static String get(List<List<String>> segment, int e, int c) {
        if (e >= segment.size() || c >= segment.get(e).size()) {
            return "";
        }
        return segment.get(e).get(c);
    }

    /** Reads segments one at a time from a stream; line breaks between segments are ignored. */
    static final class Segments {
        private final java.io.PushbackReader in;
        private boolean unterminated;
        private boolean started;

        Segments(Reader in) {
            this.in = new java.io.PushbackReader(in, 9);
        }

        /** Skips the service string advice (UNA and its six characters) when the interchange opens with it. */
        private void skipAdvice() throws IOException {
            char[] head = new char[9];
            int n = in.read(head, 0, 9);
            while (n > 0 && n < 9) {
                int more = in.read(head, n, 9 - n);
                if (more < 0) {
                    break;
                }
                n += more;
            }
            if (n == 9 && new String(head).equals(CusdecCodec.UNA)) {
                return;
            }
            if (n > 0) {
                in.unread(head, 0, n);
            }
        }

        boolean unterminated() {
            return unterminated;
        }

        /** The next segment as elements of components, or null at the end. */
        List<List<String>> next() throws IOException {
            if (!started) {
                started = true;
                skipAdvice();
            }
            List<List<String>> elements = new ArrayList<>();
            List<String> components = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean any = false;
            int length = 0;
            int c;
            while ((c = in.read()) != -1) {
                if (!any && (c == '\n' || c == '\r')) {
                    continue;
                }
                any = true;
                if (c == 0) {
                    throw new IOException(NUL);
                }
                if (++length > MAX_SEGMENT) {
                    throw new IOException("a segment longer than " + MAX_SEGMENT + " characters");
                }
                if (c == '?') {
                    int released = in.read();
                    if (released != -1) {
                        value.append((char) released);
                    }
                } else if (c == ':') {
                    components.add(value.toString());
                    value.setLength(0);
                } else if (c == '+') {
                    components.add(value.toString());
                    elements.add(components);
                    components = new ArrayList<>();
                    value.setLength(0);
                } else if (c == '\'') {
                    components.add(value.toString());
                    elements.add(components);
                    return elements;
                } else {
                    value.append((char) c);
                }
            }
            if (any) {
                unterminated = true;
                components.add(value.toString());
                elements.add(components);
                return elements;
            }
            return null;
        }
    }
}
