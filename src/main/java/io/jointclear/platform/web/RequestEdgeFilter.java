package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.IdempotencyKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets, before security and before any module: headers that cannot
 * be read as text, a query string that is not percent-encoded UTF-8 and bodies beyond the size limit
 * are refused here as problems, so that nothing behind it has to guess. The body is counted as it is
 * read, so a body without a Content-Length is held to the same limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestEdgeFilter extends OncePerRequestFilter {

    private final WebEdgeProperties limits;

    RequestEdgeFilter(WebEdgeProperties limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FieldViolation refused = checkHeaders(request);
        if (refused == null) {
            refused = checkQuery(request.getQueryString());
        }
        if (refused != null) {
            ProblemResponses.write(request, response, ProblemResponses.problem(400, refused.code(), "Malformed request",
                    refused.message(), List.of(refused)));
            return;
        }
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            ProblemResponses.write(request, response, tooLarge(limit));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    static org.springframework.http.ProblemDetail tooLarge(long limit) {
        return ProblemResponses.problem(413, "REQUEST_TOO_LARGE", "Request too large",
                "The request body is larger than " + limit + " bytes", List.of(new FieldViolation("$", "REQUEST_TOO_LARGE",
                        "at most " + limit + " bytes")));
    }

    /**
     * CSV imports, the HTSUS revision import (a USITC JSON of ~14 MB, 0.7 MB gzip), refund batches and
     * declaration files (10,000 pedimentos as an archivo M are about 8 MB) may
     * carry up to the import limit; every other body the request limit.
     */
    private long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        boolean csv = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
        return csv || IMPORT_PATHS.contains(request.getRequestURI()) ? limits.maxImportBytes() : limits.maxRequestBytes();
    }

    /**
     * Bulk bodies that are not CSV: an HTSUS revision, a refund batch of up to 10,000 US entries, a courier
     * manifest of up to 100,000 consignments (streamed by the courier module), a broker's declaration file.
     */
    private static final java.util.Set<String> IMPORT_PATHS = java.util.Set.of("/api/v1/reference/htsus/revisions",
            "/api/v1/tariff/refunds/ieepa", "/api/v1/declarations/import", "/api/v1/courier/manifests");

    /**
     * Control characters (C0 but tab, DEL, C1) never belong in a header; the idempotency key is visible
     * ASCII (a blank one means none, as before).
     */
    private static FieldViolation checkHeaders(HttpServletRequest request) {
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                String value = values.nextElement();
                if (IdempotencyKeys.HEADER.equalsIgnoreCase(name) && !IdempotencyKeys.isWellFormed(value)) {
                    return new FieldViolation(IdempotencyKeys.HEADER, IdempotencyKeys.INVALID, IdempotencyKeys.RULE);
                }
                if (hasControl(value)) {
                    return new FieldViolation(name, "MALFORMED_HEADER", "the header " + name + " contains control characters");
                }
                if (HttpHeaders.ACCEPT.equalsIgnoreCase(name) && !mediaTypes(value)) {
                    // an unreadable Accept would leave even the problem answer without a media type
                    return new FieldViolation(name, "MALFORMED_HEADER", "the header Accept is not a list of media types");
                }
            }
        }
        return null;
    }

    private static boolean mediaTypes(String value) {
        try {
            MediaType.parseMediaTypes(value);
            return true;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** Each name and value must percent-decode to UTF-8 text without control characters. */
    static FieldViolation checkQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null || hasControl(name) || hasControl(value)) {
                String field = name == null || hasControl(name) ? rawName : name;
                return new FieldViolation(field, "MALFORMED_QUERY",
                        "query parameter '" + field + "' is not percent-encoded UTF-8 text");
            }
        }
        return null;
    }

    /** Strict percent-decoding ('+' is a space); null when an escape is broken or the bytes are not UTF-8. */
    private static String decode(String raw) {
        byte[] bytes = new byte[raw.length() * 3];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else {
                byte[] own = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(own, 0, bytes, n, own.length);
                n += own.length;
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The request with its body counted against the limit while it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counting(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

}
