package io.jointclear.audit.chain;

import java.util.Map;
import java.util.SortedMap;

/**
 * Writes audit details as one canonical JSON object: keys sorted, string values, no spaces, minimal
 * escaping. The text is stored as written and hashed byte for byte, so it must never depend on a
 * library's formatting choices.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String object(SortedMap<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, entry.getKey());
            out.append(':');
            string(out, entry.getValue());
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
