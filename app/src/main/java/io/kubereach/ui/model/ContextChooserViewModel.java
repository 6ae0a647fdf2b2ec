package io.kubereach.ui.model;

import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.KubeContext;
import io.kubereach.source.live.Kubeconfig;
import io.kubereach.source.live.KubeconfigFiles;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The context chooser: reads the kubeconfig kubectl would use ({@code KUBECONFIG}, else
 * {@code ~/.kube/config}) or a file the user picks, lists every context with the current one
 * chosen, and says in a line what is wrong when nothing can be read. The files are read by a job
 * of the {@link JobRunner}, off the JavaFX thread (a kubeconfig may sit on a slow network share);
 * nothing connects until a context is opened.
 */
public final class ContextChooserViewModel {

    /** What one read found: the files, as one line, and the contexts they declare. */
    private record Found(String files, List<KubeContext> contexts, Optional<String> current) {
    }

    private final Environment environment;
    private final JobRunner runner;
    private final ObservableList<KubeContext> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<KubeContext> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper files = new ReadOnlyStringWrapper(this, "files", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading", false);
    private Optional<Path> file = Optional.empty();
    private JobHandle read;

    public ContextChooserViewModel(Environment environment, JobRunner runner) {
        this.environment = environment;
        this.runner = runner;
    }

    /**
     * Reads kubectl's kubeconfig, or {@code explicit} when given, in a job; the contexts, the
     * choice and the problem line change when it is done. A read still running is cancelled.
     */
    public void read(Optional<Path> explicit) {
        if (read != null && !read.isDone()) {
            read.cancel();
        }
        file = explicit;
        contexts.clear();
        chosen.set(null);
        problem.set("");
        reading.set(true);
        read = runner.start(control -> find(explicit), new JobListener<Found>() {
            @Override
            public void succeeded(Found found) {
                reading.set(false);
                files.set(found.files());
                contexts.setAll(found.contexts());
                chosen.set(contexts.stream().filter(c -> found.current().isPresent() && c.name().equals(found.current().get()))
                        .findFirst().orElse(contexts.isEmpty() ? null : contexts.get(0)));
                if (contexts.isEmpty()) {
                    problem.set(Messages.text("contexts.noContext", found.files()));
                }
            }

            @Override
            public void failed(Throwable error) {
                reading.set(false);
                problem.set(error instanceof ClusterAccessException ? SourceProblem.lineOf(error)
                        : Messages.text("contexts.unreadable", String.valueOf(error.getMessage())));
            }

            @Override
            public void cancelled() {
                // a newer read replaced this one and sets the state
            }
        });
    }

    private Found find(Optional<Path> explicit) throws ClusterAccessException {
        KubeconfigFiles located = KubeconfigFiles.locate(explicit, environment);
        Kubeconfig config = Kubeconfig.read(located);
        return new Found(located.describe(), config.contexts(), config.currentContext());
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

    /** Whether a kubeconfig is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }
}
