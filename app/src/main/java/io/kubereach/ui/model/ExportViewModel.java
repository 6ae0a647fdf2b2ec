package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramExport;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DiagramTitle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Writes the diagram shown (the whole picture, not only the visible part) with its title and
 * legend as a PNG at 1× or 2×, or as an SVG, in light colours or (when asked) dark ones, off the
 * JavaFX thread.
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
    private final JobRunner runner;
    private final Activity activity;
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty darkColours = new SimpleBooleanProperty(this, "darkColours", false);

    public ExportViewModel(WorkspaceViewModel workspace, JobRunner runner, Activity activity) {
        this.workspace = workspace;
        this.runner = runner;
        this.activity = activity;
    }

    /** Writes the picture shown to a file. */
    public void export(Format format, Path file) {
        DiagramLayout layout = workspace.layoutProperty().get();
        Analysis analysis = workspace.analysisProperty().get();
        DiagramText text = DiagramText.of(workspace.languageProperty().get().locale());
        DiagramTitle title = DiagramTitle.now(analysis == null ? "" : analysis.snapshot().source(),
                analysis == null ? "" : analysis.context());
        DiagramStyle style = DiagramStyle.of(darkColours.get());
        problem.set("");
        Activity.Ticket ticket = activity.begin(JobStep.EXPORTING);
        ticket.attach(runner.start(control -> {
            control.progress(-1, JobStep.EXPORTING);
            DiagramExport export = new DiagramExport(text, style);
            switch (format) {
                case PNG -> export.png(layout, title, 1, file);
                case PNG_2X -> export.png(layout, title, 2, file);
                case SVG -> export.svg(layout, title, file);
            }
            return file;
        }, ticket.ending(new JobListener<Path>() {
            @Override
            public void succeeded(Path result) {
                written.set(result);
            }

            @Override
            public void failed(Throwable error) {
                problem.set(file + ": " + SourceProblem.lineOf(error));
            }
        })));
    }

    /** Whether exports use the dark colours; off by default, so exported pictures print well whatever the theme. */
    public BooleanProperty darkColoursProperty() {
        return darkColours;
    }

    /** The file written last; null before the first export. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Why the last export failed, one line; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
