package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, finding 8: list's exit code says whether its output is the whole answer. */
@DisplayName("list's exit codes")
class ListCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an input with no Kubernetes object is an error after the warnings that say what was skipped, not an empty list")
    void noObjectsIsAnError() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "just: text\n");
        Files.writeString(dir.resolve("b.json"), "{}\n");
        Cli.Run run = Cli.run("list", "-i", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "kubereach: warning: " + dir.resolve("a.yaml") + ": document 1 is not a Kubernetes object (it has no kind or apiVersion): skipped",
                "kubereach: warning: " + dir.resolve("b.json") + ": document 1 is not a Kubernetes object (it has no kind or apiVersion): skipped",
                "kubereach: error: the input (" + dir + ") holds no Kubernetes object KubeReach reads (see the warnings): there is nothing to judge");
    }

    @Test
    @DisplayName("a complete list exits 0")
    void completeListExitsZero() {
        Cli.Run run = Cli.run("list", "--demo");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isNotEmpty();
    }
}
