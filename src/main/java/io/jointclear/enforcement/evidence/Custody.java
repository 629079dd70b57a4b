package io.jointclear.enforcement.evidence;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.enforcement.cases.CaseService;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain of custody: every movement of seized goods or evidence is an append-only entry, hash-chained
 * per item in {@code enforcement.custody_entry} and written to the audit log in the same transaction;
 * the report recomputes each chain and says exactly where it breaks.
 */
@Service
public class Custody {

    public static final String CUSTODY_OUT_OF_ORDER = "CUSTODY_OUT_OF_ORDER";
    private static final Set<String> ACTIONS = Set.of("TAKEN", "HANDED_OVER", "RECEIVED");
    private static final int MAX_TEXT = 200;
    private static final int MAX_SEALS = 50;

    private final JdbcTemplate jdbc;
    private final CaseService cases;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Custody(JdbcTemplate jdbc, CaseService cases, AuditLog audit, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** What an officer records: the item, the movement, who gives and who takes, where, when, under which seals. */
    public record Movement(String item, String action, String from, String to, String place, Instant at, List<String> seals) {
    }

    @Transactional
    public CustodyEntry record(UUID caseId, Movement m, Actor actor) {
        cases.lockForAct(caseId, actor);
        validate(m);
        List<CustodyEntry> chain = chain(caseId, m.item());
        Instant at = (m.at() == null ? clock.instant() : m.at()).truncatedTo(ChronoUnit.SECONDS);
        checkOrder(chain, m, at);
        byte[] prev = chain.isEmpty() ? null : HexFormat.of().parseHex(chain.getLast().hash());
        List<String> seals = m.seals() == null ? List.of() : m.seals().stream().map(String::strip).toList();
        CustodyEntry draft = new CustodyEntry(m.item(), chain.size() + 1, m.action(), blank(m.from()), m.to().strip(),
                m.place().strip(), at, seals, actor.username(), null);
        byte[] hash = hash(caseId, prev, draft);
        jdbc.update("""
                INSERT INTO enforcement.custody_entry (case_id, item, seq, action, from_party, to_party, place, at, seals,
                    recorded_by, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                caseId, draft.item(), draft.seq(), draft.action(), draft.from(), draft.to(), draft.place(), Timestamp.from(at),
                String.join(",", seals), draft.recordedBy(), prev, hash);
        String hex = HexFormat.of().formatHex(hash);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", draft.item());
        details.put("seq", draft.seq());
        details.put("action", draft.action());
        details.put("from", String.valueOf(draft.from()));
        details.put("to", draft.to());
        details.put("place", draft.place());
        details.put("at", at);
        details.put("seals", String.join(",", seals));
        details.put("hash", hex);
        audit.append(AuditEntry.of(actor, "CUSTODY_RECORDED", CaseService.AUDIT_SUBJECT, caseId.toString(), null, details));
        return new CustodyEntry(draft.item(), draft.seq(), draft.action(), draft.from(), draft.to(), draft.place(), at, seals,
                draft.recordedBy(), hex);
    }

    private static void validate(Movement m) {
        List<String> wrong = new ArrayList<>();
        if (m.item() == null || m.item().isBlank() || m.item().length() > MAX_TEXT) {
            wrong.add("item (1–" + MAX_TEXT + " characters)");
        }
        if (m.action() == null || !ACTIONS.contains(m.action())) {
            wrong.add("action (one of " + ACTIONS + ")");
        }
        if (m.to() == null || m.to().isBlank() || m.to().length() > MAX_TEXT) {
            wrong.add("to (who holds the item after the movement)");
        }
        if (m.place() == null || m.place().isBlank() || m.place().length() > MAX_TEXT) {
            wrong.add("place");
        }
        if (m.from() != null && m.from().length() > MAX_TEXT) {
            wrong.add("from");
        }
        if (m.seals() != null && (m.seals().size() > MAX_SEALS
                || m.seals().stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 40 || s.contains(",")))) {
            wrong.add("seals (at most " + MAX_SEALS + " seal numbers of 1–40 characters, no commas)");
        }
        if (!wrong.isEmpty()) {
            throw new ProblemException(422, "INVALID_CUSTODY_ENTRY", "Custody entry incomplete", "Check: " + String.join("; ", wrong));
        }
    }

    /** TAKEN opens a chain; a hand-over comes from the holder; a receipt answers the hand-over before it. */
    private void checkOrder(List<CustodyEntry> chain, Movement m, Instant at) {
        String problem = null;
        CustodyEntry last = chain.isEmpty() ? null : chain.getLast();
        if (last == null && !"TAKEN".equals(m.action())) {
            problem = "The chain of item " + m.item() + " starts with TAKEN";
        } else if (last != null && "TAKEN".equals(m.action())) {
            problem = "Item " + m.item() + " is in custody already (entry " + last.seq() + ")";
        } else if (last != null && "HANDED_OVER".equals(m.action()) && "HANDED_OVER".equals(last.action())) {
            problem = "Item " + m.item() + " was handed over to " + last.to() + " and not received yet";
        } else if (last != null && "HANDED_OVER".equals(m.action()) && !last.to().equals(blank(m.from()))) {
            problem = "Item " + m.item() + " is held by " + last.to() + ", not by " + m.from();
        } else if (last != null && "RECEIVED".equals(m.action())
                && (!"HANDED_OVER".equals(last.action()) || !last.to().equals(m.to().strip()))) {
            problem = "Only " + last.to() + " receives item " + m.item() + ", after a hand-over";
        } else if (last != null && at.isBefore(last.at())) {
            problem = "Entry " + (last.seq() + 1) + " cannot be earlier than entry " + last.seq() + " (" + last.at() + ")";
        } else if (at.isAfter(clock.instant().plusSeconds(300))) {
            problem = "A movement is recorded when it happened, not in the future";
        }
        if (problem != null) {
            throw new ProblemException(409, CUSTODY_OUT_OF_ORDER, "Custody entry out of order", problem);
        }
    }

    @Transactional(readOnly = true)
    public CustodyReport report(UUID caseId, Actor actor) {
        cases.getInFull(caseId, actor);
        List<String> items = jdbc.queryForList("SELECT DISTINCT item FROM enforcement.custody_entry WHERE case_id = ? ORDER BY item",
                String.class, caseId);
        List<CustodyReport.Item> out = new ArrayList<>();
        for (String item : items) {
            out.add(verify(caseId, item));
        }
        return new CustodyReport(caseId, out.stream().allMatch(CustodyReport.Item::intact), out);
    }

    private CustodyReport.Item verify(UUID caseId, String item) {
        List<Stored> rows = stored(caseId, item);
        List<CustodyReport.Break> breaks = new ArrayList<>();
        byte[] prevHash = null;
        CustodyEntry prev = null;
        int expectedSeq = 1;
        for (Stored r : rows) {
            CustodyEntry e = r.entry();
            if (e.seq() != expectedSeq) {
                breaks.add(new CustodyReport.Break(e.seq(), "GAP", "entry " + expectedSeq
                        + (e.seq() - expectedSeq > 1 ? " to " + (e.seq() - 1) : "") + " missing before entry " + e.seq()));
            }
            if (!java.util.Arrays.equals(r.prevHash(), prevHash) || !java.util.Arrays.equals(hash(caseId, r.prevHash(), e), r.hash())) {
                breaks.add(new CustodyReport.Break(e.seq(), "HASH_MISMATCH",
                        "entry " + e.seq() + " does not hash to its stored value or does not follow entry " + (e.seq() - 1)));
            }
            if (prev != null && "RECEIVED".equals(e.action()) && "HANDED_OVER".equals(prev.action())
                    && !new TreeSet<>(prev.seals()).equals(new TreeSet<>(e.seals()))) {
                breaks.add(new CustodyReport.Break(e.seq(), "SEAL_MISMATCH",
                        "handed over under seals " + prev.seals() + ", received with " + e.seals()));
            }
            if (prev != null && "HANDED_OVER".equals(e.action()) && !prev.to().equals(e.from())) {
                breaks.add(new CustodyReport.Break(e.seq(), "PARTY_MISMATCH", "handed over by " + e.from() + " while " + prev.to() + " held it"));
            }
            prevHash = r.hash();
            prev = e;
            expectedSeq = e.seq() + 1;
        }
        return new CustodyReport.Item(item, breaks.isEmpty(), rows.stream().map(Stored::entry).toList(), breaks);
    }

    private record Stored(CustodyEntry entry, byte[] prevHash, byte[] hash) {
    }

    private List<Stored> stored(UUID caseId, String item) {
        return jdbc.query("""
                SELECT item, seq, action, from_party, to_party, place, at, seals, recorded_by, prev_hash, hash
                  FROM enforcement.custody_entry WHERE case_id = ? AND item = ? ORDER BY seq""",
                (rs, n) -> new Stored(new CustodyEntry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8).isEmpty() ? List.of() : List.of(rs.getString(8).split(",")), rs.getString(9),
                        HexFormat.of().formatHex(rs.getBytes(11))), rs.getBytes(10), rs.getBytes(11)), caseId, item);
    }

    private List<CustodyEntry> chain(UUID caseId, String item) {
        return stored(caseId, item).stream().map(Stored::entry).toList();
    }

    private byte[] hash(UUID caseId, byte[] prev, CustodyEntry e) {
        CustodyEntry.Hashed fields = new CustodyEntry.Hashed(caseId.toString(), e.item(), e.seq(), e.action(), e.from(), e.to(),
                e.place(), e.at().truncatedTo(ChronoUnit.SECONDS).toString(), String.join(",", e.seals()), e.recordedBy());
        byte[] body = json.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[(prev == null ? 0 : prev.length) + body.length];
        if (prev != null) {
            System.arraycopy(prev, 0, input, 0, prev.length);
        }
        System.arraycopy(body, 0, input, prev == null ? 0 : prev.length, body.length);
        return EvidenceService.sha256(input);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
