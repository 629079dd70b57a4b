package io.jointclear.clearance.web;

import io.jointclear.clearance.CrossingFilter;
import io.jointclear.clearance.CrossingPage;
import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.CrossingView;
import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.RecordDecision;
import io.jointclear.clearance.TraderCrossingView;
import io.jointclear.clearance.TraderViews;
import io.jointclear.clearance.internal.CrossingCommands;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.IdempotencyKeys;
import io.jointclear.shared.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final io.jointclear.shared.ProblemWording language;

    CrossingController(CrossingCommands crossings, JsonMapper json, io.jointclear.shared.ProblemWording language) {
        this.crossings = crossings;
        this.json = json;
        this.language = language;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a crossing with both declarations (pre-arrival)",
            description = "Validates every declaration in layers, assesses both, stores the case in status FILED. "
                    + "With an Idempotency-Key (unique within the filer's organisation) a repeat of the same body returns "
                    + "the first answer, marked Idempotent-Replayed: true; the same key with another body is a 422.")
    @ApiResponse(responseCode = "201", description = "The crossing as filed (a broker gets the trader view)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(oneOf = {TraderCrossingView.class, CrossingView.class})))
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
        if (filing == null) {
            throw notAnObject("$");
        }
        CrossingCommands.FilingAnswer answer = crossings.file(filing, body, actor, idempotencyKey);
        Matcher id = CROSSING_ID.matcher(answer.json());
        URI location = id.find() ? URI.create("/api/v1/crossings/" + id.group(1)) : null;
        ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED).location(location)
                .contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            created.header(IdempotencyKeys.REPLAYED_HEADER, "true");
        }
        return created.body(answer.json());
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File up to 100 crossings in one request (a broker's batch)",
            description = "Body {\"crossings\": [{\"idempotencyKey\": \"…\", \"crossing\": {…as for POST /api/v1/crossings…}}]}. "
                    + "Each crossing is validated, assessed and stored — or refused — on its own, all in one transaction; "
                    + "the answer lists, in order, each one's status (201 filed, 200 repeat of an earlier filing with the "
                    + "same key and bytes, 4xx refused) with the crossing or an RFC 9457 problem.")
    @ApiResponse(responseCode = "200", description = "One result per crossing, in the order sent")
    ResponseEntity<String> fileBatch(@RequestBody byte[] body, HttpServletRequest request, Actor actor, java.util.Locale locale,
                                     @Parameter(description = "not taken: each crossing carries its own idempotencyKey")
                                     @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            // never ignored silently: the client would believe the whole batch safe to retry under it
            throw new ProblemException(400, "IDEMPOTENCY_KEY_PER_ITEM", "Idempotency-Key per crossing",
                    "A batch takes no Idempotency-Key header; give each crossing its own idempotencyKey",
                    List.of(new FieldViolation(IdempotencyKeys.HEADER, "IDEMPOTENCY_KEY_PER_ITEM",
                            "use crossings[].idempotencyKey")));
        }
        BatchBody batch;
        try {
            batch = BatchBody.read(json, body);
        } catch (BatchBody.UnknownProperty e) {
            throw new ProblemException(400, "UNKNOWN_PROPERTY", "Unknown property", e.getMessage() + ": unknown property",
                    List.of(new FieldViolation(e.getMessage(), "UNKNOWN_PROPERTY", "unknown property")));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ProblemException(400, "MALFORMED_BATCH", "Malformed batch",
                    "The body must be {\"crossings\": [{\"idempotencyKey\": …, \"crossing\": {…}}, …]}",
                    List.of(new FieldViolation("crossings", "REQUIRED", "an array of {idempotencyKey, crossing} objects")));
        }
        if (batch.items().isEmpty() || batch.items().size() > CrossingCommands.MAX_BATCH) {
            throw new ProblemException(422, "BATCH_SIZE", "Batch size out of range",
                    "A batch carries 1 to " + CrossingCommands.MAX_BATCH + " crossings; this one has " + batch.items().size(),
                    List.of(new FieldViolation("crossings", "BATCH_SIZE", "1 to " + CrossingCommands.MAX_BATCH + " crossings")));
        }
        List<CrossingCommands.BatchFiling> filings = new java.util.ArrayList<>(batch.items().size());
        for (int i = 0; i < batch.items().size(); i++) {
            filings.add(bind(body, batch.items().get(i), i));
        }
        List<CrossingCommands.BatchAnswer> answers = crossings.fileBatch(filings, actor);
        StringBuilder out = new StringBuilder(answers.size() * 2048).append("{\"results\":[");
        for (int i = 0; i < answers.size(); i++) {
            CrossingCommands.BatchAnswer a = answers.get(i);
            out.append(i == 0 ? "" : ",").append("{\"index\":").append(i).append(",\"status\":").append(a.status());
            if (a.answer() != null) {
                out.append(",\"crossing\":").append(a.answer());
            } else {
                // each item's problem in the caller's language, as every other problem of the API
                out.append(",\"problem\":").append(json.writeValueAsString(problem(language.worded(a.problem(), locale))));
            }
            out.append('}');
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.append("]}").toString());
    }

    private CrossingCommands.BatchFiling bind(byte[] body, BatchBody.Item item, int index) {
        String at = "crossings[" + index + "].crossing";
        if (!IdempotencyKeys.isWellFormed(item.idempotencyKey())) {
            return new CrossingCommands.BatchFiling(null, null, null, new ProblemException(400, IdempotencyKeys.INVALID,
                    "Invalid Idempotency-Key", "item " + index + " has an invalid idempotency key",
                    List.of(new FieldViolation("crossings[" + index + "].idempotencyKey", IdempotencyKeys.INVALID,
                            IdempotencyKeys.RULE))));
        }
        if (item.offset() < 0) {
            return new CrossingCommands.BatchFiling(null, item.idempotencyKey(), null, new ProblemException(422,
                    "CROSSING_INVALID", "Crossing rejected", "item " + index + " has no crossing object",
                    List.of(new FieldViolation(at, "REQUIRED", "the crossing is required"))));
        }
        try {
            FileCrossing filing = json.readValue(body, item.offset(), item.length(), FileCrossing.class);
            byte[] bytes = java.util.Arrays.copyOfRange(body, item.offset(), item.offset() + item.length());
            return new CrossingCommands.BatchFiling(filing, item.idempotencyKey(), bytes, null);
        } catch (JacksonException e) {
            return new CrossingCommands.BatchFiling(null, item.idempotencyKey(), null, new ProblemException(400,
                    "MALFORMED_CROSSING", "Malformed crossing", "item " + index + " is not a crossing: " + e.getOriginalMessage(),
                    List.of(new FieldViolation(at, "MALFORMED", "not a crossing as for POST /api/v1/crossings"))));
        }
    }

    /** A body of {@code null} where the crossing object belongs. */
    private static ProblemException notAnObject(String field) {
        return new ProblemException(400, "MALFORMED_JSON", "Malformed request body", "a crossing object is required",
                List.of(new FieldViolation(field, "MALFORMED_JSON", "a JSON object is required")));
    }

    /** The same RFC 9457 shape as every other problem of the API (type, title, status, detail, code, errors). */
    private static Map<String, Object> problem(ProblemException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemException.typeOf(e.code()));
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.getMessage());
        body.put("code", e.code());
        body.put("errors", e.violations());
        return body;
    }

    /** As the Idempotency-Key header (checked by the platform's request edge): 1 to 255 visible ASCII characters. */

    /** The crossing's id is the first member of its JSON answer. */
    private static final Pattern CROSSING_ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    @GetMapping("/{id}")
    @Operation(summary = "A crossing: declarations, assessments, lanes with explanations, decisions, timestamps",
            description = "Officers, analysts and auditors get the case with its targeting; brokers and carriers the "
                    + "trader view: lane outcomes and what to do, never the selection's rules, scores or thresholds. "
                    + "A crossing outside the caller's agency or carrier is answered 404.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(oneOf = {CrossingView.class, TraderCrossingView.class})))
    Object get(@PathVariable UUID id, Actor actor) {
        return shown(crossings.get(id, actor), actor);
    }

    @GetMapping
    @Operation(summary = "Crossings the caller may see, a page at a time (brokers: their agency's; carriers: the ones they carry)",
            description = "The body is the page's crossings as before (a JSON array); X-Total-Count gives how many match, "
                    + "Link the first, previous, next and last pages. Sorted newest filed first unless sort and order say "
                    + "otherwise. A page, size, limit, sort, order or date range out of range is a 400 problem "
                    + "INVALID_LIST_PARAMETER naming the parameter.")
    ResponseEntity<List<?>> list(Actor actor, HttpServletRequest request,
                 @Parameter(description = "only these statuses (repeat the parameter or separate by commas)")
                 @RequestParam(required = false) List<CrossingStatus> status,
                 @RequestParam(required = false) String mxCustomsOffice,
                 @RequestParam(required = false) String usPort,
                 @Parameter(description = "start of a pedimento or entry number; spaces and dashes are ignored")
                 @RequestParam(required = false) String number,
                 @Parameter(description = "the truck's plate (case, spaces and dashes ignored)")
                 @RequestParam(required = false) String plate,
                 @Parameter(description = "start of an importer's name (case ignored) or its tax id")
                 @RequestParam(required = false) String importer,
                 @Parameter(description = "expected arrival from: a date (UTC day, YYYY-MM-DD) or an instant (ISO-8601)")
                 @RequestParam(required = false) String from,
                 @Parameter(description = "expected arrival up to: a date (that UTC day included) or an instant (excluded)")
                 @RequestParam(required = false) String to,
                 @Parameter(description = "filed (default), expectedArrival, arrived, status, port or urgency")
                 @RequestParam(required = false) String sort,
                 @Parameter(description = "asc or desc (default: desc for filed, asc otherwise)")
                 @RequestParam(required = false) String order,
                 @Parameter(description = "MX or US: only open crossings on which that authority still has to act "
                         + "(an inspection its officer has not joined, a joint inspection under way, or its decision not "
                         + "given yet once the lanes are chosen and no inspection is pending)")
                 @RequestParam(required = false) io.jointclear.shared.Authority awaiting,
                 @Parameter(description = "1-based page number") @RequestParam(defaultValue = "1") int page,
                 @Parameter(description = "page size, 1 to 500 (default 50)") @RequestParam(required = false) Integer size,
                 @Parameter(description = "the former name of size, still taken") @RequestParam(required = false) Integer limit) {
        ListParameters p = ListParameters.of(sort, order, from, to);
        int pageSize = size != null ? size : limit != null ? limit : 50;
        CrossingFilter filter = new CrossingFilter(status, mxCustomsOffice, usPort, number, plate, importer, p.from(), p.before(),
                awaiting, null);
        CrossingPage result = crossings.search(actor, filter, p.sort(), p.descending(), page, pageSize);
        List<?> body = result.items().stream().map(c -> shown(c, actor)).toList();
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(result.total()))
                .header("Link", ListParameters.links(request, result)).body(body);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Amend a crossing before arrival; both declarations are assessed again")
    Object amend(@PathVariable UUID id, @RequestBody FileCrossing filing, Actor actor) {
        return shown(crossings.amend(id, filing, actor), actor);
    }

    @PostMapping("/{id}/arrival")
    @Operation(summary = "Record the arrival; selectivity runs and the lanes become visible",
            description = "A carrier records the arrival of the crossings it carries, a broker of its agency's.")
    Object arrive(@PathVariable UUID id, @RequestBody Arrival arrival, Actor actor) {
        return shown(crossings.arrive(id, arrival == null ? null : arrival.at(), actor), actor);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "An officer's decision for their own authority: RELEASE, HOLD, REFER or SEIZE",
            description = "The crossing is RELEASED only when both authorities released. A RELEASE is refused with 409 "
                    + "INSPECTION_REQUIRED before a required joint inspection ended, and with 409 ASSESSMENT_PENDING while "
                    + "the authority's own declaration is PENDING_REFERENCE_DATA (errors name each missing datum); HOLD, "
                    + "REFER and SEIZE stay possible.")
    Object decide(@PathVariable UUID id, @RequestBody RecordDecision decision, Actor actor) {
        return shown(crossings.decide(id, decision, actor), actor);
    }

    @PostMapping("/{id}/reassessment")
    @Operation(summary = "Assess the declarations again (e.g. after a missing rate or exchange rate was loaded)")
    Object reassess(@PathVariable UUID id, Actor actor) {
        return shown(crossings.reassess(id, actor), actor);
    }

    /** Traders (brokers, carriers) get the trader view of every crossing answer, officials the case as it is. */
    private static Object shown(CrossingView crossing, Actor actor) {
        return actor.isTrader() ? TraderViews.of(crossing) : crossing;
    }

    /** Arrival at the port, ISO-8601 instant. */
    record Arrival(Instant at) {
    }
}
