package io.jointclear.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats times for people, in the console's zone. */
public record ConsoleZone(ZoneId zone) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }
}
