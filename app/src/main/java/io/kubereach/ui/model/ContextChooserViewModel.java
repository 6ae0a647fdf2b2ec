package io.kubereach.ui.model;

import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.KubeContext;
import io.kubereach.source.live.Kubeconfig;
import io.kubereach.source.live.KubeconfigFiles;
import io.kubereach.ui.source.ClusterSource;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The context chooser: reads the kubeconfig kubectl would use ({@code KUBECONFIG}, else
 * {@code ~/.kube/config}) or a file the user picks, lists every context with the current one
 * chosen, and says in a line what is wrong when nothing can be read. Reading a kubeconfig only
 * reads local files; nothing connects until a context is opened.
 */
public final class ContextChooserViewModel {

    private final Environment environment;
    private final ObservableList<KubeContext> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<KubeContext> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper files = new ReadOnlyStringWrapper(this, "files", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Optional<Path> file = Optional.empty();

    public ContextChooserViewModel(Environment environment) {
        this.environment = environment;
    }

    /** Reads kubectl's kubeconfig, or {@code explicit} when given. */
    public void read(Optional<Path> explicit) {
        file = explicit;
        contexts.clear();
        chosen.set(null);
        problem.set("");
        try {
            KubeconfigFiles located = KubeconfigFiles.locate(explicit, environment);
            files.set(located.describe());
            Kubeconfig config = Kubeconfig.read(located);
            contexts.setAll(config.contexts());
            Optional<String> current = config.currentContext();
            chosen.set(contexts.stream().filter(c -> current.isPresent() && c.name().equals(current.get())).findFirst()
                    .orElse(contexts.isEmpty() ? null : contexts.get(0)));
            if (contexts.isEmpty()) {
                problem.set(located.describe() + ": no context");
            }
        } catch (ClusterAccessException e) {
            problem.set(e.getMessage());
        }
    }

    /** The source of the chosen context; empty when none is chosen. */
    public Optional<ClusterSource.Kubeconfig> choice() {
        return Optional.ofNullable(chosen.get()).map(c -> new ClusterSource.Kubeconfig(file, c.name()));
    }

    /** Every context, in the order the files declare them. */
    public ObservableList<KubeContext> contexts() {
        return contexts;
    }

    /** The context chosen; the current one at first. */
    public ObjectProperty<KubeContext> chosenProperty() {
        return chosen;
    }

    /** The files read, as one line. */
    public ReadOnlyStringProperty filesProperty() {
        return files.getReadOnlyProperty();
    }

    /** What could not be read, one line; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
