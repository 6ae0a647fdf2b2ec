package io.kubereach.ui.view;

import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;
import javafx.stage.Window;

/** Asks which kubeconfig context to open; tests put a fake in its place. */
@FunctionalInterface
public interface KubeconfigPicker {

    /** The context chosen; empty when the user cancels or there is none. */
    Optional<ClusterSource.Kubeconfig> pick(Window owner);
}
