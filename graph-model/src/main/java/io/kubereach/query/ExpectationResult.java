package io.kubereach.query;

import java.util.Optional;

/**
 * What became of one expectation: the answer it got, or why it could not be asked (or read).
 *
 * @param name what it checks
 * @param where the file and entry it comes from
 * @param question the question as asked, empty when the entry could not be read
 * @param expect the answer expected, empty when the entry could not be read
 * @param answer the answer, empty when the question could not be asked
 * @param error why the entry could not be read or asked, empty when it was answered
 */
public record ExpectationResult(String name, String where, String question, Optional<Outcome> expect, Optional<ReachAnswer> answer,
        Optional<String> error) {

    /** Whether the answer is the one expected. */
    public boolean passed() {
        return answer.isPresent() && expect.isPresent() && answer.get().outcome() == expect.get();
    }

    /** Whether it was answered, and not as expected. */
    public boolean failed() {
        return answer.isPresent() && !passed();
    }

    /** Whether it could not be read or asked. */
    public boolean erred() {
        return error.isPresent();
    }

    /** An entry of a file that could not be read as an expectation. */
    public static ExpectationResult unreadable(String name, String where, String why) {
        return new ExpectationResult(name, where, "", Optional.empty(), Optional.empty(), Optional.of(why));
    }

    /** Asks an expectation's question and keeps the answer, or why it could not be asked. */
    public static ExpectationResult of(Expectation expectation, ReachQuestions questions) {
        try {
            ReachAnswer answer = questions.ask(expectation.from(), expectation.to(), expectation.port());
            return new ExpectationResult(expectation.name(), expectation.where(), expectation.question(), Optional.of(expectation.expect()),
                    Optional.of(answer), Optional.empty());
        } catch (QueryException e) {
            return new ExpectationResult(expectation.name(), expectation.where(), expectation.question(), Optional.of(expectation.expect()),
                    Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
