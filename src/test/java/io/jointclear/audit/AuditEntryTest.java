package io.jointclear.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void detailsAreKeptAsSortedText() {
        Actor officer = new Actor("officer-us", Set.of("OFFICER_US"), Authority.US, null);
        AuditEntry entry = AuditEntry.of(officer, "DECISION_RECORDED", "CROSSING", "c-1", Authority.US,
                Map.of("decision", "RELEASE", "duty", new BigDecimal("12.50")));
        assertThat(entry.actor()).isEqualTo("officer-us");
        assertThat(entry.details()).containsExactly(Map.entry("decision", "RELEASE"), Map.entry("duty", "12.50"));
    }

    @Test
    void actionsAndSubjectTypesAreUpperSnakeCase() {
        assertThatThrownBy(() -> AuditEntry.of("x", "crossing filed", "CROSSING", "c-1", null, Map.of()))
                .hasMessageContaining("action");
        assertThatThrownBy(() -> AuditEntry.of("x", "CROSSING_FILED", "crossing", "c-1", null, Map.of()))
                .hasMessageContaining("subjectType");
        assertThatThrownBy(() -> AuditEntry.of(" ", "CROSSING_FILED", "CROSSING", "c-1", null, Map.of()))
                .hasMessageContaining("actor");
    }

    @Test
    void detailsStaySmall() {
        assertThatThrownBy(() -> AuditEntry.of("x", "DOCUMENT_ATTACHED", "CROSSING", "c-1", null, Map.of("pdf", "x".repeat(5_000))))
                .hasMessageContaining("small");
    }
}
