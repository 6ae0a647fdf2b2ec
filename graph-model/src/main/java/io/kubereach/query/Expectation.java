package io.kubereach.query;

/**
 * One expected answer of a reachability test file: {@code FROM TO PORT} should be
 * {@code allowed}, {@code denied}, {@code partial} or {@code unknown}.
 *
 * @param name what it checks, in the file's words; the question itself when the file names none
 * @param from the source, as can-reach takes it
 * @param to the destination, as can-reach takes it
 * @param port the port, as can-reach takes it
 * @param expect the answer expected
 * @param where the file and entry, for messages ({@code tests.yaml expectation 3})
 */
public record Expectation(String name, String from, String to, PortQuery port, Outcome expect, String where) {

    /** {@code FROM TO PORT}, the question as asked. */
    public String question() {
        return from + " " + to + " " + port.text();
    }
}
