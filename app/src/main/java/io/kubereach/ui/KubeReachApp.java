package io.kubereach.ui;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.source.DemoCluster;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The desktop window, minimal for now: the demo cluster's diagram in the centre, the legend on
 * the right and a status line at the bottom. Loading, analysis and layout run off the JavaFX
 * thread. Start it through {@link KubeReachLauncher} (or {@code kubereach} with no arguments).
 */
public final class KubeReachApp extends Application {

    /** The first view never starts below this zoom, so its words can be read. */
    private static final double READABLE_ZOOM = 0.5;

    private final DiagramText text = DiagramText.ofDefaultLocale();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.PRIMER_LIGHT.stylesheet());
        DiagramCanvas canvas = new DiagramCanvas(text);
        Label status = new Label(text.get("statusbar.loading"));
        status.getStyleClass().add("text-muted");
        status.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(canvas);
        root.setRight(new DiagramLegend(text));
        root.setBottom(status);
        canvas.selectedIdProperty().addListener((obs, old, id) -> {
            if (!id.isEmpty()) {
                status.setText(text.format("statusbar.selected", id));
            }
        });
        stage.setTitle(text.get("app.title"));
        stage.setScene(new Scene(root, 1440, 900));
        stage.show();
        load(canvas, status);
    }

    private void load(DiagramCanvas canvas, Label status) {
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                NetworkGraph graph = NetworkGraphBuilder.build(DemoCluster.snapshot());
                DiagramLayout layout = new DiagramLayouter(text).layout(graph.graph(), Grouping.NAMESPACE);
                return new Loaded(graph, layout);
            }
        };
        task.setOnSucceeded(e -> {
            Loaded loaded = task.getValue();
            canvas.setDiagram(loaded.layout());
            if (canvas.getZoom() < READABLE_ZOOM) {
                // a big cluster: start where the traffic enters (the top), at a zoom where words can be read
                canvas.zoomAt(READABLE_ZOOM / canvas.getZoom(), canvas.getWidth() / 2, 0);
            }
            status.setText(text.format("statusbar.ready", loaded.graph().snapshot().source(),
                    loaded.graph().vertices(GraphVertex.PodVertex.class).size(),
                    loaded.graph().vertices(GraphVertex.WorkloadVertex.class).size(), loaded.layout().lines().size()));
        });
        task.setOnFailed(e -> status.setText(text.format("statusbar.failed", String.valueOf(task.getException().getMessage()))));
        Thread worker = new Thread(task, "kubereach-load");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * What the background task hands to the window.
     *
     * @param graph the network graph
     * @param layout its picture
     */
    private record Loaded(NetworkGraph graph, DiagramLayout layout) {
    }
}
