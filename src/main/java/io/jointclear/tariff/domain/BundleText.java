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

    /** English patterns by key (empty when the key has none), read from the bundle once. */
    private static final java.util.Map<String, java.util.Optional<String>> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Parsed English patterns per thread (a MessageFormat is not thread-safe): the batch words millions of warnings. */
    private static final ThreadLocal<java.util.Map<String, MessageFormat>> ENGLISH =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static java.util.Optional<MessageFormat> englishFormat(String key) {
        java.util.Map<String, MessageFormat> formats = ENGLISH.get();
        MessageFormat format = formats.get(key);
        if (format == null) {
            java.util.Optional<String> pattern = PATTERNS.computeIfAbsent(key, k -> {
                try {
                    return java.util.Optional.of(ResourceBundle.getBundle("messages", Locale.ENGLISH, NO_FALLBACK).getString(k));
                } catch (MissingResourceException e) {
                    return java.util.Optional.empty();
                }
            });
            if (pattern.isEmpty()) {
                return java.util.Optional.empty();
            }
            format = new MessageFormat(pattern.get(), Locale.ENGLISH);
            formats.put(key, format);
        }
        return java.util.Optional.of(format);
    }

    static String english(String key, Object... args) {
        return englishFormat(key).orElseThrow(() -> new IllegalStateException("message key " + key + " missing from the bundles"))
                .format(args);
    }

    /**
     * The arguments an English text of {@code key} was formatted with, read back by the same pattern;
     * empty when the key has no text or the message is not that text.
     */
    static java.util.List<String> argumentsOf(String key, String message) {
        java.util.Optional<MessageFormat> format = englishFormat(key);
        if (format.isEmpty()) {
            return java.util.List.of();
        }
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        Object[] args = format.get().parse(message, at);
        if (args == null || at.getIndex() != message.length()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
