package io.jointclear.courier;

import io.jointclear.courier.filing.ManifestFiling;
import io.jointclear.shared.Actor;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** In-process filing of a courier manifest (JSON body), for callers other than the HTTP API (the demo). */
@Service
public class CourierFilings {

    private final ManifestFiling filing;

    CourierFilings(ManifestFiling filing) {
        this.filing = filing;
    }

    /** Files the manifest exactly as {@code POST /api/v1/courier/manifests} would; the manifest's id. */
    public UUID fileJson(Actor actor, byte[] json, String idempotencyKey) {
        ManifestFiling.Request request = new ManifestFiling.Request(false, Map.of(),
                "POST /api/v1/courier/manifests? json", idempotencyKey);
        return filing.file(actor, request, new ByteArrayInputStream(json)).manifestId();
    }
}
