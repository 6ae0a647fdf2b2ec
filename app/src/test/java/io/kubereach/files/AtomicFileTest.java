package io.kubereach.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("writing a file all or nothing")
class AtomicFileTest {

    @TempDir
    Path dir;

    private long entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    @DisplayName("a complete write replaces the file and leaves nothing else behind")
    void completeWriteReplaces() throws IOException {
        Path target = Files.writeString(dir.resolve("out.svg"), "previous");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    @DisplayName("a write that fails half way keeps the previous file whole and leaves no partial file")
    void failedWriteKeepsThePreviousFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.png"), "previous");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(target).hasContent("previous");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    @DisplayName("when the JVM is told to stop while writing, the partial file is deleted and the previous one kept")
    void interruptDeletesThePartialFile() throws IOException {
        Path target = Files.writeString(dir.resolve("snap.json"), "previous");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            assertThat(AtomicFile.pending()).hasSize(1);
            AtomicFile.deletePending(); // what the shutdown hook does on Ctrl-C or kill
        })).isInstanceOf(IOException.class);
        assertThat(target).hasContent("previous");
        assertThat(entries()).isEqualTo(1);
        assertThat(AtomicFile.pending()).isEmpty();
    }

    @Test
    @DisplayName("a folder is never replaced by a file, even an empty one")
    void folderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("snapshots"));
        assertThatThrownBy(() -> AtomicFile.write(folder, out -> out.write(1))).isInstanceOf(AtomicFile.FolderTarget.class);
        assertThat(folder).isDirectory().isEmptyDirectory();
        assertThat(FileProblem.reason(new AtomicFile.FolderTarget(folder))).isEqualTo(io.kubereach.text.Message.of("fileProblem.isFolder"));
    }

    @Test
    @DisplayName("a new file is readable by others as usual; a replaced one keeps its permissions")
    void permissions() throws IOException {
        Path fresh = dir.resolve("fresh.png");
        AtomicFile.write(fresh, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        Path kept = Files.writeString(dir.resolve("kept.png"), "x");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
        AtomicFile.write(kept, out -> out.write(2));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
    }

    @Test
    @DisplayName("a target that is not a file (a pipe, a device such as /dev/stdout) is written to, never replaced by a file")
    void streamTargetIsWrittenTo() throws Exception {
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            AtomicFile.write(pipe, out -> out.write("through the pipe".getBytes(StandardCharsets.UTF_8)));
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        } finally {
            assertThat(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                    .as("still a pipe").isTrue();
            if (!read.isDone()) {
                Files.writeString(pipe, ""); // lets the reader end
            }
        }
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    @DisplayName("a symbolic link stays a link: the file it points to is replaced")
    void linkIsFollowed() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("exports")).resolve("v3.svg"), "previous");
        Path link = Files.createSymbolicLink(dir.resolve("current.svg"), real);
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files).containsExactly(real);
        }
    }
}
