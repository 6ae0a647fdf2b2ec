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
import io.kubereach.whatif.WhatIfJudgement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * One export's work, for a worker thread: the picture the choices ask for (the window's own when it
 * shows it, else laid out as the command line's {@code export} lays it out, a what-if's changes
 * marked on it as {@code export --diff-against} marks them), its size checked against
 * {@link DiagramExport#MAX_SIDE}, the file written whole or not at all.
 *
 * @param choices what to write
 * @param analysis the cluster shown
 * @param shown the picture the window shows (with a what-if's changes marked)
 * @param request what the window shows: filter, grouping, language, focus
 * @param layerMarks the exposure layer's marks when it is on; {@link ExposureMarks#NONE} when off
 * @param whatIf the cluster judged with the what-if's edits, while there is one
 */
record ExportJob(ExportChoices choices, Analysis analysis, DiagramLayout shown, LayoutRequest request, ExposureMarks layerMarks,
        Optional<WhatIfJudgement> whatIf) {

    /** What was written: the file, the level drawn and the size in pixels (or SVG units). */
    record Written(Path file, DetailLevel level, long width, long height) {
    }

    /**
     * The picture the choices draw, before it is written.
     *
     * @param layout the boxes and lines drawn
     * @param size the level drawn and the picture's size
     */
    record Sized(DiagramLayout layout, PictureSize size) {
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
        return run(Optional.empty());
    }

    /** Writes the picture, taking its layout and size from {@code known} when they were worked out for these choices already. */
    Written run(Optional<Sized> known) throws Refused {
        Path file = choices.file().toAbsolutePath();
        refuseFolder(file);
        Sized sized = known.orElseGet(this::sized);
        PictureSize size = sized.size();
        if (!size.fits()) {
            throw new Refused(size.tooLarge());
        }
        DiagramText text = DiagramText.of(request.language().locale());
        DiagramExport export = new DiagramExport(text, DiagramStyle.of(choices.dark()), marks());
        LineSet lines = sized.layout().lineSet(size.level());
        DiagramTitle title = DiagramTitle.now(analysis.snapshot().source(), analysis.context());
        try {
            if (choices.format() == ExportViewModel.Format.SVG) {
                export.svg(sized.layout(), lines, title, size.level(), file);
            } else {
                export.png(sized.layout(), lines, title, size.level(), pixels(), file);
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused(new ExportProblem.NotWritten(file, SourceProblem.lineOf(e)));
        }
        return new Written(file, size.level(), size.width(), size.height());
    }

    /**
     * The picture and its size, without writing anything: the level drawn is the one chosen, or for
     * {@code AUTO} the deepest that fits (the deepest when none does, so its size says by how much).
     */
    Sized sized() {
        DiagramText text = DiagramText.of(request.language().locale());
        DiagramLayout layout = choices.drawsWhatIsShown() ? shown : laidOut(text);
        // the size depends on whether the exposure legend is drawn, not on which boxes are marked
        DiagramExport export = new DiagramExport(text, DiagramStyle.LIGHT, choices.exposure() ? Optional.of(ExposureMarks.NONE) : Optional.empty());
        double pixels = pixels();
        DetailLevel drawn = choices.level().chosen(l -> DiagramExport.fits(export.pngSize(layout, l, pixels)))
                .orElse(choices.level().deepest());
        long[] size = export.pngSize(layout, drawn, pixels);
        return new Sized(layout, new PictureSize(drawn, size[0], size[1], choices.format() != ExportViewModel.Format.SVG));
    }

    private double pixels() {
        return choices.format() == ExportViewModel.Format.PNG_2X ? 2 : 1;
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

    /**
     * The picture laid out afresh, as {@code kubereach export --focus … --verdict …} lays it out; during
     * a what-if, as {@code export --diff-against} draws the edited cluster: the focus and the lines
     * kept are those of the cluster with the edits, and the lines the edits change are marked.
     */
    private DiagramLayout laidOut(DiagramText text) {
        Optional<WhatIfJudgement> edited = whatIf.filter(j -> j.before() == analysis.graph());
        NetworkGraph graph = edited.map(WhatIfJudgement::after).orElse(analysis.graph());
        Graph<GraphVertex, GraphEdge> view = choices.focus().filter(id -> graph.vertex(id).isPresent())
                .map(id -> GraphView.of(Focus.on(graph, id), request.filter()))
                .orElseGet(() -> request.view(graph));
        DiagramLayout layout = new DiagramLayouter(text).layout(choices.traffic().of(graph, view), request.grouping());
        return edited.map(j -> layout.withChanges(j.changes())).orElse(layout);
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
