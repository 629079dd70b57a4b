package io.jointclear.enforcement.liability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the INPC months shipped with the product ({@code enforcement/inpc.csv}, see its SOURCE.md) at
 * start, leaving any month already stored as it is.
 */
@Component
class ShippedAccessoryData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ShippedAccessoryData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> lines;
        try (InputStream in = new ClassPathResource("enforcement/inpc.csv").getInputStream()) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read enforcement/inpc.csv", e);
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("INSERT INTO enforcement.inpc (month, value, source, imported_at) VALUES (?, ?, ?, ?) ON CONFLICT (month) DO NOTHING",
                lines.stream().map(l -> l.split(",", 3))
                        .map(r -> new Object[]{YearMonth.parse(r[0]).atDay(1), new java.math.BigDecimal(r[1]), r[2], now}).toList());
    }
}
