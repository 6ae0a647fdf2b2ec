package io.kubereach.ui.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers the window asks for paths with; tests put fakes in their place. */
public interface FileDialogs {

    /** Manifest or snapshot files to open; empty when the user cancels. */
    List<Path> openFiles(Window owner, String title);

    /** A folder to open; empty when the user cancels. */
    Optional<Path> openFolder(Window owner, String title);

    /** A file to write, starting at a suggested one (its folder and name); empty when the user cancels. */
    Optional<Path> saveFile(Window owner, String title, Path suggested, String extension);
}
