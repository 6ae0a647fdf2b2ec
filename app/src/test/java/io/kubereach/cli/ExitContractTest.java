package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the exit contract's failure lines")
class ExitContractTest {

    private final StringWriter err = new StringWriter();
    private final ExitContract contract = new ExitContract(new PrintWriter(err, true));

    @Test
    @DisplayName("a stack overflow anywhere is exit 2 and one line, never a trace")
    void stackOverflow() {
        int code = contract.run(() -> {
            throw new StackOverflowError();
        });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "kubereach: error: ran out of stack space: something in the input is nested far deeper than any Kubernetes object"
                        + " (or this is a bug: please report it)");
    }

    @Test
    @DisplayName("running out of memory is exit 2 and one line that says which -Xmx to run with")
    void outOfMemory() {
        int code = contract.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("kubereach: error: the cluster needs more memory than the ").contains("run with -Xmx");
    }

    @Test
    @DisplayName("the -Xmx offered is at least twice the heap this run had, in whole gigabytes")
    void heapSuggestion() {
        assertThat(ExitContract.outOfMemory(512L << 20)).contains("the 512 MB this run may use").contains("run with -Xmx1g");
        assertThat(ExitContract.outOfMemory(1536L << 20)).contains("run with -Xmx3g");
        assertThat(ExitContract.outOfMemory(4L << 30)).contains("run with -Xmx8g");
    }

    @Test
    @DisplayName("an unexpected exception is one line that asks to report it, its message cut to its first line")
    void unexpected() {
        int code = contract.run(() -> {
            throw new IllegalStateException("broken\n\tat somewhere");
        });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "kubereach: error: unexpected IllegalStateException: broken (please report it; run with KUBEREACH_DEBUG=1 for details)");
    }

    @Test
    @DisplayName("a message that carries a newline or a terminal escape is printed on one line, made visible")
    void controlCharactersAreMadeVisible() {
        int code = contract.run(() -> {
            throw UserError.of("cli.export.noNamespace", "a\u001b[2J\nkubereach: all clear", "demo", "default");
        });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("kubereach: error: no namespace 'a\\x1b[2J\\nkubereach: all clear' in demo (it has default)");
    }

    @Test
    @DisplayName("a command's own exit code passes through")
    void verdictsPassThrough() {
        assertThat(contract.run(() -> 1)).isEqualTo(1);
        assertThat(err.toString()).isEmpty();
    }
}
