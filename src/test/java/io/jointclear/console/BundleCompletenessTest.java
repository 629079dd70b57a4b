package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Spanish and English bundles say the same things: the same keys, the same placeholders, and a text
 * identical in both languages only when it is a proper name, a code or a legal term used as such in
 * both (the allow-list below, each with its reason).
 */
class BundleCompletenessTest {

    /** Key → why the same text is right in both languages. */
    static final Map<String, String> SAME_IN_BOTH = Map.ofEntries(
            Map.entry("app.name", "product name"),
            Map.entry("taxcode.other", "a tax the bundles do not name is shown by its legal code (IGI, DTA, MPF)"),
            Map.entry("role.AUDITOR", "the same word in both languages"),
            Map.entry("field.total", "the same word in both languages"),
            Map.entry("form.clave", "Mexican legal term (docs/glossary.md), kept in English pages"),
            Map.entry("form.incoterm", "ICC trade term"),
            Map.entry("form.mxName.help", "razón social, Mexican legal term for a company's registered name"),
            Map.entry("dashboard.csv", "file format"),
            Map.entry("timeline.detail.decision", "placeholders and punctuation only"),
            Map.entry("timeline.detail.finding", "placeholders and punctuation only"),
            Map.entry("trader.where.MX", "aduana, Mexican legal term (docs/glossary.md), with its number"),
            Map.entry("risk.rule.asWritten", "an analyst's rule text, shown as written"),
            Map.entry("csv.pedimento", "pedimento, Mexican legal term (docs/glossary.md), a CSV column heading"),
            Map.entry("demo.badge", "the DEMO marker is the same word in both languages by design"),
            // issue 13, the registry of operators: legal terms and programme codes (docs/glossary.md)
            Map.entry("operatorConsole.kind.CAAT", "code of the Mexican carrier registration, a legal acronym"),
            Map.entry("operatorConsole.kind.SCAC", "the carrier code's own name (NMFTA)"),
            Map.entry("operatorConsole.kind.PATENTE", "patente, Mexican legal term (docs/glossary.md)"),
            Map.entry("operatorConsole.kind.PADRON_IMPORTADORES", "Mexican register's legal name (docs/glossary.md)"),
            Map.entry("operatorConsole.kind.PADRON_SECTORIAL", "Mexican register's legal name (docs/glossary.md)"),
            Map.entry("operatorConsole.kind.RECINTO_FISCALIZADO", "recinto fiscalizado, Mexican legal term (docs/glossary.md)"),
            Map.entry("operatorConsole.program.CTPAT", "the US programme's own name"),
            Map.entry("operatorConsole.program.FAST", "the US programme's own name"),
            Map.entry("operatorConsole.no", "the same word in both languages"),
            Map.entry("operatorConsole.sector", "the same word in both languages, with its number"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyKeyIsInBothLanguages() {
        Properties es = Bundles.load("messages_es.properties");
        Properties en = Bundles.load("messages_en.properties");
        assertThat(only(en, es)).as("keys in messages_en.properties but not in messages_es.properties").isEmpty();
        assertThat(only(es, en)).as("keys in messages_es.properties but not in messages_en.properties").isEmpty();
    }

    @Test
    void noTextIsLeftUntranslatedUnlessAllowListed() {
        Properties es = Bundles.load("messages_es.properties");
        Properties en = Bundles.load("messages_en.properties");
        Set<String> same = new TreeSet<>();
        es.stringPropertyNames().forEach(k -> {
            if (es.getProperty(k).equals(en.getProperty(k)) && !SAME_IN_BOTH.containsKey(k)) {
                same.add(k + "=" + es.getProperty(k));
            }
        });
        assertThat(same).as("identical in Spanish and English: translate, or allow-list with a reason").isEmpty();
        SAME_IN_BOTH.keySet().forEach(k -> assertThat(es.getProperty(k)).as("stale allow-list entry " + k)
                .isEqualTo(en.getProperty(k)));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndParse() {
        Properties es = Bundles.load("messages_es.properties");
        Properties en = Bundles.load("messages_en.properties");
        for (String k : es.stringPropertyNames()) {
            if (!en.containsKey(k)) {
                continue;
            }
            assertThat(placeholders(es.getProperty(k))).as("placeholders of " + k).isEqualTo(placeholders(en.getProperty(k)));
            if (!placeholders(es.getProperty(k)).isEmpty()) {
                // texts with parameters go through MessageFormat: a stray apostrophe would swallow them
                assertThat(new MessageFormat(es.getProperty(k)).format(new Object[] {"A", "B", "C", "D", "E", "F", "G"}))
                        .as("Spanish " + k).doesNotContain("{");
                assertThat(new MessageFormat(en.getProperty(k)).format(new Object[] {"A", "B", "C", "D", "E", "F", "G"}))
                        .as("English " + k).doesNotContain("{");
            }
        }
    }

    /** Texts the platform composes with arguments go through MessageFormat, where a lone apostrophe hides the rest. */
    @Test
    void composedTextsHaveNoLoneApostrophe() {
        for (String name : java.util.List.of("messages_es.properties", "messages_en.properties", "messages.properties")) {
            Properties p = Bundles.load(name);
            for (String k : p.stringPropertyNames()) {
                if (k.matches("(problem|pending|violation|risk|crosscheck|timeline\\.detail|trader\\.where|inspection\\.site)\\..*")) {
                    assertThat(p.getProperty(k).replace("''", "")).as(name + " " + k).doesNotContain("'");
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        var m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> only(Properties in, Properties notIn) {
        Set<String> out = new TreeSet<>(in.stringPropertyNames());
        out.removeAll(notIn.stringPropertyNames());
        return out;
    }
}
