package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsFootnote;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of the shipped revisions, computed once from their USITC JSON at build time and shipped
 * next to them ({@value #RESOURCE}): the line versions, each revision's counts and the notes of the
 * latest revision. Reading it costs a fraction of a second where reading the 43 JSON files costs ~10 s
 * of CPU, at every first start and in every test context. The JSON stays the source of truth: the
 * snapshot names the SHA-256 of the files it was computed from, a snapshot for other files is ignored
 * (the history is then computed from the JSON, as before), and {@code HtsHistorySnapshotTest} proves the
 * shipped snapshot equals the history computed from the JSON.
 */
final class HtsHistorySnapshot {

    private static final Logger log = LoggerFactory.getLogger(HtsHistorySnapshot.class);
    static final String RESOURCE = ShippedRevisions.FOLDER + "history.tsv.gz";
    private static final String MAGIC = "# jointclear htsus history 1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a shipped revision changed, as stored in {@code reference.us_hts_revision}. */
    record RevisionCounts(String revision, LocalDate validFrom, LocalDate published, int lines, int added, int changed,
                          int removed) {
    }

    /** The header line of the file. */
    record Header(String sources, List<RevisionCounts> revisions, Map<String, Object> notes) {
    }

    /** The shipped history: header and every version (closed and open), ordered by code and first day. */
    record Snapshot(Header header, List<HtsHistory.Version> versions) {
        LocalDate latest() {
            return header.revisions().getLast().validFrom();
        }
    }

    /** Parsed once per JVM: every Spring context of a test run reloads the same shipped files. */
    private static volatile Snapshot cached;
    /** Classpath files do not change while the JVM runs: their checksum is computed once. */
    private static final Map<List<ShippedRevisions.Shipped>, String> CHECKSUMS = new java.util.concurrent.ConcurrentHashMap<>();

    private HtsHistorySnapshot() {
    }

    /** The shipped history: from the snapshot when it was computed from the shipped files, else from the JSON. */
    static Snapshot shipped(List<ShippedRevisions.Shipped> shipped) throws IOException {
        String sources = CHECKSUMS.get(shipped);
        if (sources == null) {
            sources = sourcesChecksum(shipped);
            CHECKSUMS.put(shipped, sources);
        }
        Snapshot snapshot = cached;
        if (snapshot != null && snapshot.header().sources().equals(sources)) {
            return snapshot;
        }
        ClassPathResource resource = new ClassPathResource(RESOURCE);
        if (resource.exists()) {
            try (InputStream in = resource.getInputStream()) {
                snapshot = read(in);
            }
            if (snapshot.header().sources().equals(sources)) {
                cached = snapshot;
                return snapshot;
            }
            log.warn("{} was computed from other HTSUS files than those shipped: the history is read from the JSON "
                    + "(regenerate the snapshot, see HtsHistorySnapshotTest)", RESOURCE);
        }
        snapshot = compute(shipped);
        cached = snapshot;
        return snapshot;
    }

    /** SHA-256 of the revision dates and every shipped JSON file, in order. */
    static String sourcesChecksum(List<ShippedRevisions.Shipped> shipped) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            List<String> resources = new ArrayList<>();
            resources.add(ShippedRevisions.DATES);
            shipped.forEach(s -> resources.add(s.resource()));
            for (String name : resources) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new ClassPathResource(name).getInputStream()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the shipped JSON (ahead, on up to 4 threads) and applies it in date order. */
    static Snapshot compute(List<ShippedRevisions.Shipped> shipped) throws IOException {
        HtsHistory history = new HtsHistory();
        List<RevisionCounts> counts = new ArrayList<>();
        HtsusFile latest = null;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService readers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("htsus-read-", 0).factory());
        try {
            Deque<Future<HtsusFile>> ahead = new ArrayDeque<>();
            int next = 0;
            for (ShippedRevisions.Shipped s : shipped) {
                while (next < shipped.size() && ahead.size() <= threads) {
                    String resource = shipped.get(next++).resource();
                    ahead.add(readers.submit(() -> readRevision(new ClassPathResource(resource).getInputStream())));
                }
                latest = await(ahead.removeFirst(), s.revision());
                HtsHistory.Changes c = history.apply(s.revision(), s.validFrom(),
                        latest.lines().stream().map(HtsLineText::of).toList());
                counts.add(new RevisionCounts(s.revision(), s.validFrom(), s.published(), c.lines(), c.added(),
                        c.changed(), c.removed()));
            }
        } finally {
            readers.shutdownNow();
        }
        List<HtsHistory.Version> versions = new ArrayList<>(history.versions());
        versions.sort(Comparator.comparing((HtsHistory.Version v) -> v.text().tariffCode()).thenComparing(HtsHistory.Version::from));
        return new Snapshot(new Header(sourcesChecksum(shipped), List.copyOf(counts), notes(latest)), List.copyOf(versions));
    }

    static HtsusFile readRevision(InputStream gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(gzip, 1 << 16)) {
            return HtsusFile.readJson(in);
        }
    }

    private static HtsusFile await(Future<HtsusFile> file, String revision) throws IOException {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading HTSUS revision " + revision, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("reading HTSUS revision " + revision + " failed", e.getCause());
        }
    }

    /** What the dataset notes say of the latest shipped revision's rate texts. */
    private static Map<String, Object> notes(HtsusFile latest) {
        HtsusFile.Counts counts = latest.counts();
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("rateCells", counts.rateCells());
        notes.put("unparsedRateCells", counts.unparsedRateCells());
        notes.put("coverage", counts.coverage());
        notes.put("unparsedRates", latest.unparsedRates().stream().map(UnparsedRate::toString).toList());
        return notes;
    }

    // --- the file: a magic line, the header as JSON, then one tab-separated line per version ---

    static void write(Snapshot snapshot, OutputStream out) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8))) {
            w.write(MAGIC);
            w.write('\n');
            w.write(JSON.writeValueAsString(snapshot.header()));
            w.write('\n');
            for (HtsHistory.Version v : snapshot.versions()) {
                HtsLineText t = v.text();
                List<String> fields = List.of(t.tariffCode(), v.revision(), v.from().toString(),
                        v.to() == null ? "" : v.to().toString(), t.chapter99() ? "t" : "f", t.description(),
                        JSON.writeValueAsString(t.tariffUnits()), t.generalText(), t.specialText(), t.column2Text(),
                        t.additionalDuties(), t.quota(), HtsVersionStore.footnotesJson(t.footnotes()));
                for (int i = 0; i < fields.size(); i++) {
                    if (i > 0) {
                        w.write('\t');
                    }
                    w.write(escape(fields.get(i)));
                }
                w.write('\n');
            }
        }
    }

    static Snapshot read(InputStream gzip) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            if (!MAGIC.equals(r.readLine())) {
                throw new IOException(RESOURCE + " is not an HTSUS history snapshot");
            }
            Header header = JSON.readValue(r.readLine(), Header.class);
            // a few hundred distinct unit and footnote lists: parse each once, share the lists
            Map<String, List<String>> units = new HashMap<>();
            Map<String, List<HtsFootnote>> footnotes = new HashMap<>();
            Map<String, String> revisions = new HashMap<>();
            List<HtsHistory.Version> versions = new ArrayList<>(80_000);
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 13) {
                    throw new IOException(RESOURCE + ": a version line has " + f.length + " fields instead of 13");
                }
                HtsLineText text = new HtsLineText(f[0], unescape(f[5]),
                        units.computeIfAbsent(f[6], j -> List.of(JSON.readValue(unescape(j), String[].class))),
                        unescape(f[7]), unescape(f[8]), unescape(f[9]), unescape(f[10]), unescape(f[11]), "t".equals(f[4]),
                        footnotes.computeIfAbsent(f[12], j -> HtsVersionStore.footnotes(unescape(j))));
                versions.add(new HtsHistory.Version(text, revisions.computeIfAbsent(f[1], k -> k), LocalDate.parse(f[2]),
                        f[3].isEmpty() ? null : LocalDate.parse(f[3])));
            }
            return new Snapshot(header, List.copyOf(versions));
        }
    }

    static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                b.append(c);
                continue;
            }
            char n = text.charAt(++i);
            b.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> n;
            });
        }
        return b.toString();
    }
}
