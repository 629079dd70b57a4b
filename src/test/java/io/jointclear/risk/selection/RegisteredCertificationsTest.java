package io.jointclear.risk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Selection;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.SelectionRequest.LineFacts;
import io.jointclear.risk.TrustedTraders;
import io.jointclear.risk.rules.RuleSource;
import io.jointclear.risk.valuecontrol.ValueReferences;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Selection reads each party's certifications from the registry on the crossing's date, not from the
 * request, and applies the OEA-CTPAT mutual recognition to the counterpart on the same crossing.
 */
class RegisteredCertificationsTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-10T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    /** A registry: the Mexican exporter is OEA until 2026-03-10, the US importer CTPAT from 2026-03-11. */
    private static final TrustedTraders REGISTRY = (taxId, day) -> switch (taxId) {
        case "AGR010215KJ3" -> day.isAfter(LocalDate.of(2026, 3, 10)) ? Set.of() : Set.of("OEA");
        case "12-345678900" -> day.isBefore(LocalDate.of(2026, 3, 11)) ? Set.of() : Set.of("CTPAT");
        default -> Set.of();
    };

    private static SelectionRequest northbound(Instant arrival, Set<String> selfDeclared) {
        LineFacts line = new LineFacts("0702002032", "MX", new BigDecimal("21600"), List.of(), null);
        return new SelectionRequest(UUID.randomUUID(), List.of(
                new DeclarationFacts(Authority.MX, "A1", "AGR010215KJ3", List.of(line), selfDeclared),
                new DeclarationFacts(Authority.US, "01", "12-345678900", List.of(line), selfDeclared)),
                List.of(), false, arrival, Map.of());
    }

    private static Set<String> of(SelectionRequest r, Authority a) {
        return r.declarations().stream().filter(d -> d.authority() == a).findFirst().orElseThrow().certifications();
    }

    @Test
    void theRegistryOnTheArrivalDayReplacesWhatTheRequestClaims() {
        SelectionRequest onArrival = RegisteredCertifications.of(northbound(ARRIVAL, Set.of("CTPAT", "OEA")), REGISTRY, CLOCK);

        assertThat(of(onArrival, Authority.MX)).containsExactly("OEA");
        // the importer's CTPAT starts the next day: self-declared, it is not used; the exporter's OEA is, under the MRA
        assertThat(of(onArrival, Authority.US)).containsExactly("MRA:OEA");

        SelectionRequest nextDay = RegisteredCertifications.of(northbound(ARRIVAL.plusSeconds(86_400), Set.of()), REGISTRY, CLOCK);
        assertThat(of(nextDay, Authority.MX)).as("OEA expired; the US importer's CTPAT is recognised").containsExactly("MRA:CTPAT");
        assertThat(of(nextDay, Authority.US)).containsExactly("CTPAT");
    }

    @Test
    void withoutAnArrivalTheDayIsTodays() {
        SelectionRequest replay = RegisteredCertifications.of(northbound(null, Set.of()), REGISTRY, CLOCK);
        assertThat(of(replay, Authority.US)).containsExactly("CTPAT");
        assertThat(of(replay, Authority.MX)).containsExactly("MRA:CTPAT");
    }

    @Test
    void theEngineDiscountsEachRecognisedProgrammeOnItsSide() {
        RiskEngine engine = new RiskEngine(new SelectivityProperties(Map.of("MX", new BigDecimal("0.0"), "US", new BigDecimal("0.0")),
                new BigDecimal("250000")), LaneProperties.defaults(), RuleSource.of(List.of()), new ValueReferences(),
                new PartyHistory(), CLOCK);

        Selection s = engine.select(RegisteredCertifications.of(northbound(ARRIVAL, Set.of()), REGISTRY, CLOCK));

        Selection.Contribution us = s.lanes().get(Authority.US).contributions().stream()
                .filter(c -> c.feature().equals("trusted_trader")).findFirst().orElseThrow();
        assertThat(us.value()).isEqualTo("MRA:OEA");
        assertThat(us.contribution()).isEqualTo(-LaneProperties.defaults().trustedDiscount());
        assertThat(s.lanes().get(Authority.MX).contributions()).extracting(Selection.Contribution::value).contains("OEA");
    }
}
