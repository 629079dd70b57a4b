package io.jointclear.clearance.web;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.clearance.internal.CrossingCommands;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/crossings")
@Tag(name = "Crossings", description = "The joint case of one border crossing")
class CrossingController {

    private final CrossingCommands crossings;
    private final JsonMapper json;

    CrossingController(CrossingCommands crossings, JsonMapper json) {
        this.crossings = crossings;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "File a crossing with both declarations (pre-arrival)",
            description = "Validates every declaration in layers, assesses both, stores the case in status FILED. "
                    + "With an Idempotency-Key a repeat of the same body returns the first answer; the same key with "
                    + "another body is a 422.")
    @ApiResponse(responseCode = "201", description = "The crossing as filed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CrossingView.class)))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FileCrossing.class)))
    ResponseEntity<String> file(@RequestBody byte[] body, HttpServletRequest request, Actor actor,
                                @Parameter(description = "client-chosen key making the filing safe to retry")
                                @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        // Read here rather than by a converter: the idempotency key is checked against these exact bytes.
        FileCrossing filing;
        try {
            filing = json.readValue(body, FileCrossing.class);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("The request body is not a crossing", e, new ServletServerHttpRequest(request));
        }
        String answer = crossings.file(filing, body, actor, idempotencyKey);
        Matcher id = CROSSING_ID.matcher(answer);
        URI location = id.find() ? URI.create("/api/v1/crossings/" + id.group(1)) : null;
        return ResponseEntity.status(HttpStatus.CREATED).location(location).contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /** The crossing's id is the first member of its JSON answer. */
    private static final Pattern CROSSING_ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    @GetMapping("/{id}")
    @Operation(summary = "A crossing: declarations, assessments, lanes with explanations, decisions, timestamps")
    CrossingView get(@PathVariable UUID id, Actor actor) {
        return crossings.get(id, actor);
    }

    @GetMapping
    @Operation(summary = "Crossings the caller may see, newest first (brokers: their own)")
    List<CrossingView> list(Actor actor, @RequestParam(required = false) CrossingStatus status,
                            @RequestParam(required = false) String mxCustomsOffice,
                            @RequestParam(required = false) String usPort,
                            @RequestParam(defaultValue = "50") int limit) {
        return crossings.list(actor, status, mxCustomsOffice, usPort, limit);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Amend a crossing before arrival; both declarations are assessed again")
    CrossingView amend(@PathVariable UUID id, @RequestBody FileCrossing filing, Actor actor) {
        return crossings.amend(id, filing, actor);
    }

    @PostMapping("/{id}/arrival")
    @Operation(summary = "Record the arrival; selectivity runs and the lanes become visible")
    CrossingView arrive(@PathVariable UUID id, @RequestBody Arrival arrival, Actor actor) {
        return crossings.arrive(id, arrival == null ? null : arrival.at(), actor);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "An officer's decision for their own authority: RELEASE, HOLD, REFER or SEIZE",
            description = "The crossing is RELEASED only when both authorities released.")
    CrossingView decide(@PathVariable UUID id, @RequestBody RecordDecision decision, Actor actor) {
        return crossings.decide(id, decision, actor);
    }

    @PostMapping("/{id}/reassessment")
    @Operation(summary = "Assess the declarations again (e.g. after a missing rate or exchange rate was loaded)")
    CrossingView reassess(@PathVariable UUID id, Actor actor) {
        return crossings.reassess(id, actor);
    }

    /** Arrival at the port, ISO-8601 instant. */
    record Arrival(Instant at) {
    }
}
