package io.jointclear.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.WebDriver;

/**
 * The lifecycle of {@link HeadlessBrowser}: starts the class's browser, screenshots a failing test at
 * the moment it fails (before any clean-up changes the page), closes the browser after the class.
 */
final class HeadlessChromiumExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeadlessChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        HeadlessBrowser settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), HeadlessBrowser.class)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass() + " is not annotated @HeadlessBrowser"));
        context.getStore(NAMESPACE).put(key(context), HeadlessChromium.start(settings.lang(), settings.width(), settings.height()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        HeadlessChromium browser = context.getStore(NAMESPACE).remove(key(context), HeadlessChromium.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == HeadlessChromium.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        HeadlessChromium browser = browser(context);
        if (browser == null) {
            throw new ParameterResolutionException("no browser was started for " + context.getRequiredTestClass());
        }
        return parameter.getParameter().getType() == WebDriver.class ? browser.driver() : browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        HeadlessChromium browser = browser(context);
        if (browser != null) {
            try {
                browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException screenshotFailed) {
                failure.addSuppressed(screenshotFailed);   // a dead browser must not hide the test's own failure
            }
        }
        throw failure;
    }

    /** The class's browser; a method's store reads its class's store. */
    private static HeadlessChromium browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(key(context), HeadlessChromium.class);
    }

    private static Class<?> key(ExtensionContext context) {
        return context.getRequiredTestClass();
    }
}
