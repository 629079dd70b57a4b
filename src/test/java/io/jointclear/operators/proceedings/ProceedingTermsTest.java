package io.jointclear.operators.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.operators.proceedings.ProceedingTerms.Term;
import io.jointclear.operators.proceedings.ProceedingTerms.Unit;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ProceedingTermsTest {

    static final Predicate<LocalDate> CALENDAR = day -> new io.jointclear.reference.LegalCalendar(java.util.List.of(), java.util.List.of())
            .isBusinessDay(io.jointclear.shared.Authority.MX, day);

    @Test
    void everyBasisHasItsArgumentResolutionAndAppealTermsWithALegalSource() {
        ProceedingTerms terms = ProceedingTerms.shipped(CALENDAR);
        for (LegalBasis basis : LegalBasis.values()) {
            for (Term term : new Term[] {Term.ARGUMENTS, Term.RESOLUTION, Term.APPEAL}) {
                assertThat(terms.rule(basis, term).legalSource()).as(basis + " " + term).isNotBlank();
            }
            assertThat(terms.rule(basis, Term.ARGUMENTS).amount()).isEqualTo(10);
            assertThat(terms.rule(basis, Term.ARGUMENTS).unit()).isEqualTo(Unit.BUSINESS_DAYS_MX);
        }
        assertThat(terms.has(LegalBasis.RGCE_3_7_3, Term.REGISTRATION_BAR)).isTrue();
        assertThat(terms.has(LegalBasis.ARTS_164_167_LA, Term.REGISTRATION_BAR)).isFalse();
    }

    @Test
    void tenBusinessDaysSkipAWeekendAndRevolutionDay() {
        ProceedingTerms terms = ProceedingTerms.shipped(CALENDAR);
        assertThat(terms.due(LegalBasis.ART_144_A_LA, Term.ARGUMENTS, LocalDate.of(2026, 11, 11)).dueOn())
                .isEqualTo(LocalDate.of(2026, 11, 26));
        // notified on a Friday: the count starts on Monday
        assertThat(terms.due(LegalBasis.ART_144_A_LA, Term.ARGUMENTS, LocalDate.of(2026, 3, 6)).dueOn())
                .as("6 Mar 2026 (Fri): 9-13, 17-20 (16 Mar is Juárez's birthday), 23 March").isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void aTermInMonthsEndingOnANonBusinessDayMovesToTheNextBusinessDay() {
        ProceedingTerms terms = ProceedingTerms.shipped(CALENDAR);
        // 16 Jan 2027 + 4 months = Sunday 16 May 2027 → Monday 17 May
        assertThat(terms.due(LegalBasis.ARTS_164_167_LA, Term.RESOLUTION, LocalDate.of(2027, 1, 16)).dueOn())
                .isEqualTo(LocalDate.of(2027, 5, 17));
    }
}
