package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, finding 4: exports and snapshots are written whole or not at all. */
@DisplayName("the files commands write")
class OutputFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("export and snapshot refuse a folder as their output and leave it as it was")
    void folderOutputIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Cli.Run export = Cli.run("export", "--demo", "-o", folder.toString());
        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains(folder + ": cannot be written: it is a folder");
        Cli.Run snapshot = Cli.run("snapshot", "--kubeconfig", dir.resolve("no-such-kubeconfig").toString(), "-o", folder.toString());
        assertThat(snapshot.exitCode()).isEqualTo(2);
        assertThat(snapshot.err()).contains(folder + ": cannot be written: it is a folder");
        assertThat(folder).isDirectory().isEmptyDirectory();
    }

    @Test
    @DisplayName("an export stopped by Ctrl-C leaves either the previous file or a complete picture, and no partial file")
    void interruptedExportLeavesNoHalfFile() throws Exception {
        Path target = Files.writeString(dir.resolve("cluster.png"), "previous");
        Path logs = Files.createDirectory(dir.resolve("logs"));
        long start = System.nanoTime();
        Process process = Jvm.start(logs, List.of(), "export", "--demo", "--scale", "2", "-o", target.toString());
        while (process.isAlive() && names().size() == 2 && Files.size(target) == "previous".length()
                && System.nanoTime() - start < 90_000_000_000L) {
            Thread.sleep(5); // until the picture is being written
        }
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        Jvm.Run run = Jvm.finish(logs, process, Duration.ofSeconds(30), start);
        assertThat(run.exitCode()).as("ended after the signal").isNotEqualTo(-1);
        assertThat(names()).containsExactly("cluster.png", "logs");
        if (!Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1).equals("previous")) {
            BufferedImage picture = ImageIO.read(target.toFile());
            assertThat(picture).as("a complete PNG").isNotNull();
        }
    }

    @Test
    @DisplayName("an export to a pipe (as to /dev/stdout) writes the picture alone into it and leaves the pipe a pipe")
    void exportToAPipe() throws Exception {
        Path pipe = dir.resolve("picture");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Run run = Cli.run("export", "--demo", "--format", "svg", "-o", pipe.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("no summary line that could run into the picture").isEmpty();
        byte[] svg = read.get(30, java.util.concurrent.TimeUnit.SECONDS);
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg)).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(names()).containsExactly("picture");
    }
}
