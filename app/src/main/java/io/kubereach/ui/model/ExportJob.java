package io.kubereach.ui.model;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramExport;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DiagramTitle;
import io.kubereach.diagram.ExposureMarks;
import io.kubereach.diagram.LineSet;
import io.kubereach.graph.Focus;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.NetworkGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * One export's work, for a worker thread: the picture the choices ask for (the window's own when it
 * shows it, else laid out as the command line's {@code export} lays it out), its size checked
 * against {@link DiagramExport#MAX_SIDE}, the file written whole or not at all.
 *
 * @param choices what to write
 * @param analysis the cluster shown
 * @param shown the picture the window shows (with a what-if's changes marked)
 * @param request what the window shows: filter, grouping, language, focus
 * @param layerMarks the exposure layer's marks when it is on; {@link ExposureMarks#NONE} when off
 */
record ExportJob(ExportChoices choices, Analysis analysis, DiagramLayout shown, LayoutRequest request, ExposureMarks layerMarks) {

    /** What was written: the file, the level drawn and the size in pixels (or SVG units). */
    record Written(Path file, DetailLevel level, long width, long height) {
    }

    /** An export that wrote nothing, and why. */
    static final class Refused extends Exception {
        private final transient ExportProblem problem;

        Refused(ExportProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }

        ExportProblem problem() {
            return problem;
        }
    }

    /** Writes the picture; refuses (before drawing anything) a folder that cannot take the file or a picture too large. */
    Written run() throws Refused {
        Path file = choices.file().toAbsolutePath();
        refuseFolder(file);
        DiagramText text = DiagramText.of(request.language().locale());
        DiagramLayout layout = choices.drawsWhatIsShown() ? shown : laidOut(text);
        DiagramExport export = new DiagramExport(text, DiagramStyle.of(choices.dark()), marks());
        double pixels = choices.format() == ExportViewModel.Format.PNG_2X ? 2 : 1;
        DetailLevel drawn = choices.level().chosen(l -> DiagramExport.fits(export.pngSize(layout, l, pixels)))
                .orElse(choices.level().deepest());
        long[] size = export.pngSize(layout, drawn, pixels);
        if (!DiagramExport.fits(size)) {
            throw new Refused(new ExportProblem.TooLarge(drawn, size[0], size[1], choices.format() != ExportViewModel.Format.SVG));
        }
        LineSet lines = layout.lineSet(drawn);
        DiagramTitle title = DiagramTitle.now(analysis.snapshot().source(), analysis.context());
        try {
            if (choices.format() == ExportViewModel.Format.SVG) {
                export.svg(layout, lines, title, drawn, file);
            } else {
                export.png(layout, lines, title, drawn, pixels, file);
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused(new ExportProblem.NotWritten(file, SourceProblem.lineOf(e)));
        }
        return new Written(file, drawn, size[0], size[1]);
    }

    private static void refuseFolder(Path file) throws Refused {
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null || file.getFileName().toString().isBlank() || Files.isDirectory(file)) {
            throw new Refused(new ExportProblem.NoFile());
        }
        if (!Files.isDirectory(folder)) {
            throw new Refused(new ExportProblem.NoFolder(folder));
        }
        if (!Files.isWritable(folder)) {
            throw new Refused(new ExportProblem.FolderNotWritable(folder));
        }
    }

    /** The picture laid out afresh, as {@code kubereach export --focus … --verdict …} lays it out. */
    private DiagramLayout laidOut(DiagramText text) {
        NetworkGraph graph = analysis.graph();
        Graph<GraphVertex, GraphEdge> view = choices.focus().filter(id -> graph.vertex(id).isPresent())
                .map(id -> GraphView.of(Focus.on(graph, id), request.filter()))
                .orElseGet(() -> request.view(graph));
        return new DiagramLayouter(text).layout(choices.traffic().of(graph, view), request.grouping());
    }

    private Optional<ExposureMarks> marks() {
        if (!choices.exposure()) {
            return Optional.empty();
        }
        if (!layerMarks.isEmpty()) {
            return Optional.of(layerMarks);
        }
        return Optional.of(ExposureLayer.marksOf(ExposureLayer.exposedIn(analysis.snapshot(), analysis.graph())));
    }
}
