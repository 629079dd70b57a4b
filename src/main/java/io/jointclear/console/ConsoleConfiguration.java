package io.jointclear.console;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Spanish and English: {@code ?lang=es|en} switches and a cookie remembers; otherwise the browser's language. */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("JC_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return requested != null && "es".equals(requested.getLanguage()) ? LANGUAGES.getFirst() : Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLanguageInterceptor()).addPathPatterns("/console/**");
    }

    /** Where console times are shown (the border's central time; configurable). */
    @Bean
    ConsoleZone consoleZone(@Value("${jointclear.console.zone:America/Mexico_City}") String zone,
                            org.springframework.context.MessageSource messages,
                            io.jointclear.reference.PortTimeZones ports) {
        return new ConsoleZone(ZoneId.of(zone), messages, ports);
    }
}
