package io.jointclear.enforcement.evidence;

import io.jointclear.shared.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks an upload's declared media type against its kind and its first bytes. */
final class ContentTypes {

    static final String EVIDENCE_TYPE_NOT_ALLOWED = "EVIDENCE_TYPE_NOT_ALLOWED";
    static final String EVIDENCE_CONTENT_MISMATCH = "EVIDENCE_CONTENT_MISMATCH";

    private static final Map<String, Set<String>> BY_KIND = Map.of(
            "PHOTO", Set.of("image/jpeg", "image/png"),
            "LAB_REPORT", Set.of("application/pdf", "text/plain", "text/csv"),
            "DOCUMENT", Set.of("application/pdf", "text/plain", "text/csv", "image/jpeg", "image/png"));

    private ContentTypes() {
    }

    static String normalise(String declared) {
        if (declared == null) {
            return "";
        }
        int semi = declared.indexOf(';');
        return (semi < 0 ? declared : declared.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static void check(String kind, String type, byte[] content, EvidenceProperties limits) {
        if (!limits.types().contains(type)) {
            throw new ProblemException(415, EVIDENCE_TYPE_NOT_ALLOWED, "File type not accepted",
                    "Evidence is accepted as " + limits.types() + ", not '" + type + "'");
        }
        if (!BY_KIND.get(kind).contains(type)) {
            throw new ProblemException(415, EVIDENCE_TYPE_NOT_ALLOWED, "File type not accepted for this kind",
                    "A " + kind + " is one of " + BY_KIND.get(kind) + ", not '" + type + "'");
        }
        if (!matches(type, content)) {
            throw new ProblemException(422, EVIDENCE_CONTENT_MISMATCH, "Content is not what its type says",
                    "The file's bytes are not " + type);
        }
    }

    private static boolean matches(String type, byte[] b) {
        return switch (type) {
            case "image/jpeg" -> b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
            case "image/png" -> b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
            case "application/pdf" -> b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
            default -> text(b);
        };
    }

    private static boolean text(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
