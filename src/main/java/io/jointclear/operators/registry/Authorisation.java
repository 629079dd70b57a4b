package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An authorisation of an operator (patente, filer code, padrón, registration, concession…) and its
 * append-only history. Its status on any day is derived ({@link #statusOn}); the state methods append a
 * dated fact and never rewrite one. A change coming from a proceeding is applied once: the same
 * proceeding's same sanction again is a no-op (events may be delivered twice).
 */
public final class Authorisation {

    private final UUID id;
    private final UUID operatorId;
    private final AuthorisationKind kind;
    private final String number;
    private final String sector;
    private final LocalDate validFrom;
    private LocalDate validUntil;
    private final List<StatusChange> history;
    private final List<StatusChange> appended = new ArrayList<>();

    Authorisation(UUID id, UUID operatorId, AuthorisationKind kind, String number, String sector, LocalDate validFrom,
                  LocalDate validUntil, List<StatusChange> history) {
        this.id = id;
        this.operatorId = operatorId;
        this.kind = kind;
        this.number = number;
        this.sector = sector == null ? "" : sector;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.history = new ArrayList<>(history);
    }

    /** A new authorisation granted from {@code validFrom} (null: before the platform knew it) to {@code validUntil}. */
    static Authorisation grant(UUID operatorId, AuthorisationKind kind, String number, String sector, LocalDate validFrom,
                               LocalDate validUntil, String reason, String by, Instant at) {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new ProblemException(422, "PERIOD_REVERSED", "Validity reversed",
                    "An authorisation cannot end (" + validUntil + ") before it starts (" + validFrom + ")");
        }
        Authorisation a = new Authorisation(UUID.randomUUID(), operatorId, kind, number, sector, validFrom, validUntil, List.of());
        if (validFrom != null) {
            a.append(new StatusChange(AuthorisationStatus.ACTIVE, validFrom, null, reason, by, at, null));
        }
        return a;
    }

    /**
     * The status on {@code day}, or empty before it was granted. Cancellation and extinction hold from
     * their date until a reinstatement lifts a cancellation (an appeal won); a suspension holds for its
     * period or until a reinstatement; past its term an authorisation has EXPIRED.
     */
    public Optional<StatusOn> statusOn(LocalDate day) {
        if (validFrom != null && day.isBefore(validFrom)) {
            return Optional.empty();
        }
        StatusChange ended = null;
        StatusChange suspended = null;
        for (StatusChange c : history) {
            if (c.effectiveFrom().isAfter(day)) {
                continue;
            }
            switch (c.status()) {
                case CANCELLED, EXTINCT, EXPIRED -> ended = ended == null ? c : ended;
                case SUSPENDED -> suspended = c.inForceOn(day) ? c : suspended;
                case ACTIVE -> {
                    if (ended != null && ended.status() == AuthorisationStatus.CANCELLED && !c.effectiveFrom().isBefore(ended.effectiveFrom())) {
                        ended = null;
                    }
                    if (suspended != null && !c.effectiveFrom().isBefore(suspended.effectiveFrom())) {
                        suspended = null;
                    }
                }
            }
        }
        if (ended != null) {
            return Optional.of(StatusOn.of(ended));
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            return Optional.of(new StatusOn(AuthorisationStatus.EXPIRED, validUntil.plusDays(1), null,
                    "term ended " + validUntil, null));
        }
        return Optional.of(suspended != null ? StatusOn.of(suspended) : StatusOn.active());
    }

    /** Suspends operations from {@code from} to {@code until} (last day; null: until reinstated). */
    public boolean suspend(LocalDate from, LocalDate until, String reason, String by, Instant at, UUID proceeding) {
        if (until != null && until.isBefore(from)) {
            throw new ProblemException(422, "PERIOD_REVERSED", "Suspension reversed",
                    "A suspension cannot end (" + until + ") before it starts (" + from + ")");
        }
        return change(AuthorisationStatus.SUSPENDED, from, until, reason, by, at, proceeding);
    }

    /** Cancels it from the resolution date {@code from}; it does not end by itself. */
    public boolean cancel(LocalDate from, String reason, String by, Instant at, UUID proceeding) {
        return change(AuthorisationStatus.CANCELLED, from, null, reason, by, at, proceeding);
    }

    /** Extinguishes it (art. 166 LA: death, retirement, voluntary surrender) from {@code from}. */
    public boolean extinguish(LocalDate from, String reason, String by, Instant at) {
        return change(AuthorisationStatus.EXTINCT, from, null, reason, by, at, null);
    }

    /** Records that it expired early (e.g. a requirement lapsed) from {@code from}. */
    public boolean expire(LocalDate from, String reason, String by, Instant at) {
        return change(AuthorisationStatus.EXPIRED, from, null, reason, by, at, null);
    }

    /** Lifts a suspension or a cancellation from {@code from}: operations are accepted again from that day. */
    public boolean reinstate(LocalDate from, String reason, String by, Instant at, UUID proceeding) {
        if (alreadyApplied(AuthorisationStatus.ACTIVE, from, proceeding)) {
            return false;
        }
        AuthorisationStatus before = statusOn(from).map(StatusOn::status).orElse(null);
        if (before != AuthorisationStatus.SUSPENDED && before != AuthorisationStatus.CANCELLED) {
            throw new ProblemException(409, "INVALID_TRANSITION", "Nothing to reinstate",
                    kind + " " + number + " is " + (before == null ? "not yet granted" : before) + " on " + from
                            + ": only a suspended or cancelled authorisation is reinstated");
        }
        return append(new StatusChange(AuthorisationStatus.ACTIVE, from, null, requireReason(reason), by, at, proceeding));
    }

    /** Renews the term to {@code until} (a courier registration every two years, a patente after twenty). */
    public boolean renew(LocalDate from, LocalDate until, String reason, String by, Instant at) {
        if (validFrom != null && until.isBefore(validFrom) || validUntil != null && !until.isAfter(validUntil)) {
            throw new ProblemException(422, "PERIOD_REVERSED", "Renewal does not extend",
                    "A renewal of " + kind + " " + number + " must end after " + validUntil + ", got " + until);
        }
        requireOpen(from);
        validUntil = until;
        return append(new StatusChange(AuthorisationStatus.ACTIVE, from, null, requireReason(reason), by, at, null));
    }

    private boolean change(AuthorisationStatus status, LocalDate from, LocalDate until, String reason, String by,
                           Instant at, UUID proceeding) {
        if (alreadyApplied(status, from, proceeding)) {
            return false;
        }
        requireOpen(from);
        return append(new StatusChange(status, from, until, requireReason(reason), by, at, proceeding));
    }

    /** A cancelled, extinct or expired authorisation takes no further change but a reinstatement. */
    private void requireOpen(LocalDate from) {
        StatusOn on = statusOn(from).orElse(null);
        if (on != null && (on.status() == AuthorisationStatus.CANCELLED || on.status() == AuthorisationStatus.EXTINCT)) {
            throw new ProblemException(409, "INVALID_TRANSITION", "Authorisation ended",
                    kind + " " + number + " is " + on.status() + " since " + on.since() + "; it takes no further change");
        }
    }

    /** The same step of the same proceeding (one case may suspend provisionally, then by its resolution). */
    private boolean alreadyApplied(AuthorisationStatus status, LocalDate from, UUID proceeding) {
        return proceeding != null && history.stream()
                .anyMatch(c -> proceeding.equals(c.proceedingId()) && c.status() == status && c.effectiveFrom().equals(from));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(422, "REQUIRED", "Reason required", "A status change needs its reason");
        }
        if (reason.length() > 500) {
            throw new ProblemException(422, "TOO_LONG", "Reason too long", "A reason has at most 500 characters");
        }
        return reason.strip();
    }

    private boolean append(StatusChange c) {
        history.add(c);
        appended.add(c);
        return true;
    }

    /** The changes made since it was loaded, for the store to append. */
    List<StatusChange> appended() {
        return List.copyOf(appended);
    }

    public UUID id() {
        return id;
    }

    public UUID operatorId() {
        return operatorId;
    }

    public AuthorisationKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public String sector() {
        return sector;
    }

    public Authority authority() {
        return kind.authority();
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
