package io.jointclear.reference.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.ReferenceDataProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The governing-rate rule as properties over the shipped series. Expectations are computed by linear
 * scans over the raw rows, independently of the series' own index.
 */
class FixSeriesProperties {

    private static final FixSeries SERIES = ShippedFixData.series();
    private static final List<Fix> ROWS = ShippedFixData.rows();
    private static final List<LocalDate> PUBLICATIONS = List.copyOf(SERIES.publicationDates());
    private static final Map<LocalDate, Fix> BY_DETERMINATION = ROWS.stream()
            .collect(Collectors.toMap(Fix::determinationDate, Function.identity()));

    @Property(tries = 2000)
    void governingRateWasTheLastOnePublishedBeforeTheDate(@ForAll("coveredDates") LocalDate date) {
        GoverningExchangeRate governing = SERIES.governing(date);
        LocalDate published = governing.publicationDate();

        assertThat(published).isBefore(date);
        assertThat(PUBLICATIONS).contains(published);
        assertThat(PUBLICATIONS).noneMatch(other -> other.isAfter(published) && other.isBefore(date));
    }

    @Property(tries = 2000)
    void governingRateIsTheFileValueOfThePreviousRow(@ForAll("coveredDates") LocalDate date) {
        GoverningExchangeRate governing = SERIES.governing(date);

        Fix determined = BY_DETERMINATION.get(governing.determinationDate());
        assertThat(determined).isNotNull();
        assertThat(governing.rate()).isEqualTo(determined.mxnPerUsd());
        assertThat(governing.determinationDate()).isBefore(governing.publicationDate());
        // published on the next row's date: no FIX was determined between determination and publication
        assertThat(ROWS).noneMatch(fix -> fix.determinationDate().isAfter(governing.determinationDate())
                && fix.determinationDate().isBefore(governing.publicationDate()));
    }

    @Property(tries = 500)
    void datesOutsideTheCoverageAreRefused(@ForAll("uncoveredDates") LocalDate date) {
        assertThatThrownBy(() -> SERIES.governing(date)).isInstanceOf(ReferenceDataProblem.class);
    }

    @Provide
    Arbitrary<LocalDate> coveredDates() {
        return datesBetween(SERIES.firstCoveredDate(), SERIES.lastCoveredDate());
    }

    @Provide
    Arbitrary<LocalDate> uncoveredDates() {
        return Arbitraries.oneOf(
                datesBetween(LocalDate.of(1900, 1, 1), SERIES.firstCoveredDate().minusDays(1)),
                datesBetween(SERIES.lastCoveredDate().plusDays(1), LocalDate.of(2200, 12, 31)));
    }

    private static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
