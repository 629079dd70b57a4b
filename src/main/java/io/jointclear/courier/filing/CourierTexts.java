package io.jointclear.courier.filing;

import io.jointclear.courier.intake.FieldError;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Messages for people about manifest errors, from the es/en bundles ({@code courier.error.<CODE>}). */
@Component
class CourierTexts {

    private final MessageSource messages;

    CourierTexts(MessageSource messages) {
        this.messages = messages;
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String message(FieldError error, Locale locale) {
        return messages.getMessage("courier.error." + error.code(), error.arguments().toArray(), error.code(), locale);
    }
}
