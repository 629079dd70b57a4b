package io.jointclear.reference.htsus;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.reference.Chapter99Change;
import io.jointclear.reference.Chapter99Measures;
import io.jointclear.reference.UsTariffChanged;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * An administrator's import of a later HTSUS revision (the USITC JSON, plain or gzip): compared with
 * the lines in force, it closes what it changes or drops the day before its effective date and adds
 * the new versions, in one transaction with its audit entry. The JSON is kept, so a reload of the
 * shipped history replays it.
 */
@Service
public class HtsRevisionImport {

    static final Pattern REVISION = Pattern.compile("\\d{4}_(basic|rev_\\d{1,3})");
    private static final String SUBJECT = "HTSUS_REVISION";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final long maxJsonBytes;
    private final ObjectProvider<Chapter99Measures> measures;

    HtsRevisionImport(JdbcTemplate jdbc, DataSource dataSource, Clock clock, AuditLog auditLog,
                      ApplicationEventPublisher events, ObjectProvider<Chapter99Measures> measures,
                      @Value("${jointclear.reference.htsus.max-revision-json:64MB}") DataSize maxJson) {
        this.measures = measures;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.auditLog = auditLog;
        this.events = events;
        this.maxJsonBytes = maxJson.toBytes();
    }

    /**
     * What the import did: the counts against the previous revision, which revision it closed, what it
     * changed in chapter 99 and the measure rows to review because of it.
     */
    public record Result(String revision, LocalDate validFrom, int lines, int added, int changed, int removed,
                         String previousRevision, LocalDate previousValidTo, List<Chapter99Change> chapter99Changes,
                         List<String> measuresToReview) {

        public Result withChanges(List<Chapter99Change> worded) {
            return new Result(revision, validFrom, lines, added, changed, removed, previousRevision, previousValidTo,
                    worded, measuresToReview);
        }
    }

    @Transactional
    public Result importRevision(String revision, LocalDate effectiveDate, byte[] body, String actor) {
        if (revision == null || !REVISION.matcher(revision).matches()) {
            throw invalid("revision", "MALFORMED_REVISION",
                    "revision must look like 2026_rev_11 or 2027_basic, got '" + revision + "'");
        }
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('jointclear.reference.' || ?))", Object.class,
                HtsusLoader.NAME);
        Optional<LocalDate> existing = jdbc.query("SELECT valid_from FROM reference.us_hts_revision WHERE revision = ?",
                (rs, i) -> rs.getDate(1).toLocalDate(), revision).stream().findFirst();
        if (existing.isPresent()) {
            throw conflict("revision", "REVISION_ALREADY_IMPORTED", "HTSUS revision " + revision
                    + " is already loaded (in force from " + existing.get() + "); a revision is imported once");
        }
        Latest latest = latest();
        if (!effectiveDate.isAfter(latest.validFrom())) {
            throw conflict("effectiveDate", "REVISION_OUT_OF_ORDER", "effectiveDate " + effectiveDate
                    + " is not after " + latest.validFrom() + ", the effective date of the latest revision "
                    + latest.revision() + "; revisions are imported in order");
        }
        byte[] json = json(body);
        HtsusFile file;
        try {
            file = HtsusFile.readJson(new ByteArrayInputStream(json));
        } catch (IllegalArgumentException e) {
            throw invalid("$", "MALFORMED_REVISION", e.getMessage());
        }
        List<HtsHistory.Version> before = openVersions();
        HtsHistory history = HtsHistory.continuing(before, latest.validFrom());
        HtsHistory.Changes changes = history.apply(revision, effectiveDate,
                file.lines().stream().map(HtsLineText::of).toList());
        List<Chapter99Change> chapter99 = Chapter99Review.of(before, Chapter99Review.after(before, changes), effectiveDate,
                measures.getIfAvailable(() -> NO_MEASURES));
        List<String> toReview = chapter99.stream().filter(Chapter99Change::review).flatMap(c -> c.measures().stream())
                .distinct().sorted().toList();
        store(revision, effectiveDate, changes, gzip(json), actor, chapter99);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("validFrom", effectiveDate);
        details.put("lines", changes.lines());
        details.put("added", changes.added());
        details.put("changed", changes.changed());
        details.put("removed", changes.removed());
        details.put("previousRevision", latest.revision());
        details.put("chapter99Changes", chapter99.size());
        details.put("measuresToReview", toReview);
        auditLog.append(AuditEntry.of(actor, "HTSUS_REVISION_IMPORTED", SUBJECT, revision, io.jointclear.shared.Authority.US,
                details));
        events.publishEvent(new UsTariffChanged(revision, effectiveDate));
        return new Result(revision, effectiveDate, changes.lines(), changes.added(), changes.changed(), changes.removed(),
                latest.revision(), effectiveDate.minusDays(1), chapter99, toReview);
    }

    private record Latest(String revision, LocalDate validFrom) {
    }

    private Latest latest() {
        return jdbc.query("SELECT revision, valid_from FROM reference.us_hts_revision ORDER BY valid_from DESC LIMIT 1",
                (rs, i) -> new Latest(rs.getString(1), rs.getDate(2).toLocalDate())).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no HTSUS revision loaded"));
    }

    private List<HtsHistory.Version> openVersions() {
        return jdbc.query("""
                SELECT tariff_code, revision, valid_from, description, tariff_units, general_text, special_text,
                       column2_text, additional_duties, quota_quantity, chapter99, footnotes::text
                FROM reference.us_tariff_line WHERE valid_to IS NULL
                """, (rs, i) -> new HtsHistory.Version(new HtsLineText(rs.getString(1), rs.getString(4),
                List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getBoolean(11), HtsVersionStore.footnotes(rs.getString(12))),
                rs.getString(2), rs.getDate(3).toLocalDate(), null));
    }

    /** Without the tariff module (a reference-only context): no rows, so nothing is covered. */
    private static final Chapter99Measures NO_MEASURES = new Chapter99Measures() {
        @Override
        public List<String> rulesOf(String heading, LocalDate date) {
            return List.of();
        }

        @Override
        public boolean covers(String heading, String tariffCode, LocalDate date) {
            return false;
        }
    };

    private void store(String revision, LocalDate from, HtsHistory.Changes changes, byte[] gzip, String actor,
                       List<Chapter99Change> chapter99) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            HtsVersionStore.close(connection, changes.closed());
            HtsVersionStore.insert(connection, changes.opened());
        } catch (SQLException e) {
            throw new IllegalStateException("storing HTSUS revision " + revision + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.update("""
                INSERT INTO reference.us_hts_revision (revision, valid_from, published, origin, lines, added, changed,
                    removed, body, imported_by, imported_at, chapter99_changes)
                VALUES (?, ?, NULL, 'import', ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                """, revision, Date.valueOf(from), changes.lines(), changes.added(), changes.changed(), changes.removed(),
                gzip, actor, Timestamp.from(clock.instant()), Chapter99Changes.json(chapter99));
    }

    /** The JSON bytes, unpacked when gzip; an unpacked size beyond the limit is refused (a gzip bomb). */
    private byte[] json(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("$", "MALFORMED_REVISION", "the body must be the revision's USITC JSON (plain or gzip)");
        }
        boolean gzip = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (!gzip) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxJsonBytes + 1));
            if (json.length > maxJsonBytes) {
                throw new ProblemException(413, "REQUEST_TOO_LARGE", "Request too large",
                        "The unpacked revision JSON is larger than " + maxJsonBytes + " bytes",
                        List.of(new FieldViolation("$", "REQUEST_TOO_LARGE", "at most " + maxJsonBytes + " bytes unpacked")));
            }
            return json;
        } catch (IOException e) {
            throw invalid("$", "MALFORMED_REVISION", "the gzip body cannot be unpacked: " + e.getMessage());
        }
    }

    private static byte[] gzip(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 8);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ProblemException invalid(String field, String code, String message) {
        return new ProblemException(400, code, "Invalid HTSUS revision", message,
                List.of(new FieldViolation(field, code, message)));
    }

    private static ProblemException conflict(String field, String code, String message) {
        return new ProblemException(409, code, "HTSUS revision conflict", message,
                List.of(new FieldViolation(field, code, message)));
    }
}
