package io.jointclear.operators.proceedings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The terms of a proceeding as data ({@code operators/proceeding-terms.csv}: term, legal basis, amount, unit and
 * its legal source), computed on Mexican business days (días hábiles, CFF art. 12) where the law counts them.
 * A business-day term starts the day after the step that opens it and ends on its n-th business day; a term in
 * months or years that ends on a non-business day moves to the next business day (CFF art. 12, last paragraph),
 * except the courier's registration bar, which is a period, not a term to act in.
 */
public final class ProceedingTerms {

    /** The terms a proceeding runs. */
    public enum Term { ARGUMENTS, RESOLUTION, APPEAL, REGISTRATION_BAR }

    /** How a term counts. */
    public enum Unit { BUSINESS_DAYS_MX, MONTHS, YEARS }

    /** One term's parameters. */
    public record Rule(Term term, LegalBasis basis, int amount, Unit unit, String legalSource) {
    }

    /** A computed deadline: the last day to act, and the rule it comes from. */
    public record Deadline(Term term, LocalDate dueOn, int amount, Unit unit, String legalSource) {
    }

    static final String RESOURCE = "operators/proceeding-terms.csv";

    private final Map<LegalBasis, Map<Term, Rule>> rules;
    private final Predicate<LocalDate> businessDay;

    public ProceedingTerms(Map<LegalBasis, Map<Term, Rule>> rules, Predicate<LocalDate> businessDay) {
        this.rules = rules;
        this.businessDay = Objects.requireNonNull(businessDay);
    }

    /** The shipped terms over the given calendar of Mexican business days. */
    public static ProceedingTerms shipped(Predicate<LocalDate> businessDay) {
        return new ProceedingTerms(load(), businessDay);
    }

    public Rule rule(LegalBasis basis, Term term) {
        Rule r = rules.getOrDefault(basis, Map.of()).get(term);
        if (r == null) {
            throw new IllegalStateException("no term " + term + " for " + basis + " in " + RESOURCE);
        }
        return r;
    }

    public boolean has(LegalBasis basis, Term term) {
        return rules.getOrDefault(basis, Map.of()).containsKey(term);
    }

    /** The deadline of {@code term} opened by a step on {@code from}. */
    public Deadline due(LegalBasis basis, Term term, LocalDate from) {
        Rule r = rule(basis, term);
        LocalDate due = switch (r.unit()) {
            case BUSINESS_DAYS_MX -> plusBusinessDays(from, r.amount());
            case MONTHS -> nextBusinessDayFrom(from.plusMonths(r.amount()));
            case YEARS -> from.plusYears(r.amount());
        };
        return new Deadline(term, due, r.amount(), r.unit(), r.legalSource());
    }

    public boolean isBusinessDay(LocalDate day) {
        return businessDay.test(day);
    }

    /** The {@code n}-th business day after {@code from} ({@code from} itself never counts). */
    LocalDate plusBusinessDays(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (businessDay.test(day)) {
                counted++;
            }
        }
        return day;
    }

    private LocalDate nextBusinessDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!businessDay.test(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static Map<LegalBasis, Map<Term, Rule>> load() {
        Map<LegalBasis, Map<Term, Rule>> out = new EnumMap<>(LegalBasis.class);
        try (InputStream in = ProceedingTerms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 5);
                Rule r = new Rule(Term.valueOf(f[0]), LegalBasis.valueOf(f[1]), Integer.parseInt(f[2]), Unit.valueOf(f[3]), f[4]);
                out.computeIfAbsent(r.basis(), b -> new HashMap<>()).put(r.term(), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
