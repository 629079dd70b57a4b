package io.jointclear.enforcement.evidence;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Evidence upload limits and where the bytes live.
 *
 * @param maxBytes  largest file accepted (413 beyond); the platform's request limit
 *                  ({@code jointclear.web.max-request-bytes}) bounds the whole multipart body as well
 * @param types     media types accepted (415 otherwise); the content must be what the type says (422)
 * @param directory where objects are written, named by their SHA-256; blank keeps them in the database
 */
@ConfigurationProperties("jointclear.enforcement.evidence")
public record EvidenceProperties(Long maxBytes, List<String> types, String directory) {

    public EvidenceProperties {
        maxBytes = maxBytes == null ? 1_572_864L : maxBytes;
        types = types == null || types.isEmpty()
                ? List.of("image/jpeg", "image/png", "application/pdf", "text/plain", "text/csv") : List.copyOf(types);
        directory = directory == null ? "" : directory.strip();
    }
}
