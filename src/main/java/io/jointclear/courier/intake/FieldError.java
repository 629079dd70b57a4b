package io.jointclear.courier.intake;

import java.util.List;

/**
 * One rule a consignment or the manifest breaks: the field (as named in the JSON body, e.g.
 * {@code consignee.rfc}), the code (a constant of {@link Codes}) and the values its message names.
 */
public record FieldError(String field, String code, List<Object> arguments) {

    public FieldError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldError of(String field, String code, Object... arguments) {
        return new FieldError(field, code, List.of(arguments));
    }
}
