package io.jointclear.courier.filing;

import java.util.List;

/** A consignment not accepted, with every error found on it. */
public record Rejection(int index, String guide, List<Error> errors) {

    public record Error(String field, String code, String message) {
    }
}
