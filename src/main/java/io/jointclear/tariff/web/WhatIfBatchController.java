package io.jointclear.tariff.web;

import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.reassessment.WhatIfBatch;
import io.jointclear.tariff.reassessment.WhatIfJob;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Batch what-if over the stored declarations of a period, for analysts: a background job and its CSV. */
@RestController
@RequestMapping("/api/v1/assessments/what-if/batch")
@Tag(name = "What-if", description = "A declaration assessed as the law stands and under a scenario, compared")
class WhatIfBatchController {

    private final WhatIfBatch batch;
    private final Clock clock;

    WhatIfBatchController(WhatIfBatch batch, Clock clock) {
        this.batch = batch;
        this.clock = clock;
    }

    record BatchBody(LocalDate from, LocalDate to, WhatIfController.ScenarioBody scenario) {
    }

    @PostMapping
    @Operation(summary = "Start a batch what-if over the stored declarations (both countries) dated from..to",
            description = "Analysts and administrators. 202 with the job; poll it for status and n of N; the result is "
                    + "a CSV, one row per declaration and tax code (actual, scenario, difference) or its problem.")
    ResponseEntity<WhatIfJob.View> start(@RequestBody BatchBody body, Actor actor) {
        WhatIfBatch.requireAnalyst(actor);
        if (body == null) {
            throw new ProblemException(400, "REQUIRED", "Body required", "from, to and scenario are required");
        }
        WhatIfJob job = batch.start(body.from(), body.to(), WhatIfController.scenario(body.scenario()), actor);
        return ResponseEntity.accepted().location(URI.create("/api/v1/assessments/what-if/batch/" + job.id()))
                .body(job.view(clock.instant()));
    }

    @GetMapping
    @Operation(summary = "The batch what-if jobs kept in memory, newest first")
    List<WhatIfJob.View> list(Actor actor) {
        return batch.list(actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job: status, processed of total, totals per authority and tax code so far")
    WhatIfJob.View get(@PathVariable UUID id, Actor actor) {
        return batch.get(id, actor).view(clock.instant());
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The CSV result of a finished job")
    ResponseEntity<Resource> result(@PathVariable UUID id, Actor actor) {
        WhatIfJob job = batch.get(id, actor);
        if (job.status() != WhatIfJob.Status.DONE) {
            throw new ProblemException(409, "JOB_NOT_DONE", "Job not done", "Job " + id + " is " + job.status());
        }
        return ResponseEntity.ok().contentType(RefundController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"what-if-" + id + ".csv\"")
                .body(new FileSystemResource(job.result()));
    }
}
