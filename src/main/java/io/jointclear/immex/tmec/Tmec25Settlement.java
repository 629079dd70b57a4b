package io.jointclear.immex.tmec;

import io.jointclear.immex.tmec.Obligation.Basis;
import io.jointclear.immex.tmec.Obligation.Input;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.reference.LegalCalendar;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Art. 2.5 T-MEC / art. 63-A LA (BRIEF §6.7): when a return goes to the US or Canada, Mexico determines the
 * IGI of the non-originating inputs it discharged as if they had been imported definitively (the IGI
 * deferred at their entry, at the rate of the entry date) and waives it only up to the US duty paid on the
 * exported good — here the duty assessed on the US entry of the same joint crossing. The rest is paid on a
 * complementary pedimento within 60 calendar days of the export. Stored once per crossing.
 */
@Component
public class Tmec25Settlement {

    static final String LEGAL_BASIS = "T-MEC art. 2.5; Ley Aduanera art. 63-A; Reglas T-MEC (DOF 30-06-2020): "
            + "pedimento complementario dentro de 60 días naturales";
    static final int TERM_DAYS = 60;
    /** The parties of the agreement: exports there are limited by art. 2.5, goods made there may originate. */
    static final Set<String> USMCA = Set.of("US", "CA", "MX");
    private static final Set<String> DESTINATIONS = Set.of("US", "CA");

    private final JdbcTemplate jdbc;
    private final ExchangeRates rates;
    private final LegalCalendar calendar;
    private final Clock clock;
    private final JsonMapper json;

    Tmec25Settlement(JdbcTemplate jdbc, ExchangeRates rates, LegalCalendar calendar, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.rates = rates;
        this.calendar = calendar;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Settles the return {@code exitId} exported on {@code crossingId}; the stored obligation when the
     * crossing was settled already (idempotent). {@code usDutyUsd} is the US entry's assessed duty;
     * {@code returnRate} the exchange rate of the return pedimento's own assessment (art. 56 LA: the rate
     * in force when it was presented), or null to take the governing FIX of the export date.
     */
    public Obligation settle(UUID programId, UUID crossingId, UUID exitId, BigDecimal usDutyUsd, BigDecimal returnRate) {
        Optional<Obligation> existing = forCrossing(crossingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Exit exit = jdbc.queryForObject("SELECT pedimento, exit_date, destination FROM immex.exit WHERE id = ? AND program_id = ?",
                (rs, i) -> new Exit(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)), exitId, programId);
        List<Input> inputs = jdbc.query("""
                SELECT e.pedimento, e.line_no, e.part_number, e.origin, e.entry_date, sum(d.quantity) AS q, e.quantity, e.igi_deferred_mxn
                FROM immex.discharge d JOIN immex.entry e ON e.id = d.entry_id
                WHERE d.exit_id = ?
                GROUP BY e.id ORDER BY e.entry_date, e.pedimento, e.line_no""", Tmec25Settlement::input, exitId);
        Rate rate = rate(returnRate, usDutyUsd, exit.date());
        Computed c = compute(exit.destination(), inputs, usDutyUsd, rate.mxnPerUsd());
        LocalDate due = c.amountMxn().signum() > 0 ? calendar.plusCalendarDays(Authority.MX, exit.date(), TERM_DAYS) : null;
        Basis basis = new Basis(LEGAL_BASIS, exit.destination(), exit.date(), c.igiMxn(), usDutyUsd, rate.mxnPerUsd(), rate.source(),
                c.usDutyMxn(), c.waivedMxn(), inputs);
        Obligation o = new Obligation(UUID.randomUUID(), programId, Obligation.TMEC_2_5, crossingId, exit.pedimento(),
                c.amountMxn(), due, c.reason(), basis);
        int inserted = jdbc.update("""
                INSERT INTO immex.obligation (id, program_id, kind, crossing_id, exit_id, amount_mxn, due_date, reason, basis, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""", o.id(), programId, o.kind(), crossingId, exitId,
                o.amountMxn(), due, o.reason(), json.writeValueAsString(basis), Timestamp.from(clock.instant()));
        return inserted == 1 ? o : forCrossing(crossingId).orElseThrow();
    }

    /** A zero US duty needs no conversion: nothing is looked up (and no series has to cover the date). */
    private Rate rate(BigDecimal returnRate, BigDecimal usDutyUsd, LocalDate exportDate) {
        if (returnRate != null && returnRate.signum() > 0) {
            return new Rate(returnRate, "return pedimento assessment");
        }
        if (usDutyUsd.signum() == 0) {
            return new Rate(BigDecimal.ZERO, "none: no US duty to convert");
        }
        GoverningExchangeRate g = rates.usdMxn(exportDate);
        return new Rate(g.rate(), g.source());
    }

    private record Rate(BigDecimal mxnPerUsd, String source) {
    }

    private static Input input(ResultSet rs, int i) throws SQLException {
        BigDecimal q = rs.getBigDecimal("q");
        BigDecimal share = rs.getBigDecimal("igi_deferred_mxn").multiply(q).divide(rs.getBigDecimal("quantity"), 2, RoundingMode.HALF_UP);
        String origin = rs.getString("origin");
        return new Input(rs.getString("pedimento"), rs.getInt("line_no"), rs.getString("part_number"), origin,
                rs.getObject("entry_date", LocalDate.class), q.stripTrailingZeros(), share, origin != null && USMCA.contains(origin));
    }

    /** The arithmetic of §6.7: payable = IGI − min(IGI, US duty in MXN), in whole pesos. */
    static Computed compute(String destination, List<Input> inputs, BigDecimal usDutyUsd, BigDecimal rate) {
        BigDecimal usDutyMxn = usDutyUsd.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        if (destination == null || !DESTINATIONS.contains(destination)) {
            return new Computed(BigDecimal.ZERO, usDutyMxn, BigDecimal.ZERO, zero(), Obligation.REASON_THIRD_COUNTRY);
        }
        BigDecimal igi = inputs.stream().filter(in -> !in.originating()).map(Input::igiMxn).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (inputs.stream().allMatch(Input::originating)) {
            return new Computed(igi, usDutyMxn, BigDecimal.ZERO, zero(), Obligation.REASON_ORIGINATING);
        }
        BigDecimal waived = igi.min(usDutyMxn);
        BigDecimal payable = igi.subtract(waived).setScale(0, RoundingMode.HALF_UP).setScale(2);
        return new Computed(igi, usDutyMxn, waived, payable,
                payable.signum() > 0 ? Obligation.REASON_PAYABLE : Obligation.REASON_WAIVED);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    public Optional<Obligation> forCrossing(UUID crossingId) {
        return jdbc.query(SELECT + " WHERE o.kind = 'TMEC_2_5' AND o.crossing_id = ?", this::obligation, crossingId).stream().findFirst();
    }

    /** A program's obligations, soonest due first (those with nothing payable last). */
    public List<Obligation> ofProgram(UUID programId) {
        return jdbc.query(SELECT + " WHERE o.program_id = ? ORDER BY o.due_date NULLS LAST, o.computed_at", this::obligation, programId);
    }

    private static final String SELECT = """
            SELECT o.id, o.program_id, o.kind, o.crossing_id, x.pedimento, o.amount_mxn, o.due_date, o.reason, o.basis::text
            FROM immex.obligation o LEFT JOIN immex.exit x ON x.id = o.exit_id""";

    private Obligation obligation(ResultSet rs, int i) throws SQLException {
        return new Obligation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                json.readValue(rs.getString(9), Basis.class));
    }

    private record Exit(String pedimento, LocalDate date, String destination) {
    }

    record Computed(BigDecimal igiMxn, BigDecimal usDutyMxn, BigDecimal waivedMxn, BigDecimal amountMxn, String reason) {
    }
}
