package io.jointclear.reference.htsus;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
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
        return resources;
    }

    @Override
    public String source() {
        return "HTSUS " + shipped.getFirst().revision() + " to " + shipped.getLast().revision()
                + " (USITC JSON, public domain), effective-dated from " + shipped.getFirst().validFrom();
    }

    @Override
    public int version() {
        return 2;
    }

    /** A revision to apply: shipped (read from the classpath) or imported (its JSON kept in the database). */
    private record Source(String revision, LocalDate validFrom, LocalDate published, String origin, String resource,
                          byte[] body) {
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        List<Source> sources = sources(connection);
        SqlLoads.run(connection, "DELETE FROM reference.us_tariff_line",
                "DELETE FROM reference.us_hts_revision WHERE origin = 'shipped'");
        HtsHistory history = new HtsHistory();
        HtsusFile latestShipped = null;
        long started = System.nanoTime();
        // reading a revision (gunzip, JSON, rows) costs far more than applying it: read ahead on the other cores
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService readers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("htsus-read-", 0).factory());
        try {
            Deque<Future<HtsusFile>> ahead = new ArrayDeque<>();
            int next = 0;
            for (Source source : sources) {
                while (next < sources.size() && ahead.size() <= threads) {
                    Source toRead = sources.get(next++);
                    ahead.add(readers.submit(() -> read(toRead)));
                }
                HtsusFile file = await(ahead.removeFirst(), source);
                HtsHistory.Changes changes = history.apply(source.revision(), source.validFrom(),
                        file.lines().stream().map(HtsLineText::of).toList());
                HtsRevisionRows.record(connection, source.revision(), source.validFrom(), source.published(),
                        source.origin(), changes);
                if (source.body() == null) {
                    latestShipped = file;
                }
            }
        } finally {
            readers.shutdownNow();
        }
        List<HtsHistory.Version> versions = history.versions();
        long read = System.nanoTime();
        HtsVersionStore.insert(connection, versions);
        long stored = System.nanoTime();
        Map<String, Object> notes = notes(sources, latestShipped);
        notes.put("readMillis", (read - started) / 1_000_000);
        notes.put("insertMillis", (stored - read) / 1_000_000);
        return new LoadResult(versions.size(), notes);
    }

    private static HtsusFile read(Source source) throws IOException {
        try (InputStream in = new GZIPInputStream(source.body() == null
                ? new ClassPathResource(source.resource()).getInputStream() : new ByteArrayInputStream(source.body()),
                1 << 16)) {
            return HtsusFile.readJson(in);
        }
    }

    private static HtsusFile await(Future<HtsusFile> file, Source source) throws IOException {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading HTSUS revision " + source.revision(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("reading HTSUS revision " + source.revision() + " failed", e.getCause());
        }
    }

    /** Shipped revisions, then imported ones not shipped since, in date order. */
    private List<Source> sources(Connection connection) throws SQLException {
        List<Source> sources = new ArrayList<>();
        shipped.forEach(s -> sources.add(new Source(s.revision(), s.validFrom(), s.published(), "shipped", s.resource(), null)));
        Set<String> names = shipped.stream().map(ShippedRevisions.Shipped::revision).collect(Collectors.toSet());
        Set<LocalDate> dates = shipped.stream().map(ShippedRevisions.Shipped::validFrom).collect(Collectors.toSet());
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT revision, valid_from, published, body FROM reference.us_hts_revision WHERE origin = 'import'");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                LocalDate from = rs.getDate(2).toLocalDate();
                if (names.contains(rs.getString(1)) || dates.contains(from)) {
                    log.warn("Imported HTSUS revision {} ({}) is now shipped (or clashes with a shipped date): the shipped "
                            + "file is used", rs.getString(1), from);
                    continue;
                }
                Date published = rs.getDate(3);
                sources.add(new Source(rs.getString(1), from, published == null ? null : published.toLocalDate(),
                        "import", null, rs.getBytes(4)));
            }
        }
        sources.sort(Comparator.comparing(Source::validFrom));
        return sources;
    }

    private static Map<String, Object> notes(List<Source> sources, HtsusFile latest) {
        HtsusFile.Counts counts = latest.counts();
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("revisions", sources.size());
        notes.put("from", sources.getFirst().validFrom().toString());
        notes.put("latest", sources.getLast().revision());
        notes.put("rateCells", counts.rateCells());
        notes.put("unparsedRateCells", counts.unparsedRateCells());
        notes.put("coverage", counts.coverage());
        notes.put("unparsedRates", latest.unparsedRates().stream().map(UnparsedRate::toString).toList());
        if (!latest.unparsedRates().isEmpty()) {
            log.warn("HTSUS {}: {} of {} rate cells are not computable rates and stay text only (full list in the "
                            + "dataset notes, GET /api/v1/reference/datasets), e.g. {}", sources.getLast().revision(),
                    counts.unparsedRateCells(), counts.rateCells(), latest.unparsedRates().stream().limit(3).toList());
        }
        return notes;
    }
}
