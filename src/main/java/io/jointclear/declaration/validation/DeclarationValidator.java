package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.reference.CodeLists;
import io.jointclear.reference.TariffCatalogue;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prevalidation of a declaration: runs every policy of the four layers and returns all violations at
 * once, ordered by layer, with field paths under the caller's prefix.
 */
@Component
public class DeclarationValidator {

    private final TariffCatalogue tariffCatalogue;
    private final Clock clock;
    private final List<DeclarationPolicy> policies;

    public DeclarationValidator(CodeLists codeLists, TariffCatalogue tariffCatalogue, Clock clock) {
        this.tariffCatalogue = tariffCatalogue;
        this.clock = clock;
        this.policies = List.of(
                new PedimentoNumberPolicy(), new EntryNumberPolicy(), new FilerPolicy(), new TaxIdPolicy(),
                new DatePolicy(), new AmountPolicy(), new TariffCodeFormatPolicy(), new AdCvdCaseFormatPolicy(),
                new TariffCodeInForcePolicy(), new CountryPolicy(codeLists), new CurrencyPolicy(codeLists),
                new UnitPolicy(), new CustomsOfficePolicy(codeLists), new PedimentoClavePolicy(),
                new EntryTypePolicy(), new IncotermPolicy(), new PreferenceCodePolicy(),
                new RequiredHeaderPolicy(), new RequiredLinePolicy(),
                new AdCvdEntryTypePolicy(), new PreferenceOriginPolicy(), new ImmexProgramPolicy(),
                new CourierClavePolicy(), new UmtConvertibilityPolicy(), new InformalEntryLimitPolicy(),
                new SuspendedEntryTypePolicy(), new UsCurrencyPolicy(), new ExportInformationPolicy(),
                new TextLengthPolicy());
    }

    /** Every violation of the document; {@code prefix} (e.g. {@code declarations[1].}) is put before each field. */
    public List<FieldViolation> check(DeclarationDocument document, String prefix) {
        String at = prefix == null ? "" : prefix;
        if (document == null) {
            String field = at.endsWith(".") ? at.substring(0, at.length() - 1) : at;
            return List.of(new FieldViolation(field.isEmpty() ? "declaration" : field, "REQUIRED_FIELD", "The declaration is missing"));
        }
        if (document.lines().size() > DeclarationDocument.MAX_LINES) {
            // refused whole before any catalogue look-up: the work a filing causes stays bounded
            return List.of(new FieldViolation(at + "lines", DeclarationDocument.TOO_MANY_LINES, "A declaration has at most "
                    + DeclarationDocument.MAX_LINES + " lines; this one has " + document.lines().size()));
        }
        Filing filing = new Filing(document, LocalDate.now(clock), lookUpTariffLines(document));
        List<DeclarationPolicy> ordered = new ArrayList<>(policies);
        ordered.sort(Comparator.comparing(DeclarationPolicy::layer));
        List<FieldViolation> violations = new ArrayList<>();
        for (DeclarationPolicy policy : ordered) {
            for (FieldViolation v : policy.check(filing)) {
                violations.add(new FieldViolation(at + v.field(), v.code(), v.message()));
            }
        }
        return List.copyOf(violations);
    }

    /** One catalogue question per line, only when the code and date are fit to ask about. */
    private List<TariffCodeCheck> lookUpTariffLines(DeclarationDocument document) {
        List<TariffCodeCheck> lookups = new ArrayList<>();
        for (Line line : document.lines()) {
            if (document.authority() == null || document.date() == null || !TariffCodeFormatPolicy.isWellFormed(line.tariffCode())) {
                lookups.add(TariffCodeCheck.skipped());
                continue;
            }
            try {
                lookups.add(TariffCodeCheck.found(tariffCatalogue.line(document.authority(), line.tariffCode(), document.date())));
            } catch (ProblemException problem) {
                lookups.add(TariffCodeCheck.failed(problem.code(), problem.getMessage()));
            }
        }
        return lookups;
    }
}
