package io.jointclear.clearance.web;

import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.Crossings;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationFiles;
import io.jointclear.declaration.DeclarationFormat;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A crossing's declaration as a file of the brokers' formats (docs/formats.md). */
@RestController
@Tag(name = "Crossings")
class CrossingFileController {

    private final Crossings crossings;
    private final DeclarationFiles files;

    CrossingFileController(Crossings crossings, DeclarationFiles files) {
        this.crossings = crossings;
        this.files = files;
    }

    @GetMapping("/api/v1/crossings/{id}/declarations/{authority}/export")
    @Operation(summary = "A crossing's declaration as an archivo M, CATAIR entry summary, CUSDEC message or WCO DM JSON",
            description = "Scoped like the crossing read (another agency's or carrier's crossing is a 404). M3 carries "
                    + "Mexican declarations, CATAIR US ones; CUSDEC and WCO both.")
    ResponseEntity<String> export(@PathVariable UUID id, @PathVariable String authority, Actor actor,
                                  @Parameter(description = "M3, CATAIR, CUSDEC or WCO") @RequestParam(required = false) String format) {
        DeclarationFormat f = DeclarationFormat.of(format);
        if (f == null) {
            throw new ProblemException(400, DeclarationFormat.UNKNOWN_FORMAT, "Unknown format",
                    "format must be M3, CATAIR, CUSDEC or WCO, got '" + format + "'",
                    List.of(new FieldViolation("format", DeclarationFormat.UNKNOWN_FORMAT, "M3, CATAIR, CUSDEC or WCO")));
        }
        Authority of;
        try {
            of = Authority.parse(authority);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "UNKNOWN_AUTHORITY", "Unknown authority", e.getMessage(),
                    List.of(new FieldViolation("authority", "UNKNOWN_AUTHORITY", "MX or US")));
        }
        CrossingView crossing = crossings.get(id, actor);
        DeclarationDocument document = crossing.declarations().stream()
                .filter(d -> of.name().equals(d.authority())).map(CrossingView.DeclarationView::document)
                .findFirst().orElseThrow(() -> new ProblemException(404, "DECLARATION_NOT_FOUND", "Declaration not found",
                        "Crossing " + id + " has no " + of + " declaration"));
        String file = files.export(document, f);
        String name = (document.number() == null ? of.name() : document.number()) + "." + f.extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(file);
    }
}
