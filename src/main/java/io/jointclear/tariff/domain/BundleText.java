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
}
