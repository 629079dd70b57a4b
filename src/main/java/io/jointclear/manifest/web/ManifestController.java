package io.jointclear.manifest.web;

import io.jointclear.manifest.DodaView;
import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestView;
import io.jointclear.manifest.Manifests;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The truck manifest API (carriers file and amend; readers of a crossing see its manifest and DODA). */
@RestController
@Tag(name = "Manifests", description = "Pre-arrival truck manifest (eManifest) and the DODA of a crossing")
class ManifestController {

    private final Manifests manifests;

    ManifestController(Manifests manifests) {
        this.manifests = manifests;
    }

    @PostMapping(path = "/api/v1/manifests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a trip before arrival (role CARRIER)",
            description = "Trip, conveyance, equipment, crew and shipments, each naming its crossing and declarations. "
                    + "Every field error at once (422 INVALID_MANIFEST); an Idempotency-Key makes a retry safe.")
    ResponseEntity<ManifestView> file(@RequestBody FileManifest manifest, Actor actor) {
        ManifestView filed = manifests.file(manifest, actor);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/manifests/" + filed.id())).body(filed);
    }

    @PutMapping(path = "/api/v1/manifests/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend a trip before any of its crossings arrived (409 MANIFEST_LOCKED_AFTER_ARRIVAL after)")
    ManifestView amend(@PathVariable UUID id, @RequestBody FileManifest manifest, Actor actor) {
        return manifests.amend(id, manifest, actor);
    }

    @GetMapping("/api/v1/manifests/{id}")
    @Operation(summary = "A manifest (the carrier that filed it, officials)")
    ManifestView get(@PathVariable UUID id, Actor actor) {
        return manifests.get(id, actor);
    }

    @GetMapping("/api/v1/crossings/{id}/manifest")
    @Operation(summary = "The manifest carrying a crossing",
            description = "The filing carrier and officials see the crew; a broker of the crossing sees the trip and its "
                    + "own shipment without the crew's personal data.")
    ManifestView forCrossing(@PathVariable UUID id, Actor actor) {
        return manifests.forCrossing(id, actor);
    }

    @GetMapping("/api/v1/crossings/{id}/doda")
    @Operation(summary = "The Mexican DODA of a crossing, with its QR payload")
    DodaView doda(@PathVariable UUID id, Actor actor) {
        return manifests.doda(id, actor);
    }
}
