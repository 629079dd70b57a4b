package io.jointclear.tariff;

import io.jointclear.shared.Actor;
import io.jointclear.shared.FieldViolation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a person about reference data an assessment lacks, by who reads it: an administrator
 * is told the import that loads it, an official that an administrator must load it, a trader that the
 * customs office has not loaded it yet (nothing for them to do). Message keys
 * {@code reference.missing.<rate|fx>.<admin|official|trader>} with arguments fracción and date.
 */
public final class MissingReferenceData {

    private static final Pattern LINE_CODE = Pattern.compile("lines\\[(\\d+)]\\.tariffCode$");

    /** Who reads the message. */
    public enum Audience {
        ADMIN, OFFICIAL, TRADER;

        public static Audience of(Actor actor) {
            if (actor == null) {
                return TRADER;
            }
            if (actor.hasRole(Actor.Roles.ADMIN)) {
                return ADMIN;
            }
            return actor.hasRole(Actor.Roles.OFFICER_MX) || actor.hasRole(Actor.Roles.OFFICER_US)
                    || actor.hasRole(Actor.Roles.ANALYST) || actor.hasRole(Actor.Roles.AUDITOR) ? OFFICIAL : TRADER;
        }
    }

    /** A message key with its arguments: {@code {0}} the 8-digit fracción (empty for the exchange rate), {@code {1}} the date. */
    public record Notice(String key, String fraccion, String date) {

        public Object[] args() {
            return new Object[] {fraccion, date};
        }
    }

    private MissingReferenceData() {
    }

    /**
     * The notice for one violation of an assessment, or empty when it is not missing reference data
     * this class words (the violation's own message then stands).
     *
     * @param tariffCodeOfLine the tariff code of the declaration's line by 0-based index (null when unknown)
     * @param date             the date of the declaration
     */
    public static Optional<Notice> of(FieldViolation v, Audience audience, IntFunction<String> tariffCodeOfLine, LocalDate date) {
        String who = audience.name().toLowerCase(java.util.Locale.ROOT);
        String day = date == null ? "" : date.toString();
        if ("RATE_NOT_LOADED".equals(v.code())) {
            Matcher m = LINE_CODE.matcher(v.field());
            String code = m.find() ? tariffCodeOfLine.apply(Integer.parseInt(m.group(1))) : null;
            String fraccion = code == null ? "" : code.substring(0, Math.min(8, code.length()));
            return Optional.of(new Notice("reference.missing.rate." + who, fraccion, day));
        }
        if ("DATE_OUTSIDE_REFERENCE_DATA".equals(v.code()) && v.field().matches("(.*\\.)?date")
                && v.message().contains("FIX")) {
            return Optional.of(new Notice("reference.missing.fx." + who, "", day));
        }
        return Optional.empty();
    }
}
