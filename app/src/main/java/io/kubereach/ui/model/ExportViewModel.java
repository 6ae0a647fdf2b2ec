package io.kubereach.ui.model;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.graph.GraphVertex;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import io.kubereach.whatif.WhatIfJudgement;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Export dialog: the choices of the command line's {@code export} (format, level, focus on the
 * selection, which lines, exposure marks, dark colours) and the file, prefilled with a name after
 * the source in the folder of the last export. As the choices are made, the picture's size is worked
 * out off the JavaFX thread ({@link PictureSizing}), so a picture too large is known before Export is
 * pressed; the picture is written off the JavaFX thread too ({@link ExportJob}), the file named when
 * written, or one line saying why not. During a what-if, the picture keeps the what-if's marks.
 */
public final class ExportViewModel {

    /** What to write. */
    public enum Format {
        /** PNG at 1×. */
        PNG,
        /** PNG at 2× (for print and high-density screens). */
        PNG_2X,
        /** SVG. */
        SVG;

        /** The file name extension. */
        public String extension() {
            return this == SVG ? "svg" : "png";
        }
    }

    private final WorkspaceViewModel workspace;
    private final SelectionViewModel selection;
    private final ExposureLayer exposureLayer;
    private final AppPreferences preferences;
    private final ObservableValue<Optional<WhatIfJudgement>> whatIf;
    private final JobRunner runner;
    private final Activity activity;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PNG);
    private final ObjectProperty<PictureLevel> level = new SimpleObjectProperty<>(this, "level", PictureLevel.AUTO);
    private final ObjectProperty<TrafficShown> traffic = new SimpleObjectProperty<>(this, "traffic", TrafficShown.ALL);
    private final BooleanProperty focusOnSelection = new SimpleBooleanProperty(this, "focusOnSelection", false);
    private final ReadOnlyStringWrapper selectionName = new ReadOnlyStringWrapper(this, "selectionName", "");
    private final BooleanProperty exposure = new SimpleBooleanProperty(this, "exposure", false);
    private final BooleanProperty darkColours = new SimpleBooleanProperty(this, "darkColours", false);
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final ReadOnlyObjectWrapper<Optional<ExportProblem>> problem = new ReadOnlyObjectWrapper<>(this, "problem", Optional.empty());
    private final PictureSizing sizing;

    /**
     * @param whatIf the cluster judged with the what-if's edits; empty while there is none
     */
    public ExportViewModel(WorkspaceViewModel workspace, SelectionViewModel selection, ExposureLayer exposureLayer,
            ObservableValue<Optional<WhatIfJudgement>> whatIf, AppPreferences preferences, JobRunner runner, Activity activity) {
        this.workspace = workspace;
        this.selection = selection;
        this.exposureLayer = exposureLayer;
        this.whatIf = whatIf;
        this.preferences = preferences;
        this.runner = runner;
        this.activity = activity;
        format.addListener((obs, old, now) -> file.set(withExtension(file.get(), now)));
        file.addListener((obs, old, now) -> format.set(followingExtension(now, format.get())));
        this.sizing = new PictureSizing(runner, this::job);
        for (ObservableValue<?> choice : java.util.List.of(format, level, traffic, focusOnSelection, exposure)) {
            choice.addListener((obs, old, now) -> sizing.resize());
        }
    }

    /**
     * Prepares the dialog as it opens: the level of what the window shows, the file named after the
     * source in the folder of the last export (else the home folder), focus offered when a box is
     * selected, exposure marks on when the exposure layer is.
     */
    public void open(DetailLevel shown) {
        level.set(PictureLevel.of(shown));
        Path folder = preferences.exportFolder().orElse(Path.of(System.getProperty("user.home")));
        file.set(folder.resolve(baseName(workspace.sourceProperty().get()) + "." + format.get().extension()).toString());
        selectionName.set(selectedVertex().map(v -> v.namespace().isEmpty() ? v.label() : v.namespace() + "/" + v.label()).orElse(""));
        focusOnSelection.set(false);
        exposure.set(exposureLayer.shownProperty().get());
        problem.set(Optional.empty());
        sizing.open();
    }

    /** The dialog closed: no more sizes are worked out for it. */
    public void close() {
        sizing.close();
    }

    /** The export job for the choices as they stand; empty while nothing is shown. */
    private Optional<ExportJob> job() {
        Analysis analysis = workspace.analysisProperty().get();
        DiagramLayout layout = workspace.layoutProperty().get();
        if (analysis == null || layout == null) {
            return Optional.empty();
        }
        return Optional.of(new ExportJob(choices(), analysis, selection.pictureShown(layout), workspace.request(),
                exposureLayer.marksProperty().get(), whatIf.getValue()));
    }

    /** Writes the picture chosen to the file chosen, off the JavaFX thread; one export at a time. */
    public void export() {
        Optional<ExportJob> made = job();
        if (running.get() || made.isEmpty()) {
            return;
        }
        ExportJob job = made.get();
        ExportChoices choices = job.choices();
        Optional<ExportJob.Sized> sized = sizing.knownFor(job);
        if (sized.filter(s -> !s.size().fits()).isPresent()) {
            problem.set(Optional.of(sized.get().size().tooLarge())); // known before a thread is started
            return;
        }
        problem.set(Optional.empty());
        running.set(true);
        Activity.Ticket ticket = activity.begin(JobStep.EXPORTING);
        ticket.attach(runner.start(control -> {
            control.progress(-1, JobStep.EXPORTING);
            return job.run(sized);
        }, ticket.ending(new JobListener<ExportJob.Written>() {
            @Override
            public void succeeded(ExportJob.Written result) {
                running.set(false);
                preferences.rememberExportFolder(result.file().getParent());
                written.set(result.file());
            }

            @Override
            public void failed(Throwable error) {
                running.set(false);
                problem.set(Optional.of(error instanceof ExportJob.Refused refused ? refused.problem()
                        : new ExportProblem.NotWritten(choices.file(), SourceProblem.lineOf(error))));
            }

            @Override
            public void cancelled() {
                running.set(false);
            }
        })));
    }

    /** The choices as they stand. */
    public ExportChoices choices() {
        Optional<String> focus = focusOnSelection.get() ? selectedVertex().map(GraphVertex::id) : Optional.empty();
        return new ExportChoices(format.get(), level.get(), traffic.get(), focus, exposure.get(), darkColours.get(),
                Path.of(file.get().trim().isEmpty() ? "." : file.get().trim()));
    }

    /** The workload or pod selected (what {@code --focus} names); empty for anything else. */
    private Optional<GraphVertex> selectedVertex() {
        Analysis analysis = workspace.analysisProperty().get();
        String id = selection.selectedProperty().get();
        return analysis == null || id.isEmpty() ? Optional.empty()
                : analysis.graph().vertex(id).filter(v -> v instanceof GraphVertex.WorkloadVertex || v instanceof GraphVertex.PodVertex);
    }

    /** A file name for a source's pictures: {@code kubereach-} and the demo, the folder, file or context read. */
    static String baseName(ClusterSource source) {
        String name = "";
        if (source instanceof ClusterSource.Demo) {
            name = "demo";
        } else if (source instanceof ClusterSource.Manifests m && !m.paths().isEmpty()) {
            name = stem(m.paths().get(0));
        } else if (source instanceof ClusterSource.Snapshot s) {
            name = stem(s.file());
        } else if (source instanceof ClusterSource.Kubeconfig k) {
            name = k.context();
        }
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? "kubereach" : "kubereach-" + safe;
    }

    private static String stem(Path path) {
        Path name = path.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }

    /** The file with the extension of a format, when it has the other format's (a name typed without one keeps its own). */
    static String withExtension(String file, Format format) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            return file.substring(0, file.length() - 3) + format.extension();
        }
        return file;
    }

    /** The format a file name asks for by its extension ({@code .svg} or {@code .png}); else the one chosen. */
    static Format followingExtension(String file, Format chosen) {
        String lower = file.trim().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return Format.SVG;
        }
        return lower.endsWith(".png") && chosen == Format.SVG ? Format.PNG : chosen;
    }

    /** PNG at 1× or 2×, or SVG; the file's extension follows it, and it follows an extension typed. */
    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<PictureLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<TrafficShown> trafficProperty() {
        return traffic;
    }

    /** Whether only the selected box's traffic is drawn (as {@code --focus}); offered when {@link #selectionNameProperty()} is not empty. */
    public BooleanProperty focusOnSelectionProperty() {
        return focusOnSelection;
    }

    /** The namespace and name of the workload or pod selected when the dialog opened; empty when none. */
    public ReadOnlyStringProperty selectionNameProperty() {
        return selectionName.getReadOnlyProperty();
    }

    /** Whether the exposed workloads are marked (as {@code --exposure}). */
    public BooleanProperty exposureProperty() {
        return exposure;
    }

    /** Whether exports use the dark colours; off by default, so exported pictures print well whatever the theme. */
    public BooleanProperty darkColoursProperty() {
        return darkColours;
    }

    /** The file to write, as typed. */
    public StringProperty fileProperty() {
        return file;
    }

    /**
     * The size of the picture the choices draw and the level it is drawn at, worked out off the
     * JavaFX thread as they are chosen; empty while it is being worked out (or nothing is shown).
     */
    public ReadOnlyObjectProperty<Optional<PictureSize>> sizeProperty() {
        return sizing.sizeProperty();
    }

    /** Whether the picture the choices draw is known to be larger than a viewer opens (Export then refuses it). */
    public ReadOnlyBooleanProperty tooLargeProperty() {
        return sizing.tooLargeProperty();
    }

    /** Whether an export is being worked out or written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The file written last; null before the first export. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Why the last export wrote nothing; empty when it did not fail. */
    public ReadOnlyObjectProperty<Optional<ExportProblem>> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
