package io.jointclear.declaration.web;

import io.jointclear.declaration.DeclarationFiles;
import io.jointclear.declaration.DeclarationFormat;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Import of the brokers' own declaration files (docs/formats.md). */
@RestController
@Tag(name = "Declaration files", description = "Archivo M (SAAI M3), CATAIR entry summary, EDIFACT CUSDEC, WCO DM JSON")
class DeclarationFileController {

    private final DeclarationFiles files;

    DeclarationFileController(DeclarationFiles files) {
        this.files = files;
    }

    @PostMapping(path = "/api/v1/declarations/import")
    @Operation(summary = "Import a file of declarations (brokers)",
            description = "Body: the file as text/plain (UTF-8), read as a stream. format=M3 (pedimento validation file), "
                    + "CATAIR (ABI entry summary) or CUSDEC (EDIFACT). Every declaration is checked exactly as by the JSON API "
                    + "(same codes and field names) and must be filed under a licence of the broker's agency (else 403, "
                    + "nothing stored). A file whose structure is broken stores nothing; otherwise each valid declaration is "
                    + "stored whole and each invalid one is listed in rejected with its record. 200 when something was "
                    + "accepted or nothing was wrong, 422 (same body) when nothing was accepted. With Accept: text/plain an "
                    + "M3 import answers with the SAAI-style response file.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the file, UTF-8",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain"))
    ResponseEntity<?> importFile(HttpServletRequest request, Actor actor,
                                 @Parameter(description = "M3, CATAIR or CUSDEC") @RequestParam(required = false) String format,
                                 @RequestHeader(name = "Accept", required = false) String accept) throws IOException {
        DeclarationFormat f = DeclarationFormat.of(format);
        if (f == null) {
            throw new ProblemException(400, DeclarationFormat.UNKNOWN_FORMAT, "Unknown format",
                    "format must be M3, CATAIR or CUSDEC, got '" + format + "'",
                    List.of(new FieldViolation("format", DeclarationFormat.UNKNOWN_FORMAT, "M3, CATAIR or CUSDEC")));
        }
        requireText(request.getContentType());
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        DeclarationFiles.ImportResult result;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(request.getInputStream(), decoder), 1 << 16)) {
            result = files.importFile(body, f, actor);
        }
        HttpStatus status = result.accepted() == 0 && !result.rejected().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        if (result.responseFile() != null && accept != null && accept.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
            return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(result.responseFile());
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("accepted", result.accepted());
        body.put("declarations", result.declarations());
        body.put("rejected", result.rejected());
        if (result.responseFile() != null) {
            body.put("responseFile", result.responseFile());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @org.springframework.web.bind.annotation.GetMapping("/api/v1/declarations/{authority}/{number}/export")
    @Operation(summary = "An imported declaration (not yet on a crossing) as a file (brokers, their agency's only)",
            description = "format=M3, CATAIR, CUSDEC or WCO. Another agency's or an unknown number is a 404.")
    ResponseEntity<String> exportImported(@org.springframework.web.bind.annotation.PathVariable String authority,
                                          @org.springframework.web.bind.annotation.PathVariable String number, Actor actor,
                                          @RequestParam(required = false) String format) {
        DeclarationFormat f = DeclarationFormat.of(format);
        if (f == null) {
            throw new ProblemException(400, DeclarationFormat.UNKNOWN_FORMAT, "Unknown format",
                    "format must be M3, CATAIR, CUSDEC or WCO, got '" + format + "'",
                    List.of(new FieldViolation("format", DeclarationFormat.UNKNOWN_FORMAT, "M3, CATAIR, CUSDEC or WCO")));
        }
        io.jointclear.shared.Authority of;
        try {
            of = io.jointclear.shared.Authority.parse(authority);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "UNKNOWN_AUTHORITY", "Unknown authority", e.getMessage(),
                    List.of(new FieldViolation("authority", "UNKNOWN_AUTHORITY", "MX or US")));
        }
        String file = files.exportImported(of, number, f, actor);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + number.replaceAll("[^A-Za-z0-9-]", "") + "." + f.extension() + "\"")
                .body(file);
    }

    /** The file comes as text (text/plain, or application/EDIFACT for CUSDEC); anything else is a 415. */
    private static void requireText(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/plain") && !type.startsWith("application/edifact")) {
            throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                    "The file is sent as text/plain (UTF-8), not '" + contentType + "'",
                    List.of(new FieldViolation("Content-Type", "UNSUPPORTED_MEDIA_TYPE", "text/plain")));
        }
    }
}
