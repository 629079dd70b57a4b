package io.jointclear.reference.htsus;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The HTSUS history: every shipped USITC revision since the 2025 basic edition, then every revision an
 * administrator imported, applied in date order and stored as line versions (differences only).
 * Texts that are not computable rates are counted for the latest shipped revision and listed in the
 * dataset notes and the log, never dropped.
 */
@Component
@Order(50)
class HtsusLoader implements DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(HtsusLoader.class);
    static final String NAME = "htsus";

    private final List<ShippedRevisions.Shipped> shipped = ShippedRevisions.list();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> resources() {
        List<String> resources = new ArrayList<>();
        resources.add(ShippedRevisions.DATES);
        shipped.forEach(s -> resources.add(s.resource()));
        resources.add(HtsHistorySnapshot.RESOURCE);
        return resources;
    }

    @Override
    public String source() {
        return "HTSUS " + shipped.getFirst().revision() + " to " + shipped.getLast().revision()
                + " (USITC JSON, public domain), effective-dated from " + shipped.getFirst().validFrom();
    }

    @Override
    public int version() {
        return 3;
    }

    /** An imported revision to replay: its JSON (gzip) is kept in the database. */
    private record Source(String revision, LocalDate validFrom, LocalDate published, byte[] body) {
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        List<Source> imports = imports(connection);
        SqlLoads.run(connection, "DELETE FROM reference.us_tariff_line",
                "DELETE FROM reference.us_hts_revision WHERE origin = 'shipped'");
        long started = System.nanoTime();
        HtsHistorySnapshot.Snapshot snapshot = HtsHistorySnapshot.shipped(shipped);
        for (HtsHistorySnapshot.RevisionCounts c : snapshot.header().revisions()) {
            HtsRevisionRows.record(connection, c.revision(), c.validFrom(), c.published(), "shipped",
                    c.lines(), c.added(), c.changed(), c.removed());
        }
        HtsHistory history = HtsHistory.restored(snapshot.versions(), snapshot.latest());
        for (Source source : imports) {
            HtsusFile file = HtsHistorySnapshot.readRevision(new ByteArrayInputStream(source.body()));
            HtsHistory.Changes changes = history.apply(source.revision(), source.validFrom(),
                    file.lines().stream().map(HtsLineText::of).toList());
            HtsRevisionRows.record(connection, source.revision(), source.validFrom(), source.published(), "import",
                    changes.lines(), changes.added(), changes.changed(), changes.removed());
        }
        List<HtsHistory.Version> versions = history.versions();
        long read = System.nanoTime();
        HtsVersionStore.copy(connection, versions);
        long stored = System.nanoTime();
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("revisions", snapshot.header().revisions().size() + imports.size());
        notes.put("from", shipped.getFirst().validFrom().toString());
        notes.put("latest", imports.isEmpty() ? shipped.getLast().revision() : imports.getLast().revision());
        notes.putAll(snapshot.header().notes());
        notes.put("readMillis", (read - started) / 1_000_000);
        notes.put("insertMillis", (stored - read) / 1_000_000);
        if (snapshot.header().notes().get("unparsedRates") instanceof List<?> unparsed && !unparsed.isEmpty()) {
            log.warn("HTSUS {}: {} of {} rate cells are not computable rates and stay text only (full list in the "
                            + "dataset notes, GET /api/v1/reference/datasets), e.g. {}", shipped.getLast().revision(),
                    notes.get("unparsedRateCells"), notes.get("rateCells"), unparsed.stream().limit(3).toList());
        }
        return new LoadResult(versions.size(), notes);
    }

    /**
     * Imported revisions not shipped since, in date order. One dated before the latest shipped revision
     * (shipped later than it was imported) cannot be replayed in order and is skipped with a warning.
     */
    private List<Source> imports(Connection connection) throws SQLException {
        List<Source> sources = new ArrayList<>();
        Set<String> names = shipped.stream().map(ShippedRevisions.Shipped::revision).collect(Collectors.toSet());
        LocalDate lastShipped = shipped.getLast().validFrom();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT revision, valid_from, published, body FROM reference.us_hts_revision WHERE origin = 'import'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                LocalDate from = rs.getDate(2).toLocalDate();
                if (names.contains(rs.getString(1)) || !from.isAfter(lastShipped)) {
                    log.warn("Imported HTSUS revision {} ({}) is now shipped (or is not after the latest shipped revision): "
                            + "the shipped files are used", rs.getString(1), from);
                    continue;
                }
                Date published = rs.getDate(3);
                sources.add(new Source(rs.getString(1), from, published == null ? null : published.toLocalDate(),
                        rs.getBytes(4)));
            }
        }
        sources.sort(Comparator.comparing(Source::validFrom));
        return sources;
    }
}
