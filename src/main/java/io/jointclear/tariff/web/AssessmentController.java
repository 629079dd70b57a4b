package io.jointclear.tariff.web;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.Assessments;
import io.jointclear.tariff.MissingReferenceData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stateless assessment of one declaration: nothing is stored. */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Taxes, duties and fees of a pedimento or a US entry on its governing date")
class AssessmentController {

    private static final AssessmentRequest.Line EMPTY_LINE =
            new AssessmentRequest.Line(null, null, null, null, null, null, null, null, null, null, null, null);

    private final Assessments assessments;
    private final MessageSource messages;

    AssessmentController(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Assess a declaration",
            description = "Mexico: cuadro de liquidación (IGI/IGE, DTA, CC, IEPS, IEPS_CARBON, IVA, PRV, IVA_PRV), "
                    + "totals adjusted to whole pesos per contribution (1–50 centavos down, 51–99 up). United States: "
                    + "DUTY, S232, S301, S122, IEEPA, ADD, CVD and MPF to the cent. Every tax line carries base, rate, "
                    + "rate type, payment form, legal basis and the rule id/version applied; warnings list unconfirmed "
                    + "or carried-forward data. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The assessment")
    @ApiResponse(responseCode = "400", description = "Invalid declaration (every violated field listed)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "UNKNOWN_TARIFF_CODE",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "RATE_NOT_LOADED, MEASURE_NOT_LOADED, DATE_OUTSIDE_REFERENCE_DATA, "
            + "UNSUPPORTED_UNIT_CONVERSION, UNSUPPORTED_COMBINATION, UNKNOWN_AD_CVD_CASE, FUEL_GRADE_REQUIRED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Assessment assess(@RequestBody DeclarationBody body, Actor actor, Locale locale) {
        AssessmentRequest request = toRequest(body);
        try {
            return AssessmentWording.worded(assessments.assess(request), messages, locale);
        } catch (ProblemException e) {
            throw addressed(e, request, MissingReferenceData.Audience.of(actor), locale);
        }
    }

    /** Missing reference data worded for the caller (admin: the import to run; broker: the customs office has not loaded it). */
    private ProblemException addressed(ProblemException e, AssessmentRequest request, MissingReferenceData.Audience audience,
                                       Locale locale) {
        List<FieldViolation> worded = new ArrayList<>();
        boolean changed = false;
        for (FieldViolation v : e.violations()) {
            var notice = MissingReferenceData.of(v, audience, i -> i < request.lines().size() ? request.lines().get(i).tariffCode() : null,
                    request.date());
            if (notice.isPresent()) {
                changed = true;
                worded.add(new FieldViolation(v.field(), v.code(), messages.getMessage(notice.get().key(), notice.get().args(), locale)));
            } else {
                worded.add(v);
            }
        }
        if (!changed) {
            return e;
        }
        String detail = String.join(" ", worded.stream().map(FieldViolation::message).distinct().toList());
        return new ProblemException(e.status(), e.code(), e.title(), detail, worded);
    }

    static AssessmentRequest toRequest(DeclarationBody b) {
        if (b == null) {
            throw new ProblemException(400, "REQUIRED", "Declaration required", "a declaration body is required");
        }
        Authority authority = null;
        if (b.authority() != null) {
            try {
                authority = Authority.parse(b.authority());
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "INVALID_VALUE", "Invalid declaration", e.getMessage(),
                        List.of(new FieldViolation("authority", "INVALID_VALUE", e.getMessage())));
            }
        }
        List<AssessmentRequest.Line> lines = b.lines() == null ? List.of() : b.lines().stream()
                .map(l -> l == null ? EMPTY_LINE : new AssessmentRequest.Line(l.tariffCode(), l.description(), l.origin(),
                        l.quantity() == null ? null : new AssessmentRequest.Quantity(l.quantity().value(), l.quantity().unit()),
                        l.netWeightKg(), l.value(), l.preference(), l.adCvdCases(), l.manufacturer(), l.exporter(),
                        l.octane(), l.metalContentValue()))
                .toList();
        List<AssessmentRequest.Identifier> identifiers = b.identifiers() == null ? List.of() : b.identifiers().stream()
                .map(i -> new AssessmentRequest.Identifier(i.code(), i.complement())).toList();
        return new AssessmentRequest(authority, b.operation(), b.type(), b.regime(), b.customsOffice(), b.date(),
                b.exportDate(), b.exchangeRate(), b.currency(), b.freight(), b.insurance(), b.otherIncrementables(),
                identifiers, Boolean.TRUE.equals(b.ivaIepsGuarantee()), b.informalPreparation(), lines);
    }
}
