package io.jointclear.platform.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Values the platform refuses while reading JSON, whatever the endpoint: PostgreSQL cannot store a
 * NUL character in text; a string longer than any form field is abuse; a number such as
 * {@code 1e3000000} is nine characters but three million digits once an amount is rounded to cents,
 * and {@code 1e999999999} overflows {@link BigDecimal} arithmetic; dates outside 1900–2199 are typing
 * errors and some overflow the database's timestamps. Each is refused with the path of its field.
 * Business bounds (e.g. the largest amount a declaration may carry) are the validating module's.
 */
@Configuration(proxyBeanMethods = false)
class JsonEdgeConfiguration {

    /** Digits before and after the decimal point any number may have; money and rates need far fewer. */
    static final int MAX_INTEGER_DIGITS = 30;
    static final int MAX_FRACTION_DIGITS = 30;
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2199;

    @Bean
    JsonMapperBuilderCustomizer jsonEdgeLimits(WebEdgeProperties properties) {
        SimpleModule module = new SimpleModule("jointclear-edge");
        module.setDeserializerModifier(new Limits(properties.maxStringChars()));
        return builder -> builder.addModule(module);
    }

    /** Wraps the deserializers of strings, decimals, floating point numbers and dates with their check. */
    private static final class Limits extends ValueDeserializerModifier {

        private final int maxStringChars;

        Limits(int maxStringChars) {
            this.maxStringChars = maxStringChars;
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || type == BigDecimal.class || type == Double.class || type == double.class
                    || type == Float.class || type == float.class || TemporalAccessor.class.isAssignableFrom(type)) {
                return new Checked(deserializer, maxStringChars);
            }
            return deserializer;
        }
    }

    /** A deserializer that checks the value its delegate read. */
    private static final class Checked extends DelegatingDeserializer {

        private final int maxStringChars;

        Checked(ValueDeserializer<?> delegate, int maxStringChars) {
            super(delegate);
            this.maxStringChars = maxStringChars;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, maxStringChars);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Object value;
            try {
                value = super.deserialize(p, ctxt);
            } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
                throw refuse(p, 400, "INVALID_VALUE", "not a valid " + handledType().getSimpleName() + ": " + e.getMessage());
            }
            check(p, value);
            return value;
        }

        private void check(JsonParser p, Object value) {
            switch (value) {
                case String s -> checkString(p, s);
                case BigDecimal d -> checkDecimal(p, d);
                case Double d -> checkDouble(p, d);
                case Float f -> checkDouble(p, f.doubleValue());
                case TemporalAccessor t -> checkYear(p, t);
                case null, default -> {
                }
            }
        }

        private void checkString(JsonParser p, String s) {
            if (s.indexOf('\u0000') >= 0) {
                throw refuse(p, 400, "NUL_CHARACTER", "a text may not contain the NUL character (\\u0000)");
            }
            if (s.length() > maxStringChars) {
                throw refuse(p, 422, "TOO_LONG", "at most " + maxStringChars + " characters, got " + s.length());
            }
        }

        private void checkDecimal(JsonParser p, BigDecimal d) {
            // precision - scale = digits before the point; never expands the number to count them
            long integerDigits = (long) d.precision() - d.scale();
            if (integerDigits > MAX_INTEGER_DIGITS || d.scale() > MAX_FRACTION_DIGITS) {
                throw refuse(p, 400, "NUMBER_OUT_OF_RANGE", "a number here has at most " + MAX_INTEGER_DIGITS
                        + " digits before and " + MAX_FRACTION_DIGITS + " after the decimal point");
            }
        }

        private void checkDouble(JsonParser p, double d) {
            if (!Double.isFinite(d) || Math.abs(d) >= 1e20) {
                throw refuse(p, 400, "NUMBER_OUT_OF_RANGE", "a number here is finite and below 1e20");
            }
        }

        private void checkYear(JsonParser p, TemporalAccessor t) {
            int year = switch (t) {
                case Instant i -> i.atOffset(ZoneOffset.UTC).getYear();
                case LocalDate d -> d.getYear();
                case LocalDateTime d -> d.getYear();
                case OffsetDateTime d -> d.getYear();
                case ZonedDateTime d -> d.getYear();
                default -> t.isSupported(ChronoField.YEAR) ? t.get(ChronoField.YEAR) : EARLIEST_YEAR;
            };
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                throw refuse(p, 422, "DATE_OUT_OF_RANGE",
                        "a date between " + EARLIEST_YEAR + " and " + LATEST_YEAR + ", got the year " + year);
            }
        }

        private InputLimitException refuse(JsonParser p, int status, String code, String message) {
            return new InputLimitException(p, status, code, message, handledType());
        }
    }
}
