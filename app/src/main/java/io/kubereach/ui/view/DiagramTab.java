package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.ViewState;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Analysis;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The diagram tab: the canvas and, in focus mode, a bar saying
 * whose traffic is shown with a way back. Keeps the canvas and the selection view model in step
 * (a click selects; a selection made elsewhere is drawn), and highlights what belongs with the
 * selection.
 */
final class DiagramTab extends StackPane {

    /** A box found by search is shown at least this large. */
    private static final double REVEAL_ZOOM = 0.8;

    private final AppViewModel vm;
    private final DiagramCanvas canvas;
    private boolean replacing;
    private Analysis shownAnalysis;

    DiagramTab(AppViewModel vm, ViewScope scope) {
        this.vm = vm;
        this.canvas = new DiagramCanvas(DiagramText.of(scope.languageProperty().get()));
        canvas.setId("diagram");
        scope.listenNow(vm.themeProperty(), (obs, old, now) -> canvas.setDiagramStyle(DiagramStyle.of(now.isDark())));
        scope.listenNow(scope.languageProperty(), (obs, old, now) -> {
            if (old != null) {
                canvas.setText(DiagramText.of(now));
            }
            if (now == Language.SIMPLIFIED_CHINESE) {
                // only words with wide characters are written in it: set once, it serves every language after
                CjkFont.family().ifPresent(canvas::setWideFontFamily);
            }
        });
        Label focusText = new Label();
        Button whole = scope.texted(new Button(), "diagram.focus.exit");
        whole.setId("focus-exit");
        whole.setOnAction(e -> vm.workspace().focusProperty().set(Optional.empty()));
        HBox focusBar = new HBox(8, focusText, whole);
        focusBar.setAlignment(Pos.CENTER_LEFT);
        focusBar.getStyleClass().add("focus-bar");
        focusBar.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(focusBar, Pos.TOP_LEFT);
        StackPane.setMargin(focusBar, new Insets(8));
        scope.showNow(vm.workspace().focusProperty(), (obs, old, now) -> {
            focusBar.setVisible(now.isPresent());
            now.ifPresent(id -> focusText.setText(Words.text("diagram.focus.showing",
                    vm.workspace().analysisProperty().get() == null ? id
                            : vm.workspace().analysisProperty().get().graph().vertex(id).map(v -> v.label()).orElse(id))));
        });

        getChildren().addAll(canvas, focusBar);
        vm.workspace().prepareWith(canvas::prepare);
        scope.listenNow(vm.workspace().layoutProperty(), (obs, old, now) -> show(now));
        scope.listen(canvas.viewProperty(), (obs, old, now) -> vm.workspace().rememberView(now));
        scope.listen(canvas.selectedIdProperty(), (obs, old, now) -> {
            if (!replacing && !now.equals(vm.selection().selectedProperty().get())) {
                vm.selection().select(now);
            }
        });
        scope.listen(vm.selection().selectedProperty(), (obs, old, now) -> {
            if (!now.equals(canvas.getSelectedId())) {
                // a selection the canvas does not draw (a policy) clears its own, which must not clear the model's
                replacing = true;
                try {
                    canvas.select(now);
                } finally {
                    replacing = false;
                }
            }
        });
        scope.listenNow(vm.selection().highlightProperty(), (obs, old, now) -> canvas.highlight(now));
        scope.listenNow(vm.exposure().marksProperty(), (obs, old, now) -> canvas.setExposureMarks(now));
        // a what-if judged: the same picture with its changes marked; no box moves, so the view stays
        scope.listen(vm.whatIf().judgementProperty(), (obs, old, now) -> {
            double zoom = canvas.getZoom();
            Point2D origin = canvas.diagramToLocal(0, 0);
            replacing = true;
            try {
                canvas.setDiagram(withWhatIf(vm.workspace().layoutProperty().get()));
                canvas.select(vm.selection().selectedProperty().get());
                canvas.highlight(vm.selection().highlightProperty().get());
            } finally {
                replacing = false;
            }
            restoreView(zoom, origin);
        });
    }

    /** The picture with the what-if's changes marked on it while there is a what-if, else as it is. */
    private DiagramLayout withWhatIf(DiagramLayout layout) {
        return vm.selection().pictureShown(layout);
    }

    private void show(DiagramLayout layout) {
        // boxes kept in their places (a filter change, a live update): the view stays too, so nothing on screen moves
        boolean keepView = vm.workspace().keepsView() && canvas.getDiagram().width() > 0 && canvas.getWidth() > 0;
        Optional<ViewState> lookedAt = canvas.getDiagram().width() > 0 ? Optional.empty() : vm.workspace().lastView();
        double zoom = canvas.getZoom();
        Point2D origin = canvas.diagramToLocal(0, 0);
        replacing = true;
        try {
            canvas.setDiagram(withWhatIf(layout));
            canvas.select(vm.selection().selectedProperty().get());
            canvas.highlight(vm.selection().highlightProperty().get());
        } finally {
            replacing = false;
        }
        Analysis analysis = vm.workspace().analysisProperty().get();
        boolean newCluster = analysis != shownAnalysis;
        shownAnalysis = analysis;
        if (keepView) {
            restoreView(zoom, origin);
        } else if (lookedAt.isPresent()) {
            canvas.setView(lookedAt.get());
        } else if (newCluster) {
            // any cluster opens fitted: the overview names every group, at any size
            whenShown(analysis, layout);
        }
    }

    /** Puts the view back to a zoom and the place of the diagram's origin on the canvas, after the new picture fitted itself. */
    private void restoreView(double zoom, Point2D origin) {
        Point2D now = canvas.diagramToLocal(0, 0);
        canvas.zoomAt(zoom / canvas.getZoom(), now.getX(), now.getY());
        canvas.panBy(origin.getX() - now.getX(), origin.getY() - now.getY());
    }

    /** Tells the timings once the new picture has been laid out on screen and the window handles input again. */
    private void whenShown(Analysis analysis, DiagramLayout layout) {
        Scene scene = getScene();
        if (scene == null || analysis == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(() -> vm.workspace().timings().shown(
                    analysis.snapshot().pods().size() + " pods, " + layout.boxCount() + " boxes, " + layout.connections().size()
                            + " connections"));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Centres a box or line of the picture shown, at a zoom where it is drawn and its words read well. */
    void reveal(String id) {
        canvas.reveal(id, REVEAL_ZOOM);
    }

    /** The canvas. */
    DiagramCanvas canvas() {
        return canvas;
    }
}
