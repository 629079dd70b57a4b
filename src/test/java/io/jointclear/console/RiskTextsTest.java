package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.risk.Selection;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A score contribution's value is worded from the key and arguments the risk engine gave it — no
 * pattern over English text — and one stored before keys existed is shown as stored.
 */
class RiskTextsTest {

    private final ConsoleZone zone = new ConsoleZone(ZoneId.of("America/Mexico_City"), messages(), null);

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aContributionIsWordedFromItsKeyInTheReadersLanguage() {
        Selection.Contribution history = new Selection.Contribution("party_history", "3 hits in 12 inspections", 0.4,
                "risk.value.history", List.of("3", "12"));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es-MX"));
        assertThat(RiskTexts.value(history, zone)).contains("3", "12").doesNotContain("hits", "inspections");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(RiskTexts.value(history, zone)).isEqualTo("3 hits in 12 inspections");

        Selection.Contribution card = new Selection.Contribution("fast_driver", "FAST card", -0.2, "risk.value.fastCard", List.of());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es-MX"));
        assertThat(RiskTexts.value(card, zone)).isNotEqualTo("FAST card").containsIgnoringCase("FAST");
    }

    @Test
    void aValueWithoutKeyIsShownAsStored() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es-MX"));
        assertThat(RiskTexts.value(new Selection.Contribution("trusted_trader", "CTPAT+OEA", -0.3), zone)).isEqualTo("CTPAT+OEA");
        assertThat(RiskTexts.value(new Selection.Contribution("model:lines", "3.00", 0.1), zone)).isEqualTo("3.00");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding(StandardCharsets.UTF_8.name());
        m.setFallbackToSystemLocale(false);
        return m;
    }
}
