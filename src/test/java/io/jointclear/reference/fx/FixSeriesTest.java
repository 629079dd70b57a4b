package io.jointclear.reference.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.ReferenceDataProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The governing-rate rule on the shipped series; every expected value is the file's own row. */
class FixSeriesTest {

    private final FixSeries series = ShippedFixData.series();

    @Nested
    class AroundAWeekend {

        // 2025-11-20 Thu FIX 18.355 → DOF Fri 21; 2025-11-21 Fri FIX 18.4965 → DOF Mon 24
        @ParameterizedTest(name = "{0} gets Friday''s publication of Thursday''s FIX")
        @CsvSource({"2025-11-22", "2025-11-23", "2025-11-24"})
        void saturdaySundayAndMondayGetThursdaysFix(LocalDate date) {
            assertGoverning(date, "2025-11-20", "2025-11-21", "18.355");
        }

        @Test
        void tuesdayGetsMondaysPublicationOfFridaysFix() {
            assertGoverning(LocalDate.parse("2025-11-25"), "2025-11-21", "2025-11-24", "18.4965");
        }

        @Test
        void fridayGetsThursdaysPublicationOfWednesdaysFix() {
            // 2025-11-19 Wed FIX 18.341 → DOF Thu 20
            assertGoverning(LocalDate.parse("2025-11-21"), "2025-11-19", "2025-11-20", "18.341");
        }
    }

    @Nested
    class AroundBankHolidays {

        @ParameterizedTest(name = "{0} → FIX {1} published {2}: {3}")
        @CsvSource({
                // Independence, Mon 2024-09-16: FIX Fri 13 (19.2483) is only published Tue 17
                "2024-09-16, 2024-09-12, 2024-09-13, 19.5887",
                "2024-09-17, 2024-09-12, 2024-09-13, 19.5887",
                "2024-09-18, 2024-09-13, 2024-09-17, 19.2483",
                // Inauguration, Tue 2024-10-01: FIX Mon 30 Sep (19.644) is published Wed 2 Oct
                "2024-10-01, 2024-09-27, 2024-09-30, 19.6697",
                "2024-10-02, 2024-09-27, 2024-09-30, 19.6697",
                "2024-10-03, 2024-09-30, 2024-10-02, 19.644",
                // Revolution, Mon 2024-11-18
                "2024-11-18, 2024-11-14, 2024-11-15, 20.494",
                "2024-11-19, 2024-11-14, 2024-11-15, 20.494",
                "2024-11-20, 2024-11-15, 2024-11-19, 20.3887",
                // Christmas, Wed 2024-12-25
                "2024-12-25, 2024-12-23, 2024-12-24, 20.1948",
                "2024-12-26, 2024-12-23, 2024-12-24, 20.1948",
                "2024-12-27, 2024-12-24, 2024-12-26, 20.1558",
                // New Year, Wed 2025-01-01
                "2025-01-01, 2024-12-30, 2024-12-31, 20.5103",
                "2025-01-02, 2024-12-30, 2024-12-31, 20.5103",
                "2025-01-03, 2024-12-31, 2025-01-02, 20.7862",
                "2025-01-06, 2025-01-02, 2025-01-03, 20.6917",
                // Constitution, Mon 2025-02-03
                "2025-02-03, 2025-01-30, 2025-01-31, 20.4497",
                "2025-02-04, 2025-01-30, 2025-01-31, 20.4497",
                "2025-02-05, 2025-01-31, 2025-02-04, 20.6068",
                // Juárez, Mon 2025-03-17
                "2025-03-17, 2025-03-13, 2025-03-14, 20.0848",
                "2025-03-18, 2025-03-13, 2025-03-14, 20.0848",
                "2025-03-19, 2025-03-14, 2025-03-18, 19.8693",
                // Holy Thursday and Good Friday, 2025-04-17/18: Wednesday's FIX waits until Monday
                "2025-04-17, 2025-04-15, 2025-04-16, 20.0213",
                "2025-04-18, 2025-04-15, 2025-04-16, 20.0213",
                "2025-04-20, 2025-04-15, 2025-04-16, 20.0213",
                "2025-04-21, 2025-04-15, 2025-04-16, 20.0213",
                "2025-04-22, 2025-04-16, 2025-04-21, 19.9737"})
        void dayAfterAHolidayReachesBackPastIt(LocalDate date, String determined, String published, String rate) {
            assertGoverning(date, determined, published, rate);
        }
    }

    @Nested
    class Coverage {

        @Test
        void startsTheDayAfterTheFirstPublication() {
            // first row 1991-11-12 (3.0735), published Wed 1991-11-13
            assertThat(series.firstCoveredDate()).isEqualTo(LocalDate.parse("1991-11-14"));
            assertGoverning(LocalDate.parse("1991-11-14"), "1991-11-12", "1991-11-13", "3.0735");
        }

        @Test
        void endsOnTheBankingDayAfterTheLastPublication() {
            // last row Tue 2025-11-25 (18.4308), published by the calendar's next banking day, Wed 26;
            // on Fri 28 the DOF of Thu 27 would carry a FIX the file does not have
            assertThat(series.lastCoveredDate()).isEqualTo(LocalDate.parse("2025-11-27"));
            assertGoverning(LocalDate.parse("2025-11-26"), "2025-11-24", "2025-11-25", "18.4997");
            assertGoverning(LocalDate.parse("2025-11-27"), "2025-11-25", "2025-11-26", "18.4308");
        }

        @ParameterizedTest(name = "{0} is outside the data")
        @CsvSource({"1991-11-13", "1991-11-12", "1900-01-01", "2025-11-28", "2025-12-01", "2100-01-01"})
        void outsideThrowsTheReferenceDataProblem(LocalDate date) {
            assertThatThrownBy(() -> series.governing(date))
                    .isInstanceOfSatisfying(ReferenceDataProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(422);
                        assertThat(problem.code()).isEqualTo("DATE_OUTSIDE_REFERENCE_DATA");
                        assertThat(problem.getMessage()).isEqualTo("The USD/MXN FIX series loaded covers"
                                + " 1991-11-14 to 2025-11-27; it has no value for " + date);
                    });
        }

        @Test
        void aSeriesEndingOnFridayCoversTheWeekendAndMonday() {
            FixSeries endingFriday = FixSeries.of(List.of(
                    new Fix(LocalDate.parse("2025-11-20"), new BigDecimal("18.355")),
                    new Fix(LocalDate.parse("2025-11-21"), new BigDecimal("18.4965"))));
            // FIX Fri 21 → DOF Mon 24, which governs Tuesday 25; the DOF of Tue 25 is unknown
            assertThat(endingFriday.lastCoveredDate()).isEqualTo(LocalDate.parse("2025-11-25"));
            assertThat(endingFriday.firstCoveredDate()).isEqualTo(LocalDate.parse("2025-11-22"));
            assertThat(endingFriday.governing(LocalDate.parse("2025-11-24")).rate()).isEqualTo(new BigDecimal("18.355"));
        }
    }

    @Nested
    class Construction {

        @Test
        void keepsEveryRowAndItsScale() {
            assertThat(series.size()).isEqualTo(8556);
            assertThat(series.governing(LocalDate.parse("2025-11-24")).rate()).isEqualTo(new BigDecimal("18.355"))
                    .hasScaleOf(3);
        }

        @Test
        void rowOrderDoesNotMatter() {
            Fix thursday = new Fix(LocalDate.parse("2025-11-20"), new BigDecimal("18.355"));
            Fix friday = new Fix(LocalDate.parse("2025-11-21"), new BigDecimal("18.4965"));
            assertThat(FixSeries.of(List.of(friday, thursday)).publicationDates())
                    .containsExactly(LocalDate.parse("2025-11-21"), LocalDate.parse("2025-11-24"));
        }

        @Test
        void rejectsTwoRatesForOneDay() {
            LocalDate day = LocalDate.parse("2025-11-20");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> FixSeries.of(List.of(new Fix(day, BigDecimal.ONE), new Fix(day, BigDecimal.TEN))))
                    .withMessageContaining("2025-11-20");
        }

        @Test
        void rejectsAnEmptySeries() {
            assertThatIllegalArgumentException().isThrownBy(() -> FixSeries.of(List.of()));
        }

        @Test
        void publicationDateOfADeterminationDate() {
            assertThat(series.publicationDate(LocalDate.parse("2025-04-16"))).contains(LocalDate.parse("2025-04-21"));
            assertThat(series.publicationDate(LocalDate.parse("2025-04-17"))).isEmpty(); // Holy Thursday, no FIX
            assertThat(series.publicationDate(LocalDate.parse("1991-11-11"))).isEmpty();
        }
    }

    @Test
    void namesSourceAndLegalBasis() {
        GoverningExchangeRate rate = series.governing(LocalDate.parse("2025-11-24"));
        assertThat(rate.base()).isEqualTo("USD");
        assertThat(rate.quote()).isEqualTo("MXN");
        assertThat(rate.source()).isEqualTo("Banco de México, tipo de cambio FIX (SIE SF43718)");
        assertThat(rate.legalBasis()).contains("Código Fiscal de la Federación art. 20", "Ley Aduanera art. 56");
    }

    private void assertGoverning(LocalDate date, String determined, String published, String rate) {
        GoverningExchangeRate governing = series.governing(date);
        assertThat(governing.date()).isEqualTo(date);
        assertThat(governing.determinationDate()).isEqualTo(LocalDate.parse(determined));
        assertThat(governing.publicationDate()).isEqualTo(LocalDate.parse(published));
        assertThat(governing.rate()).isEqualTo(new BigDecimal(rate)); // equals: same value and scale
    }
}
