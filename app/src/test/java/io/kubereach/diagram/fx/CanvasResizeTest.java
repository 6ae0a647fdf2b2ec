package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.ViewState;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A panel opening under the canvas (as the what-if panel does) resizes it: what the user looked at stays. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the diagram canvas resized by a panel under it, headless")
class CanvasResizeTest {

    private static DiagramLayout layout;
    private DiagramCanvas canvas;
    private final Region panel = new Region();

    @BeforeAll
    static void layOut() {
        layout = DemoDiagram.layout(Grouping.NAMESPACE);
    }

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DemoDiagram.english());
        panel.setMinHeight(0);
        panel.setPrefHeight(0);
        stage.setScene(new Scene(new BorderPane(canvas, null, null, panel, null), 900, 700));
        stage.show();
        canvas.setDiagram(layout);
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void panelOpens(double height) {
        onFx(() -> {
            panel.setMinHeight(height);
            panel.setPrefHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void sameView(ViewState now, ViewState before) {
        assertThat(now.zoom()).isEqualTo(before.zoom());
        assertThat(now.centerX()).isCloseTo(before.centerX(), within(1e-6));
        assertThat(now.centerY()).isCloseTo(before.centerY(), within(1e-6));
        assertThat(now.chosen()).isEqualTo(before.chosen());
    }

    @Test
    @DisplayName("a view nobody moved since it was fitted is fitted again: the whole picture stays in sight")
    void untouchedViewFitsAgain() {
        double fitted = canvas.getZoom();
        double height = canvas.getHeight();
        panelOpens(350);
        assertThat(canvas.getHeight()).isEqualTo(height - 350);
        assertThat(canvas.getZoom()).isLessThan(fitted).isEqualTo(PanAndZoom.fitZoom(layout, canvas.getWidth(), canvas.getHeight()));
    }

    @Test
    @DisplayName("after zooming and panning, the panel opening and closing keeps the zoom and the point at the centre of the view")
    void zoomedViewKeepsItsCentre() {
        onFx(() -> {
            canvas.zoomAt(2.5, 300, 200);
            canvas.panBy(-40, 25);
        });
        ViewState before = canvas.getView();
        double height = canvas.getHeight();
        panelOpens(350);
        assertThat(canvas.getHeight()).isEqualTo(height - 350);
        sameView(canvas.getView(), before);
        panelOpens(0);
        sameView(canvas.getView(), before);
    }

    @Test
    @DisplayName("a group closed by the user at fit stays closed and the view stays where it was when the panel opens")
    void closedGroupStaysClosed() {
        onFx(() -> canvas.toggle("ns:shop"));
        assertThat(canvas.isOpen("ns:shop")).isFalse();
        ViewState before = canvas.getView();
        panelOpens(350);
        sameView(canvas.getView(), before);
        assertThat(canvas.isOpen("ns:shop")).isFalse();
        assertThat(canvas.isOpen("ns:default")).as("the other groups as they were").isTrue();
    }

    @Test
    @DisplayName("fitting again (Ctrl+0) makes the view follow the canvas's size again")
    void fittingAgainFollowsTheSize() {
        onFx(() -> canvas.zoomAt(2, 100, 100));
        onFx(canvas::zoomToFit);
        panelOpens(300);
        assertThat(canvas.getZoom()).isEqualTo(PanAndZoom.fitZoom(layout, canvas.getWidth(), canvas.getHeight()));
    }
}
