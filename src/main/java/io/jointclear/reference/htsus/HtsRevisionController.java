package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsRevision;
import io.jointclear.reference.UsTariffHistory;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class HtsRevisionController {

    static final String PATH = "/api/v1/reference/htsus/revisions";

    private final HtsRevisionImport revisionImport;
    private final UsTariffHistory history;
    private final MessageSource messages;

    HtsRevisionController(HtsRevisionImport revisionImport, UsTariffHistory history, MessageSource messages) {
        this.revisionImport = revisionImport;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @Operation(summary = "The HTSUS revisions loaded, oldest first, with what each changed")
    List<HtsRevision> revisions(Locale locale) {
        return history.revisions().stream()
                .map(r -> r.withChanges(Chapter99Changes.worded(r.chapter99Changes(), messages, locale))).toList();
    }

    @PostMapping(path = PATH, consumes = {"application/json", "application/gzip", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a later HTSUS revision (admin)",
            description = "Body: the USITC JSON export of the revision, plain or gzip (up to jointclear.web.max-import-bytes, "
                    + "32 MiB by default). Its lines apply from effectiveDate; the lines in force are closed the day before "
                    + "where it changes or drops them. 409 when the revision is already loaded or effectiveDate is not after "
                    + "the latest revision's; 400 when the body is not an HTSUS JSON export. The answer lists what the revision "
                    + "changes in chapter 99 (headings added or removed, rate texts, footnote scopes) and the chapter-99 "
                    + "measure rows to review, which do not follow an import by themselves.")
    HtsRevisionImport.Result importRevision(@RequestParam String revision,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                                            @RequestBody byte[] body, Actor actor, Locale locale) {
        HtsRevisionImport.Result result = revisionImport.importRevision(revision, effectiveDate, body, actor.username());
        return result.withChanges(Chapter99Changes.worded(result.chapter99Changes(), messages, locale));
    }
}
