package io.jointclear.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The {@code ?lang=} switch, limited to the console's languages (es, en) so the cookie never holds another. */
final class SupportedLanguageInterceptor extends LocaleChangeInterceptor {

    SupportedLanguageInterceptor() {
        setParamName("lang");
        setIgnoreInvalidLocale(true);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter(getParamName());
        if (lang != null && ConsoleConfiguration.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
            return true;
        }
        return super.preHandle(request, response, handler);
    }
}
