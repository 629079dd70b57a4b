package io.jointclear.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: unlike {@link java.net.http.HttpClient} it
 * sends what a careless or hostile client sends (non-ASCII and control bytes in headers, invalid
 * percent-encoding, any Content-Type). Keeps the connection alive and reconnects when the server
 * closed it.
 */
final class RawHttp implements AutoCloseable {

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(int port) {
        this.port = port;
    }

    /** Status, headers (lower-case names) and body of one answer. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * @param head request line and header lines, each ending in CRLF, without the blank line
     */
    Answer exchange(byte[] head, byte[] body, boolean headRequest) throws IOException {
        for (int attempt = 0; ; attempt++) {
            connectIfNeeded();
            try {
                try {
                    out.write(head);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    if (body != null) {
                        out.write(body);
                    }
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the server may have answered (e.g. 413) and closed before taking the whole body
                    if (attempt > 0) {
                        throw refusedMidway;
                    }
                }
                Answer answer = read(headRequest);
                if ("close".equalsIgnoreCase(answer.headers().get("connection"))) {
                    close();
                }
                return answer;
            } catch (IOException e) {
                close();
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 65_536);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 65_536);
        }
    }

    private Answer read(boolean headRequest) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body;
        if (headRequest || status == 204 || status == 304) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Answer(status, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("truncated chunked body");
            }
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                while (true) {
                    String trailer = line();
                    if (trailer == null || trailer.isEmpty()) {
                        return body.toByteArray();
                    }
                }
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
        }
    }
}
