package io.kubereach.query;

/** A question that cannot be answered as asked: an unknown pod, a port the Service lacks, … */
public final class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }
}
