package io.kubereach.cli;

import io.kubereach.files.AtomicFile;
import io.kubereach.files.FileProblem;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file a command writes ({@code export -o}, {@code snapshot -o}), as the command line reports on it. */
final class OutputFile {

    private OutputFile() {
    }

    /** Refuses a folder as the output before any work is done: a file must never replace it. */
    static void refuseFolder(Path output) {
        if (Files.isDirectory(output)) {
            throw cannotWrite(output, new AtomicFile.FolderTarget(output));
        }
    }

    /** {@code FILE: cannot be written: REASON}, the reason in plain words. */
    static UserError cannotWrite(Path output, IOException e) {
        return UserError.causedBy(e, "cli.error.cannotWrite", output, MessageText.english(FileProblem.reason(e)));
    }
}
