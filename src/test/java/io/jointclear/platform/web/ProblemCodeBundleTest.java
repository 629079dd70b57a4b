package io.jointclear.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.shared.ProblemCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem and field-error code the platform emits has its words in Spanish and in English: the
 * registry ({@link ProblemCodes}) is complete against the sources, and each of its codes has a bundle
 * entry in both languages, so Accept-Language: es never falls back to English.
 */
class ProblemCodeBundleTest {

    /** Where codes are written in the sources: a status then a code, a field violation's code, a validation rule's code. */
    private static final List<Pattern> CODE_SITES = List.of(
            Pattern.compile("[(,]\\s*[1-5]\\d\\d\\s*,\\s*\"([A-Z][A-Z0-9_]+)\""),
            Pattern.compile("new FieldViolation\\([^;]*?,\\s*\"([A-Z][A-Z0-9_]+)\"\\s*,", Pattern.DOTALL),
            Pattern.compile("\\bv\\.add\\(\\s*[^;]*?,\\s*\"([A-Z][A-Z0-9_]+)\"\\s*,", Pattern.DOTALL),
            Pattern.compile("badRequest\\(\\s*\"([A-Z][A-Z0-9_]+)\""));

    /** Codes worded by who reads them (an administrator, an official, a trader) rather than by code alone. */
    private static final Map<String, String> WORDED_BY_AUDIENCE = Map.of(
            "RATE_NOT_LOADED", "reference.missing.rate.trader");

    @Test
    void everyCodeWrittenInTheSourcesIsRegistered() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern site : CODE_SITES) {
                    Matcher m = site.matcher(source);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        assertThat(found).as("codes found in the sources").hasSizeGreaterThan(100);
        Set<String> unregistered = new TreeSet<>(found);
        unregistered.removeAll(ProblemCodes.ALL);
        assertThat(unregistered).as("codes emitted but missing from ProblemCodes.ALL").isEmpty();
    }

    @Test
    void everyRegisteredCodeHasItsWordsInSpanishAndEnglish() {
        Properties es = load("messages_es.properties");
        Properties en = load("messages_en.properties");
        Set<String> missingEs = new TreeSet<>();
        Set<String> missingEn = new TreeSet<>();
        for (String code : ProblemCodes.ALL) {
            if (!worded(es, code)) {
                missingEs.add(code);
            }
            if (!worded(en, code)) {
                missingEn.add(code);
            }
        }
        assertThat(missingEs).as("codes without a Spanish text (problem., violation. or pending.)").isEmpty();
        assertThat(missingEn).as("codes without an English text").isEmpty();
    }

    @Test
    void theDocumentedLineCapIsTheOneTheBundlesName() {
        String cap = Integer.toString(io.jointclear.declaration.DeclarationDocument.MAX_LINES);
        assertThat(load("messages_es.properties").getProperty("violation.TOO_MANY_LINES")).contains(cap);
        assertThat(load("messages_en.properties").getProperty("violation.TOO_MANY_LINES")).contains(cap);
    }

    private static boolean worded(Properties bundle, String code) {
        return Stream.of("problem.", "violation.", "pending.").anyMatch(p -> bundle.containsKey(p + code))
                || WORDED_BY_AUDIENCE.containsKey(code) && bundle.containsKey(WORDED_BY_AUDIENCE.get(code));
    }

    private static Properties load(String name) {
        try (InputStream in = ProblemCodeBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
