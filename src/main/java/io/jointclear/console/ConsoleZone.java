package io.jointclear.console;

import io.jointclear.reference.PortTimeZones;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The reader's place: the zone console times are shown in, and their language (the request's locale)
 * for dates, numbers and the texts the view models compose from the message bundles.
 *
 * @param messages the console's bundles; null only in unit tests that need no text
 * @param ports    the port pairs' local clocks; null only in unit tests
 */
public record ConsoleZone(ZoneId zone, MessageSource messages, PortTimeZones ports) {

    /** Mexico writes dates day first (dd/MM/yyyy); English pages keep the unambiguous ISO order. */
    private static final DateTimeFormatter DATE_TIME_ES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** CST, CDT, MST, PST … as both countries' border crossings post them (the JDK's Spanish names miss some daylight times). */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    public ConsoleZone(ZoneId zone) {
        this(zone, null, null);
    }

    /** The same reader at a border port: times in the port pair's local zone (the console's zone for an unlisted port). */
    public ConsoleZone at(String mxCustomsOffice) {
        ZoneId local = ports == null ? zone : ports.of(mxCustomsOffice).orElse(zone);
        return local.equals(zone) ? this : new ConsoleZone(local, messages, ports);
    }

    public String format(Instant instant) {
        return format(instant, zone);
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }

    /** A time as the reader writes it, in the given zone, with the zone's short name (e.g. {@code 03/12/2026 07:26 CST}). */
    public String format(Instant instant, ZoneId in) {
        if (instant == null) {
            return "";
        }
        boolean spanish = "es".equals(locale().getLanguage());
        return (spanish ? DATE_TIME_ES : DATE_TIME_EN).format(instant.atZone(in)) + " "
                + ZONE_NAME.format(instant.atZone(in));
    }

    /** The bundle's text for a code in the reader's language; arguments that are {@link Text}s are rendered first. */
    public String text(String code, Object... args) {
        if (messages == null) {
            return code;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Text t ? text(t.code(), t.args()) : args[i];
        }
        return messages.getMessage(code, rendered, code, locale());
    }

    /** The bundle's text for {@code code}, or for {@code fallback} when the bundle lacks it (a code the console has no words for yet). */
    public String textOr(String code, String fallback, Object... args) {
        if (messages == null) {
            return code;
        }
        String found = messages.getMessage(code, args, null, locale());
        return found != null ? found : text(fallback, args);
    }

    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** A text still to be rendered, used as an argument of another. */
    public record Text(String code, Object... args) {
    }
}
