package io.jointclear.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the edge refuses while binding it (a NUL character, a string too long, a number or a
 * date out of range). A {@link MismatchedInputException} so that Jackson records the path of the
 * field; the problem handler answers with this status and code, naming that field.
 */
public class InputLimitException extends MismatchedInputException {

    private final int status;
    private final String code;

    InputLimitException(JsonParser parser, int status, String code, String message, Class<?> type) {
        super(parser, message, type);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
