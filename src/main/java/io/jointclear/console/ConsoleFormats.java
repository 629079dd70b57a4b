package io.jointclear.console;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Authority;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where the console writes crossing titles and declaration numbers for people (amounts:
 * {@link Formats}; times in the port's zone: {@link ConsoleZone}): lists, case pages and CSV downloads all go through it. Templates reach it as {@code @formats}.
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

    /** A port's city without its state ({@code Nuevo Laredo, Tamps.} → {@code Nuevo Laredo}) and its code. */
    private static String port(String name, String code) {
        if (name == null || name.isBlank()) {
            return code == null ? "" : code;
        }
        int comma = name.indexOf(',');
        return (comma > 0 ? name.substring(0, comma) : name).strip() + " (" + code + ")";
    }
}
