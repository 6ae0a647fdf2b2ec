package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, finding 9: the smaller ways bad input went wrong. */
@DisplayName("the smaller findings")
class SmallFindingsTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("a FIFO given to -i is refused at once instead of waiting forever for a writer")
    void fifoIsRefused() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
        Cli.Run run = Cli.run("list", "-i", fifo.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("kubereach: error: " + fifo
                + ": not a regular file (a pipe, socket or device, which may never end): give a file or a folder");
    }

    @Test
    @DisplayName("a field of the wrong type is named in the manifest's words, without Java or Jackson class names")
    void wrongTypeInPlainWords() throws Exception {
        Path file = Files.writeString(dir.resolve("pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: a, namespace: default}
                spec: {containers: [{name: c, image: x, ports: [{containerPort: [1]}]}]}
                """);
        Cli.Run run = Cli.run("list", "--strict", "-i", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("kubereach: error: " + file
                + ": Pod default/a: not a valid v1 Pod: spec.containers[0].ports[0].containerPort must be a number");
    }

    @Test
    @DisplayName("a negative --debounce is refused before anything is read")
    void negativeDebounce() {
        Cli.Run run = Cli.run("watch", "--kubeconfig", dir.resolve("none").toString(), "--debounce", "-5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("kubereach: error: --debounce must be 0 or more milliseconds, not -5");
    }
}
