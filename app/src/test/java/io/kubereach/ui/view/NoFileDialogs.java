package io.kubereach.ui.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** File choosers for tests that never choose a file (every chooser is cancelled); a test overrides what it answers. */
class NoFileDialogs implements FileDialogs {

    @Override
    public List<Path> openFiles(Window owner, String title) {
        return List.of();
    }

    @Override
    public Optional<Path> openFolder(Window owner, String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, Path suggested, String extension) {
        return Optional.empty();
    }
}
