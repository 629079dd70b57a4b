package io.jointclear.console;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where the console writes crossing titles, declaration numbers and amounts for people:
 * lists, case pages and CSV downloads all go through it. Templates reach it as {@code @formats}.
 */
@Component("formats")
public class ConsoleFormats {

    private final CodeLists codeLists;
    private final MessageSource messages;

    ConsoleFormats(CodeLists codeLists, MessageSource messages) {
        this.codeLists = codeLists;
        this.messages = messages;
    }

    /** {@code Northbound · Nuevo Laredo (240) → Laredo (2304)}, in the request's language. */
    public String title(String direction, String mxCustomsOffice, String usPort) {
        return title(direction, mxCustomsOffice, usPort, LocaleContextHolder.getLocale());
    }

    public String title(String direction, String mxCustomsOffice, String usPort, Locale locale) {
        String way = messages.getMessage("crossing.direction." + direction, null, direction == null ? "" : direction, locale);
        return way + " · " + route(direction, mxCustomsOffice, usPort);
    }

    /** The ports in the truck's direction of travel: {@code Nuevo Laredo (240) → Laredo (2304)}. */
    public String route(String direction, String mxCustomsOffice, String usPort) {
        CodeLists.PortPair pair = mxCustomsOffice == null || usPort == null ? null
                : codeLists.portPair(mxCustomsOffice, usPort).orElse(null);
        String mx = port(pair == null ? null : pair.mxName(), mxCustomsOffice);
        String us = port(pair == null ? null : pair.usName(), usPort);
        return "SOUTHBOUND".equals(direction) ? us + " → " + mx : mx + " → " + us;
    }

    /** A declaration number as people write it (see {@link DeclarationNumbers#display}). */
    public static String number(String authority, String number) {
        Authority a = "MX".equals(authority) ? Authority.MX : "US".equals(authority) ? Authority.US : null;
        return DeclarationNumbers.display(a, number);
    }

    /** An amount with thousands separators and two decimals, half up: {@code 1,234,567.80}. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * A time for people, with the zone it is written in: {@code 2026-03-10 08:15 CST}. Lists pass the
     * console's zone (the port's own zone once ports carry one).
     */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : ZONED.format(instant.atZone(zone));
    }

    /** The zone's short name as {@link #time} writes it, e.g. {@code CST}. */
    public static String zoneName(ZoneId zone) {
        return DateTimeFormatter.ofPattern("zzz", Locale.US).format(java.time.ZonedDateTime.now(zone));
    }

    /** US English zone names: CST, PST, MST, as on both sides of the border (the root locale writes GMT-06:00). */
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US);

    /** A port's city without its state ({@code Nuevo Laredo, Tamps.} → {@code Nuevo Laredo}) and its code. */
    private static String port(String name, String code) {
        if (name == null || name.isBlank()) {
            return code == null ? "" : code;
        }
        int comma = name.indexOf(',');
        return (comma > 0 ? name.substring(0, comma) : name).strip() + " (" + code + ")";
    }
}
