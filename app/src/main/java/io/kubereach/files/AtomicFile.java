package io.kubereach.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file all or nothing: the content goes to a hidden temporary file in the target's
 * folder ({@code .NAME.…partial}), is forced to disk, and is then renamed over the target in one
 * step. If writing fails, the temporary file is deleted and the previous file is untouched; if the
 * JVM is told to stop (Ctrl-C, {@code kill}) while writing, a shutdown hook deletes it. A folder
 * is never replaced by a file; a symbolic link stays, the file it points to is replaced; a pipe or
 * a device is written to directly.
 */
public final class AtomicFile {

    /** Temporary files being written now, deleted by the shutdown hook if the JVM stops first. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deletePending, "kubereach-delete-partial-files"));
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out} (buffered; do not close it). */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A target that is a folder: writing a file there would replace (an empty) or fail on (a full)
     * folder, so it is refused before anything is written.
     */
    public static final class FolderTarget extends FileSystemException {
        private static final long serialVersionUID = 1L;

        public FolderTarget(Path target) {
            super(target.toString());
        }
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} from {@code content}, replacing it only once the content is complete.
     *
     * @throws FolderTarget when the target is a folder
     * @throws IOException when the folder cannot take the file or writing fails; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FolderTarget(target);
        }
        if (isStream(target)) {
            writeStream(target, content);
            return;
        }
        Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path partial = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
        PENDING.add(partial);
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            permissions(partial, absolute);
            move(partial, absolute);
        } finally {
            Files.deleteIfExists(partial);
            PENDING.remove(partial);
        }
    }

    /** Whether the target is a pipe or a device ({@code /dev/stdout}, {@code /dev/null}), through any links: written to as it is. */
    public static boolean isStream(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /**
     * A pipe or a device ({@code /dev/stdout}, {@code /dev/null}) is written to as it is: it holds
     * no previous content to keep, and replacing it by a file would break it (as root, even a
     * device node).
     */
    private static void writeStream(Path target, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        }
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the new file the permissions of the one it replaces, else those a new file usually
     * has ({@code rw-r--r--}): a temporary file is created readable by its owner alone.
     */
    private static void permissions(Path partial, Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(partial, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> wanted = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            view.setPermissions(wanted);
        } catch (IOException e) {
            // the file stays readable by its owner alone, which is safe
        }
    }

    /** Deletes every temporary file still being written. */
    static void deletePending() {
        for (Path partial : PENDING) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // stopping anyway: nothing better to do than leave it
            }
        }
    }

    /** The temporary files being written now (for tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }
}
