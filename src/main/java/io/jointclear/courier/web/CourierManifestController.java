package io.jointclear.courier.web;

import io.jointclear.courier.filing.ConsignmentView;
import io.jointclear.courier.filing.ManifestFiling;
import io.jointclear.courier.filing.ManifestReads;
import io.jointclear.courier.filing.ManifestSummary;
import io.jointclear.shared.Actor;
import io.jointclear.shared.IdempotencyKeys;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Courier manifests: filing (JSON or CSV, streamed) and the courier's or officials' reads. */
@RestController
@RequestMapping("/api/v1/courier/manifests")
class CourierManifestController {

    private final ManifestFiling filing;
    private final ManifestReads reads;

    CourierManifestController(ManifestFiling filing, ManifestReads reads) {
        this.filing = filing;
        this.reads = reads;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a courier manifest of up to 100,000 consignments (JSON body, or CSV with direction, "
            + "customsOffice, date and crossingId in the query)",
            description = "Every consignment is checked and assessed; the answer lists the rejected ones with all their errors "
                    + "and the totals. With an Idempotency-Key (per courier company) a repeat gets the same answer.")
    ResponseEntity<byte[]> file(HttpServletRequest request, Actor actor, @RequestParam Map<String, String> query,
                                @Parameter(description = "Client-chosen key (printable ASCII, unique within your courier "
                                        + "company) making the manifest safe to retry: a repeat gets the first answer, marked "
                                        + IdempotencyKeys.REPLAYED_HEADER + ": true; the key with another manifest is a 422.")
                                @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey)
            throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean csv = type.startsWith("text/csv");
        String line = request.getMethod() + ' ' + request.getRequestURI() + '?'
                + (request.getQueryString() == null ? "" : request.getQueryString()) + ' ' + (csv ? "csv" : "json");
        ManifestFiling.Filed filed = filing.file(actor,
                new ManifestFiling.Request(csv, query, line, idempotencyKey), request.getInputStream());
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/v1/courier/manifests/" + filed.manifestId()))
                .contentType(MediaType.APPLICATION_JSON);
        if (filed.replayed()) {
            answer.header(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
        return answer.body(filed.body());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A manifest and its totals")
    ManifestSummary manifest(@PathVariable String id, Actor actor) {
        return reads.manifest(uuid(id), actor);
    }

    @GetMapping(path = "/{id}/consignments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One accepted consignment by its guide: rate band, rate (fraction), taxes and flags")
    ConsignmentView consignment(@PathVariable String id, @RequestParam String guide, Actor actor) {
        return reads.consignment(uuid(id), guide, actor);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "MANIFEST_NOT_FOUND", "Manifest not found", "A manifest id is a UUID");
        }
    }
}
