package io.kubereach.files;

import io.kubereach.text.Message;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words a person knows ("permission denied", "no
 * such file or folder", "no space left on device"), never a Java class name.
 */
public final class FileProblem {

    private FileProblem() {
    }

    /** The reason of an I/O failure, for "cannot write FILE: REASON". */
    public static Message reason(IOException e) {
        if (e instanceof AtomicFile.FolderTarget) {
            return Message.of("fileProblem.isFolder");
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("fileProblem.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return Message.of("fileProblem.accessDenied");
        }
        if (e instanceof NotDirectoryException) {
            return Message.of("fileProblem.notFolder");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return Message.of("fileProblem.inTheWay");
        }
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return Message.verbatim(lowerFirst(f.getReason()));
        }
        String text = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").trim();
        return text.isEmpty() ? Message.of("fileProblem.ioError") : Message.verbatim(lowerFirst(text));
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
