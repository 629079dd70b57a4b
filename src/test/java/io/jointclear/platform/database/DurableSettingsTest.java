package io.jointclear.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DurableSettingsTest {

    @Test
    void durableSettingsAreAddedToTheUsersOwn() {
        Map<String, String> settings = DurableSettings.applyTo(Map.of("work_mem", "64MB"));

        assertThat(settings).containsEntry("work_mem", "64MB")
                .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
    }

    @Test
    void aDurableSynchronousCommitLevelOfTheUserIsKept() {
        assertThat(DurableSettings.applyTo(Map.of("synchronous_commit", "local")))
                .containsEntry("synchronous_commit", "local").containsEntry("fsync", "on");
    }

    @ParameterizedTest
    @CsvSource({"fsync,off", "FSYNC,false", "synchronous_commit,off", "synchronous_commit,0",
            "full_page_writes,no", "fsync, Off "})
    void turningDurabilityOffIsRefused(String name, String value) {
        assertThatThrownBy(() -> DurableSettings.applyTo(Map.of(name, value)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jointclear.embedded-db-settings." + name)
                .hasMessageContaining("refused");
    }
}
