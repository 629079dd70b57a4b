package io.jointclear.tariff.web;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Actor.Roles;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.reassessment.RefundInterestRates;
import io.jointclear.tariff.reassessment.RefundReport;
import io.jointclear.tariff.reassessment.RefundService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** IEEPA refunds of entries sent or stored, and the quarterly interest rates they need. */
@RestController
@RequestMapping("/api/v1/tariff/refunds")
@Tag(name = "IEEPA refunds", description = "IEEPA duties owed by US entries since 2025 and what is refundable")
class RefundController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RefundService refunds;
    private final RefundInterestRates rates;

    RefundController(RefundService refunds, RefundInterestRates rates) {
        this.refunds = refunds;
        this.rates = rates;
    }

    record RefundBody(List<DeclarationBody> entries) {
    }

    record RateBody(LocalDate quarterStart, BigDecimal rate, String legalBasis, String source) {
    }

    @PostMapping("/ieepa")
    @Operation(summary = "IEEPA duties and refunds of up to 10,000 US entries",
            description = "Each entry is assessed on its date; an entry that cannot be assessed (unknown code, date "
                    + "outside the data or before 2025) carries its problem. Entries of another authority refuse the "
                    + "whole request (422 MIXED_AUTHORITIES); more than 10,000 entries is 413 TOO_MANY_ENTRIES.")
    RefundReport refund(@RequestBody RefundBody body) {
        if (body == null || body.entries() == null) {
            throw new ProblemException(400, "REQUIRED", "Entries required", "entries is required",
                    List.of(new FieldViolation("entries", "REQUIRED", "entries is required")));
        }
        List<AssessmentRequest> entries = new ArrayList<>(body.entries().size());
        for (int i = 0; i < body.entries().size(); i++) {
            entries.add(toRequest(body.entries().get(i), "entries[" + i + "]."));
        }
        return refunds.ofEntries(entries);
    }

    @GetMapping("/ieepa")
    @Operation(summary = "IEEPA refunds of the stored US entries of a period (JSON, or CSV with Accept: text/csv or format=csv)",
            description = "Brokers see their agency's entries; analysts, auditors and administrators all; others 403.")
    ResponseEntity<?> stored(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(required = false) String importer, @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Actor actor) {
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
            throw new ProblemException(400, "INVALID_VALUE", "Invalid format", "format is json or csv",
                    List.of(new FieldViolation("format", "INVALID_VALUE", "json or csv")));
        }
        RefundReport report = refunds.ofStored(from, to, importer, actor);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ieepa-refunds-" + from + "-" + to + ".csv\"")
                .body(RefundCsv.of(report));
    }

    @GetMapping("/interest-rates")
    @Operation(summary = "Quarterly interest rates on refunds loaded so far (19 U.S.C. 1505(c))")
    List<RefundInterestRates.Rate> rates() {
        return rates.list();
    }

    @PostMapping("/interest-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Load (or correct) the interest rate of a quarter, as published; administrators only")
    RefundInterestRates.Rate load(@RequestBody RateBody body, Actor actor) {
        if (!actor.hasRole(Roles.ADMIN)) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only an administrator loads interest rates");
        }
        if (body == null) {
            throw new ProblemException(400, "REQUIRED", "Rate required", "a rate body is required");
        }
        return rates.load(body.quarterStart(), body.rate(), body.legalBasis(), body.source(), actor.username());
    }

    /** The declaration as the assessment endpoint reads it, with problems located under {@code prefix}. */
    static AssessmentRequest toRequest(DeclarationBody body, String prefix) {
        try {
            return AssessmentController.toRequest(body);
        } catch (ProblemException e) {
            List<FieldViolation> v = e.violations().isEmpty()
                    ? List.of(new FieldViolation(prefix.substring(0, prefix.length() - 1), e.code(), e.getMessage()))
                    : e.violations().stream().map(f -> new FieldViolation(prefix + f.field(), f.code(), f.message())).toList();
            throw new ProblemException(e.status(), e.code(), e.title(), e.getMessage(), v);
        }
    }
}
