package io.jointclear.platform.web;

/** A request body beyond {@link WebEdgeProperties#maxRequestBytes()}: answered 413. */
class RequestTooLargeException extends RuntimeException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
