package io.jointclear.courier.filing;

import io.jointclear.courier.detection.Flag;
import io.jointclear.courier.detection.Parcel;
import io.jointclear.courier.domain.Direction;
import io.jointclear.courier.domain.DtaQuota;
import io.jointclear.courier.domain.MxCourierRates;
import io.jointclear.courier.intake.Codes;
import io.jointclear.courier.intake.CsvManifestReader;
import io.jointclear.courier.intake.FieldError;
import io.jointclear.courier.intake.JsonManifestReader;
import io.jointclear.courier.intake.RawManifest;
import io.jointclear.courier.persistence.CourierManifestStore;
import io.jointclear.reference.CodeLists;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.IdempotencyKeys;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessments;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files a courier manifest: reads it from the request stream (hashing the bytes as they pass), checks
 * and assesses every consignment, and stores the manifest with its accepted consignments and its
 * answer in one transaction under the courier's Idempotency-Key. A repeat of the key with the same
 * request gets the stored answer; with another request, 422 {@code IDEMPOTENCY_KEY_REUSED}.
 */
@Service
public class ManifestFiling {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ManifestFiling.class);

    private final CourierManifestStore store;
    private final ManifestAssessor assessor;
    private final ExchangeRates fx;
    private final CodeLists codes;
    private final CourierTexts texts;
    private final IrregularityScreening screening;
    private final ConsignmentSelection selection;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ManifestFiling(CourierManifestStore store, CodeLists codes, Assessments assessments, ExchangeRates fx, CourierTexts texts,
                   IrregularityScreening screening, ConsignmentSelection selection, JsonMapper json,
                   PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.assessor = new ManifestAssessor(codes, assessments);
        this.fx = fx;
        this.codes = codes;
        this.texts = texts;
        this.screening = screening;
        this.selection = selection;
        this.json = json;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The registry of operators, when the application has one (issue 13): the registration on the manifest's date. */
    private io.jointclear.courier.CourierRegistrations registrations;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void registrations(io.jointclear.courier.CourierRegistrations registrations) {
        this.registrations = registrations;
    }

    /** A manifest request: its format, the header fields a CSV body carries in the query, and its identity. */
    public record Request(boolean csv, Map<String, String> query, String requestLine, String idempotencyKey) {
    }

    /** The answer's bytes, the manifest it names and whether it is a replay. */
    public record Filed(UUID manifestId, byte[] body, boolean replayed) {
    }

    public Filed file(Actor actor, Request request, InputStream body) {
        long t0 = System.nanoTime();
        Actor.Courier courier = CourierAccess.filingCourier(actor, LocalDate.now(clock));
        String key = IdempotencyKeys.normalise(request.idempotencyKey());
        MessageDigest sha = sha256();
        sha.update((request.requestLine() + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
        DigestInputStream in = new DigestInputStream(body, sha);
        RawManifest raw = request.csv() ? csvHeader(request.query()) : new RawManifest();
        raw = request.csv() ? new CsvManifestReader().read(in, raw) : new JsonManifestReader(json).read(in);
        drain(in);
        String hash = HexFormat.of().formatHex(sha.digest());
        String scope = actor.principalScope();
        if (key != null) {
            Optional<Filed> earlier = replay(scope, key, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        long t1 = System.nanoTime();
        Locale locale = texts.locale();
        ManifestHeader header = header(raw, locale);
        if (registrations != null && header.date() != null) {
            registrations.requireActive(courier, header.date());
        }
        ManifestAssessor.Outcome outcome = assessor.assess(raw, header);
        UUID id = UUID.randomUUID();
        List<Rejection> rejections = rejections(raw, outcome, locale);
        ManifestTotals totals = ManifestTotals.of(outcome.accepted(), rejections.size(), header.usdMxn(), header.fxSource());
        byte[] answer = json.writeValueAsBytes(new ManifestAnswer(id, outcome.accepted().size(), rejections, totals));
        long screeningStart = System.nanoTime();
        List<Parcel> parcels = screening.parcels(outcome.accepted(), header);
        Map<Integer, Parcel> byIndex = new java.util.HashMap<>(parcels.size() * 2);
        parcels.forEach(p -> byIndex.put(p.index(), p));
        long[] timing = new long[3];
        int read = raw.consignments.size();
        Optional<Filed> filed = transactions.execute(tx -> {
            if (header.direction() == Direction.SOUTHBOUND) {
                // one filing of this courier at a time from here to commit: the window query below then sees the
                // consignments of a manifest filed at the same instant (its transaction committed before the lock freed)
                store.lockCourierWindow(courier.id());
            }
            if (!store.claim(id, courier.id(), scope, key, hash, actor.username(), header.direction().name(),
                    header.customsOffice(), header.date(), header.crossingId(), header.usdMxn(), clock.instant(),
                    outcome.accepted().size(), rejections.size(), totals)) {
                return Optional.empty(); // a concurrent request with the same key committed first
            }
            timing[0] = System.nanoTime();
            Map<Integer, List<Flag>> flags = screening.flags(courier.id(), header, parcels);
            timing[1] = System.nanoTime();
            Map<Integer, CourierManifestStore.Selected> selected = selection.select(id, courier.id(), header.direction(), byIndex, flags);
            timing[2] = System.nanoTime();
            store.copy(id, outcome.accepted(), byIndex,
                    p -> header.direction() == Direction.SOUTHBOUND && screening.nearThreshold(p), flags, selected);
            store.answer(id, answer, flags.size());
            logTimes(id, read, flags.size(), t0, t1, screeningStart, timing);
            return Optional.of(new Filed(id, answer, false));
        });
        return filed.orElseGet(() -> replay(scope, key, hash).orElseThrow());
    }

    /** Phase times at DEBUG (docs/benchmarks.md reads them): read, assess, screen, select, store. */
    private static void logTimes(UUID id, int read, int flagged, long t0, long t1, long screeningStart, long[] timing) {
        if (log.isDebugEnabled()) {
            log.debug("manifest {}: {} consignments read in {} ms, assessed in {} ms, screened ({} flagged) in {} ms, "
                            + "selected in {} ms, stored in {} ms", id, read, (t1 - t0) / 1_000_000,
                    (screeningStart - t1) / 1_000_000, flagged, (timing[1] - timing[0]) / 1_000_000,
                    (timing[2] - timing[1]) / 1_000_000, (System.nanoTime() - timing[2]) / 1_000_000);
        }
    }

    private Optional<Filed> replay(String scope, String key, String hash) {
        return store.byKey(scope, key).map(kept -> {
            if (!kept.requestHash().equals(hash)) {
                throw IdempotencyKeys.reused(key);
            }
            return new Filed(kept.id(), kept.answer(), true);
        });
    }

    private static RawManifest csvHeader(Map<String, String> query) {
        RawManifest m = new RawManifest();
        m.direction = query.get("direction");
        m.customsOffice = query.get("customsOffice");
        m.date = query.get("date");
        m.crossingId = query.get("crossingId");
        return m;
    }

    /** The header's rules; any broken one refuses the whole manifest (422) with every header error. */
    private ManifestHeader header(RawManifest raw, Locale locale) {
        List<FieldError> errors = new ArrayList<>(raw.errors);
        Direction direction = direction(raw.direction, errors);
        LocalDate date = date(raw.date, errors);
        String office = raw.customsOffice == null ? null : raw.customsOffice.strip();
        if (office == null || office.isEmpty()) {
            errors.add(FieldError.of("customsOffice", Codes.REQUIRED));
        } else if (direction != null && !(direction == Direction.SOUTHBOUND ? codes.isMexicanCustomsOffice(office) : codes.isUsPort(office))) {
            errors.add(FieldError.of("customsOffice", Codes.CUSTOMS_OFFICE_INVALID, office));
        }
        UUID crossing = crossing(raw.crossingId, errors);
        if (raw.consignments.isEmpty()) {
            errors.add(FieldError.of("consignments", Codes.NO_CONSIGNMENTS));
        }
        GoverningExchangeRate rate = null;
        if (date != null && errors.stream().noneMatch(e -> e.field().equals("date"))) {
            try {
                rate = fx.usdMxn(date);
            } catch (ProblemException e) {
                errors.add(FieldError.of("date", Codes.DATE_NOT_COVERED, date, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            List<FieldViolation> violations = errors.stream()
                    .map(e -> new FieldViolation(e.field(), e.code(), texts.message(e, locale))).toList();
            throw new ProblemException(422, "INVALID_COURIER_MANIFEST", "Manifest refused",
                    "The manifest breaks " + violations.size() + " rule(s); nothing was stored", violations);
        }
        return new ManifestHeader(direction, office, date, crossing, rate.rate(), rate.source());
    }

    private static Direction direction(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of("direction", Codes.REQUIRED));
            return null;
        }
        try {
            return Direction.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("direction", Codes.DIRECTION_INVALID, value));
            return null;
        }
    }

    private LocalDate date(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of("date", Codes.REQUIRED));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("date", Codes.DATE_INVALID, value));
            return null;
        }
        LocalDate first = DtaQuota.FIRST_DATE.isAfter(MxCourierRates.REGIME_START) ? DtaQuota.FIRST_DATE : MxCourierRates.REGIME_START;
        LocalDate last = LocalDate.now(clock).plusDays(1); // a manifest is filed for today's crossing at the latest
        if (date.isBefore(first) || date.isAfter(last)) {
            errors.add(FieldError.of("date", Codes.DATE_NOT_COVERED, date, first + " – " + last));
        }
        return date;
    }

    private static UUID crossing(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("crossingId", Codes.CROSSING_ID_INVALID));
            return null;
        }
    }

    private List<Rejection> rejections(RawManifest raw, ManifestAssessor.Outcome outcome, Locale locale) {
        List<Rejection> out = new ArrayList<>(outcome.rejected().size());
        outcome.rejected().forEach((index, errors) -> out.add(new Rejection(index, raw.consignments.get(index).guide,
                errors.stream().map(e -> new Rejection.Error(e.field(), e.code(), texts.message(e, locale))).toList())));
        return out;
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the manifest", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
