package io.jointclear.enforcement.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as stored (JSON body of {@code enforcement.enforcement_case}) and as officials read it.
 *
 * @param port          the Mexican aduana or US port where the goods were found
 * @param counterpartReference the other agency's case number, when it reported the case
 * @param summary       why the case was opened (detection explanation, finding), for officials
 * @param notes         internal notes: never shown to traders
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDocument(UUID id, CaseOrigin origin, Jurisdiction jurisdiction, Procedure procedure, CaseStatus status,
                           String port, UUID crossingId, UUID detectionId, String counterpartReference,
                           Instant openedAt, String openedBy, LocalDate notifiedOn, String summary,
                           List<Subject> subjects, List<Goods> goods, List<Measure> measures, List<Step> steps,
                           List<Deadline> deadlines, List<Note> notes, io.jointclear.enforcement.liability.Liability liability, long version) {

    public CaseDocument {
        subjects = List.copyOf(subjects);
        goods = List.copyOf(goods);
        measures = List.copyOf(measures);
        steps = List.copyOf(steps);
        deadlines = List.copyOf(deadlines);
        notes = List.copyOf(notes);
    }

    /**
     * Who the case is against, by natural key (the operators registry links them later).
     *
     * @param role IMPORTER (RFC / IOR number), AGENT (patente / filer code), CARRIER (CAAT / SCAC),
     *             DRIVER (FAST id / licence), SUPPLIER (name or tax id), TRUCK (plate)
     */
    public record Subject(String role, String key, String name) {
    }

    /**
     * Goods declared against goods found.
     *
     * @param line              1-based line of the case
     * @param declaredCode      fracción + NICO / HTS number declared
     * @param foundCode         the correct classification, once established (lab, junta técnica)
     * @param value             commercial value in {@code currency}
     * @param exchangeRate      MXN per USD of the declaration (null: the rate governing its date)
     * @param labResult         e.g. PEMEX mobile lab: density, distillation, sulphur
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Goods(int line, String declarationNumber, LocalDate declarationDate, String declaredCode,
                        String foundCode, String description, String partNumber, String origin, BigDecimal quantity,
                        String unit, BigDecimal value, String currency, BigDecimal exchangeRate, String labResult) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(CaseMeasureKind kind, LocalDate on, String by, String place, String note, BigDecimal guarantee) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(StepKind kind, LocalDate on, Instant recordedAt, String by, String note) {
    }

    /**
     * A term's last day.
     *
     * @param closedOn the day the step that ends the term happened; null while it runs
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(String term, LocalDate startsOn, LocalDate dueOn, LocalDate closedOn, String legalSource) {
    }

    public record Note(Instant at, String by, String text) {
    }
}
