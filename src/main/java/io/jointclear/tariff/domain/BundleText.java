package io.jointclear.tariff.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for people in assessment warnings, from the application's message bundles
 * ({@code messages*.properties}); the engine answers in English, the bundles also carry Spanish.
 */
final class BundleText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleText() {
    }

    static String of(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("messages", locale, NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key " + key + " missing from the bundles", e);
        }
    }

    static String english(String key, Object... args) {
        return of(Locale.ENGLISH, key, args);
    }

    /**
     * The arguments an English text of {@code key} was formatted with, read back by the same pattern;
     * empty when the key has no text or the message is not that text.
     */
    static java.util.List<String> argumentsOf(String key, String message) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("messages", Locale.ENGLISH, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return java.util.List.of();
        }
        MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        Object[] args = format.parse(message, at);
        if (args == null || at.getIndex() != message.length()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
