package io.jointclear.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem an API handler or exception handler answers (the platform's, the framework's 405/415 …,
 * the database's 503) goes out in the caller's language: one place, so no code falls back to English
 * because its handler forgot. Filters, which run before Spring MVC, word theirs through
 * {@link ProblemResponses#write(jakarta.servlet.http.HttpServletRequest, jakarta.servlet.http.HttpServletResponse, ProblemDetail)}.
 */
@RestControllerAdvice
class ProblemLanguageAdvice implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    ProblemLanguageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        return body instanceof ProblemDetail problem
                ? ProblemTexts.of(messages, LocaleContextHolder.getLocale()).localise(problem) : body;
    }
}
