package io.kubereach.ui.model;

import io.kubereach.diagram.DetailLevel;
import java.nio.file.Path;

/** Why an export wrote nothing: one line each, worded by the view. */
public sealed interface ExportProblem {

    /** No file name was given. */
    record NoFile() implements ExportProblem {
    }

    /** The folder to write into does not exist. */
    record NoFolder(Path folder) implements ExportProblem {
    }

    /** The folder to write into cannot be written (permissions, read-only disk). */
    record FolderNotWritable(Path folder) implements ExportProblem {
    }

    /**
     * The picture would be larger than a viewer opens; a shallower level, fewer namespaces or the
     * selection alone would fit.
     *
     * @param level the shallowest level the choice could draw
     * @param width its width, in pixels (or SVG units)
     * @param height its height
     * @param pixels whether the size is in pixels (PNG) rather than SVG units
     */
    record TooLarge(DetailLevel level, long width, long height, boolean pixels) implements ExportProblem {
    }

    /** Writing failed: the file and the reason, one line. */
    record NotWritten(Path file, String reason) implements ExportProblem {
    }
}
