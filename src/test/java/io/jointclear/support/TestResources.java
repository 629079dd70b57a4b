package io.jointclear.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Test documents on the class path (contract crossings, assessment requests …) as UTF-8 text. */
public final class TestResources {

    private TestResources() {
    }

    /** The text of the class-path resource at {@code path}; a missing one fails the test. */
    public static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
