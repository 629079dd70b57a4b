package io.jointclear.platform.web;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Text bodies (the CSV imports) get the check {@link JsonEdgeConfiguration} gives JSON strings: a NUL
 * character cannot be stored by PostgreSQL, so it is refused before an import reads a line.
 */
@ControllerAdvice
class TextBodyAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == String.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String text) {
            int at = text.indexOf('\u0000');
            if (at >= 0) {
                int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
                String message = "line " + line + " contains the NUL character";
                throw new ProblemException(400, "NUL_CHARACTER", "Malformed request body", message,
                        List.of(new FieldViolation("line[" + line + "]", "NUL_CHARACTER", message)));
            }
        }
        return body;
    }
}
