package io.jointclear.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded server the tests run on is as durable as production's: a 201 survives a crash. */
@IntegrationTest
class EmbeddedDurabilityIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commitsAreFlushedToDiskBeforeTheyAreAcknowledged() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    private String show(String setting) {
        return jdbc.queryForObject("SHOW " + setting, String.class);
    }
}
