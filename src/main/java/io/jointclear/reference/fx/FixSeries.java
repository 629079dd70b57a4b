package io.jointclear.reference.fx;

import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.ReferenceDataProblem;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Banco de México FIX series, indexed by the day each rate was published in the Diario Oficial de la
 * Federación, answering which USD/MXN rate governs a Mexican customs obligation.
 *
 * <h2>Legal rule</h2>
 * <ol>
 *   <li>Banco de México determines the FIX on banking day F (around 12:00) and publishes it in the DOF
 *       on the next banking day P, as the rate "para solventar obligaciones denominadas en moneda
 *       extranjera pagaderas en la República Mexicana" (Banxico Circular 3/2012, Title III, Chapter V,
 *       "Disposiciones aplicables a la determinación del tipo de cambio para solventar obligaciones
 *       denominadas en moneda extranjera").</li>
 *   <li>Código Fiscal de la Federación art. 20, third paragraph: contributions are determined at the rate
 *       Banco de México publishes in the DOF on the day before the day D on which they arise; on days on
 *       which it does not publish, the last rate published before D applies.</li>
 *   <li>Ley Aduanera art. 56 says which day D is for foreign-trade contributions (essentially the entry
 *       of the goods into, or their presentation for exit from, national territory); CFF art. 20 applies
 *       to them through Ley Aduanera art. 1. Choosing D is the caller's job; this class takes D as given.</li>
 * </ol>
 * Hence the governing rate for D is the FIX whose publication date P is the latest P strictly before D.
 * A Saturday, Sunday or Monday thus gets Friday's publication, i.e. Thursday's FIX, and a day after a
 * bank holiday reaches back past it.
 *
 * <h2>Publication dates</h2>
 * The series has one row per banking day, so the FIX determined on row i was published on the date of
 * row i + 1: the data, not a calendar, then decide historical publication dates, which matters because
 * bank-holiday lists changed over the years. Only the last row's publication date, and how far past it
 * the series can answer, come from the {@link MexicanBankingCalendar}.
 *
 * <h2>Coverage</h2>
 * D is covered from the day after the first publication (before it nothing had been published) until
 * the next banking day after the last publication: up to that day no later FIX can have been published,
 * afterwards one would have been and the series does not know it. Dates outside raise
 * {@link ReferenceDataProblem#dateOutsideData}.
 *
 * <p>Immutable and thread-safe. {@link #governing} is one {@link TreeMap#lowerEntry} lookup, O(log n),
 * for the hot assessment path.
 */
public final class FixSeries {

    /** Name of the data set in problem details. */
    public static final String DATASET = "USD/MXN FIX series";
    /** Data series named in every {@link GoverningExchangeRate#source()}. */
    public static final String SOURCE = "Banco de México, tipo de cambio FIX (SIE SF43718)";
    /** Rule named in every {@link GoverningExchangeRate#legalBasis()}. */
    public static final String LEGAL_BASIS = "Código Fiscal de la Federación art. 20, third paragraph, applied"
            + " through Ley Aduanera art. 1 to the date set by Ley Aduanera art. 56: the rate Banco de México"
            + " published in the Diario Oficial de la Federación on the day before that date, or the last one"
            + " published before it on days without publication (FIX, Banxico Circular 3/2012)";

    private static final String BASE = "USD";
    private static final String QUOTE = "MXN";

    /** Each FIX keyed by the day it was published in the DOF; keys strictly increase with the FIX dates. */
    private final NavigableMap<LocalDate, Fix> byPublicationDate;
    private final LocalDate firstCoveredDate;
    private final LocalDate lastCoveredDate;

    private FixSeries(NavigableMap<LocalDate, Fix> byPublicationDate, LocalDate lastCoveredDate) {
        this.byPublicationDate = Collections.unmodifiableNavigableMap(byPublicationDate);
        this.firstCoveredDate = byPublicationDate.firstKey().plusDays(1);
        this.lastCoveredDate = lastCoveredDate;
    }

    /**
     * The series of {@code fixes}, one per banking day, in any order.
     *
     * @param calendar dates the last FIX's publication and the end of coverage
     * @throws IllegalArgumentException when empty or when two rows share a determination date
     */
    public static FixSeries of(Collection<Fix> fixes, MexicanBankingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<Fix> sorted = fixes.stream().sorted(Comparator.comparing(Fix::determinationDate)).toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A FIX series needs at least one rate");
        }
        NavigableMap<LocalDate, Fix> byPublicationDate = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Fix fix = sorted.get(i);
            LocalDate published = i + 1 < sorted.size()
                    ? sorted.get(i + 1).determinationDate()
                    : calendar.nextBankingDay(fix.determinationDate());
            if (!published.isAfter(fix.determinationDate())) {
                throw new IllegalArgumentException("Two FIX rates for " + fix.determinationDate());
            }
            byPublicationDate.put(published, fix);
        }
        return new FixSeries(byPublicationDate, calendar.nextBankingDay(byPublicationDate.lastKey()));
    }

    /** The series of {@code fixes} with the {@link MexicanBankingCalendar}. */
    public static FixSeries of(Collection<Fix> fixes) {
        return of(fixes, new MexicanBankingCalendar());
    }

    /**
     * The series in a {@code date,mxn_per_usd_fix} CSV such as the shipped
     * {@code reference-data/fx/banxico_fix_usd_mxn_daily.csv}. The stream is read fully and closed.
     *
     * @throws IllegalArgumentException naming the line of the first malformed row
     */
    public static FixSeries fromCsv(InputStream csv) {
        return of(FixCsv.read(csv));
    }

    /**
     * The USD/MXN rate governing contributions that arise on {@code date}: the FIX with the latest
     * publication date strictly before it (see the class documentation for the rule and its articles).
     *
     * @throws ReferenceDataProblem {@code DATE_OUTSIDE_REFERENCE_DATA} when {@code date} is before
     *                              {@link #firstCoveredDate()} or after {@link #lastCoveredDate()}
     */
    public GoverningExchangeRate governing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(firstCoveredDate) || date.isAfter(lastCoveredDate)) {
            throw ReferenceDataProblem.dateOutsideData(DATASET, date, firstCoveredDate, lastCoveredDate);
        }
        Map.Entry<LocalDate, Fix> published = byPublicationDate.lowerEntry(date);
        Fix fix = published.getValue();
        return new GoverningExchangeRate(BASE, QUOTE, date, fix.mxnPerUsd(), fix.determinationDate(),
                published.getKey(), SOURCE, LEGAL_BASIS);
    }

    /** First date with a publication strictly before it: the day after the first FIX was published. */
    public LocalDate firstCoveredDate() {
        return firstCoveredDate;
    }

    /** Last date before which no unknown FIX can have been published: next banking day after the last publication. */
    public LocalDate lastCoveredDate() {
        return lastCoveredDate;
    }

    /** Every DOF publication date of the series, ascending (read-only view). */
    public NavigableSet<LocalDate> publicationDates() {
        return byPublicationDate.navigableKeySet();
    }

    /** The DOF publication date of the FIX determined on {@code determinationDate}, if the series has it. */
    public Optional<LocalDate> publicationDate(LocalDate determinationDate) {
        Map.Entry<LocalDate, Fix> candidate = byPublicationDate.higherEntry(determinationDate);
        return candidate != null && candidate.getValue().determinationDate().equals(determinationDate)
                ? Optional.of(candidate.getKey())
                : Optional.empty();
    }

    /** Number of FIX rates in the series. */
    public int size() {
        return byPublicationDate.size();
    }
}
