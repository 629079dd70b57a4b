package io.jointclear.enforcement.web;

import io.jointclear.enforcement.evidence.Custody;
import io.jointclear.enforcement.evidence.CustodyEntry;
import io.jointclear.enforcement.evidence.CustodyReport;
import io.jointclear.enforcement.evidence.EvidenceService;
import io.jointclear.enforcement.evidence.EvidenceView;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence uploads and downloads, and the chain of custody of a case's items. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class EvidenceController {

    private final EvidenceService evidence;
    private final Custody custody;

    EvidenceController(EvidenceService evidence, Custody custody) {
        this.evidence = evidence;
        this.custody = custody;
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload evidence (multipart 'file'; kind PHOTO jpeg/png, LAB_REPORT pdf/text/csv, DOCUMENT); "
            + "stored by SHA-256, the same bytes once; 413 too large, 415 type not accepted, 422 content not of its type")
    ResponseEntity<EvidenceView> upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) String kind, @RequestParam(required = false) String item,
                                        Actor actor) throws IOException {
        if (file == null) {
            throw new ProblemException(422, "REQUIRED_FIELD", "File missing", "The multipart part 'file' is required");
        }
        if (file.getSize() > evidence.maxBytes()) {
            throw EvidenceService.tooLarge(evidence.maxBytes());
        }
        EvidenceView v = evidence.upload(CaseController.uuid(id), kind, item, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/evidence/" + v.id())).body(v);
    }

    @GetMapping(path = "/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's evidence with the SHA-256 of each piece")
    List<EvidenceView> list(@PathVariable String id, Actor actor) {
        return evidence.list(CaseController.uuid(id), actor);
    }

    @GetMapping("/evidence/{evidenceId}")
    @Operation(summary = "The bytes of one piece of evidence, checked against their SHA-256")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String evidenceId, Actor actor) {
        java.util.UUID eid;
        try {
            eid = java.util.UUID.fromString(evidenceId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "EVIDENCE_NOT_FOUND", "Evidence not found", "An evidence id is a UUID");
        }
        EvidenceService.Content c = evidence.content(CaseController.uuid(id), eid, actor);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", java.util.HexFormat.of().formatHex(c.sha256()))
                .body(c.bytes());
    }

    @PostMapping(path = "/custody", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a movement of an item in custody (TAKEN, HANDED_OVER, RECEIVED) with who, where, when and seals")
    ResponseEntity<CustodyEntry> record(@PathVariable String id, @RequestBody Custody.Movement body, Actor actor) {
        CustodyEntry e = custody.record(CaseController.uuid(id), body, actor);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/custody")).body(e);
    }

    @GetMapping(path = "/custody", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The chain of custody per item with \"intact\": true|false and, when broken, which entry and why")
    CustodyReport custody(@PathVariable String id, Actor actor) {
        return custody.report(CaseController.uuid(id), actor);
    }
}
