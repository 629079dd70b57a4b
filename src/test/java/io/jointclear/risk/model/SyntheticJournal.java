package io.jointclear.risk.model;

import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A journal of selections with a hidden pattern: laptops (heading 8471) from CN are hits 70 % of the
 * time, everything else 5 %. About 60 % of declarations are inspected (labelled).
 */
public final class SyntheticJournal {

    public static final String PATTERN_HS = "8471300100";
    public static final String PATTERN_ORIGIN = "CN";
    private static final String[] HS = {PATTERN_HS, "6109100000", "0702000000", "8708299900", "3926909900", "9403600000",
            "8517620000", "7308900000"};
    private static final String[] ORIGINS = {PATTERN_ORIGIN, "MX", "US", "VN", "DE"};

    private SyntheticJournal() {
    }

    public static List<PlatformCase> of(int n, long seed) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<PlatformCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean pattern = random.nextDouble() < 0.15;
            String hs = pattern ? PATTERN_HS : HS[1 + random.nextInt(HS.length - 1)];
            String origin = pattern ? PATTERN_ORIGIN : ORIGINS[random.nextInt(ORIGINS.length)];
            if (!pattern && hs.equals(PATTERN_HS) && origin.equals(PATTERN_ORIGIN)) {
                origin = "MX";
            }
            Authority authority = random.nextBoolean() ? Authority.MX : Authority.US;
            boolean hitIfInspected = random.nextDouble() < (hs.startsWith("8471") && origin.equals(PATTERN_ORIGIN) ? 0.7 : 0.05);
            Boolean hit = random.nextDouble() < 0.6 ? hitIfInspected : null;
            cases.add(new PlatformCase(new UUID(seed, i), authority, declaration(authority, "P" + random.nextInt(60), hs, origin,
                    1000 + random.nextInt(50_000)), List.of(), false, start.plus(Duration.ofMinutes(30L * i)), hit));
        }
        return cases;
    }

    public static DeclarationFacts declaration(Authority authority, String party, String hs, String origin, int valueUsd) {
        LineFacts line = new LineFacts(hs, origin, BigDecimal.valueOf(valueUsd), List.of(), null,
                BigDecimal.valueOf(Math.max(1, valueUsd / 20)), "C62");
        return new DeclarationFacts(authority, authority == Authority.MX ? "A1" : "01", party, List.of(line), Set.of());
    }

    /** The same cases with the label of row {@code i} flipped. */
    public static List<PlatformCase> flipped(List<PlatformCase> cases, int i) {
        List<PlatformCase> out = new ArrayList<>(cases);
        PlatformCase c = cases.get(i);
        out.set(i, new PlatformCase(c.crossingId(), c.authority(), c.declaration(), c.crossCheckKinds(), c.fastDriver(), c.at(), !c.hit()));
        return out;
    }
}
