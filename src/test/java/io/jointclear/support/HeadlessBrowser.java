package io.jointclear.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test class: one {@link HeadlessChromium} for the whole class, started before its first
 * test (the class is skipped when Chromium is not installed), a screenshot
 * target/screenshots/failed-{Class}-{test}.png when a test fails, and closed after the last test. The
 * browser is handed to any {@code HeadlessChromium} or {@code WebDriver} parameter of a lifecycle or
 * test method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(HeadlessChromiumExtension.class)
public @interface HeadlessBrowser {

    /** The browser's language, e.g. "en-US" or "es-MX". */
    String lang() default "en-US";

    int width() default 1400;

    int height() default 1100;
}
