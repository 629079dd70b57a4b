package io.jointclear.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule that makes a new module event one annotation away from Kafka, and keeps it honest: its topic
 * is {@code jointclear.<its module>.<its name in kebab case>.v<n>}, docs/events.md lists it and
 * docs/events/<topic>.schema.json documents exactly its fields.
 */
class ExternalizedEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyExternalizedEventFollowsTheTopicRuleAndIsDocumented() {
        List<ExternalizedEvents.Topic> topics = ExternalizedEvents.all();
        assertThat(topics).extracting(ExternalizedEvents.Topic::topic).contains(
                "jointclear.clearance.crossing-filed.v1", "jointclear.clearance.lanes-selected.v1",
                "jointclear.clearance.decision-recorded.v1", "jointclear.clearance.crossing-released.v1",
                "jointclear.inspection.inspection-scheduled.v1");
        String overview = KafkaEventsIT.docs("events.md");
        for (ExternalizedEvents.Topic t : topics) {
            String module = t.type().getName().replaceFirst("^io\\.jointclear\\.([a-z]+)\\..*", "$1");
            assertThat(t.module()).as(t.type().getName()).isEqualTo(module);
            assertThat(t.event()).as(t.type().getName()).isEqualTo(ExternalizedEvents.kebab(t.type().getSimpleName()));
            assertThat(overview).as("docs/events.md lists %s", t.topic()).contains("`" + t.topic() + "`");
            JsonNode schema = JSON.readTree(KafkaEventsIT.docs("events/" + t.topic() + ".schema.json"));
            Set<String> fields = Arrays.stream(t.type().getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(schema.get("properties").propertyNames())).as(t.topic()).isEqualTo(fields);
            schema.get("required").forEach(r -> assertThat(fields).as(t.topic() + " requires a field it has").contains(r.asString()));
        }
    }

    @Test
    void aTopicThatBreaksTheRuleIsRefusedAtOnce() {
        assertThat(ExternalizedEvents.TARGET.matcher("jointclear.clearance.crossing-filed.v1::#{crossingId()}").matches()).isTrue();
        assertThat(ExternalizedEvents.TARGET.matcher("jointclear.clearance.CrossingFiled.v1::#{crossingId()}").matches()).isFalse();
        assertThat(ExternalizedEvents.TARGET.matcher("jointclear.clearance.crossing-filed::#{crossingId()}").matches()).isFalse();
        assertThat(ExternalizedEvents.TARGET.matcher("jointclear.clearance.crossing-filed.v1").matches()).isFalse();
        assertThat(ExternalizedEvents.kebab("InspectionScheduled")).isEqualTo("inspection-scheduled");
    }
}
