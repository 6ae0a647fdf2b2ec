package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.Viewport;
import io.kubereach.diagram.ZoomDetail;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the first picture painted off screen in the job that made it, headless")
class FirstPaintTest {

    private final DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DemoDiagram.english());
        stage.setScene(new Scene(canvas, 900, 700));
        stage.show();
    }

    @Test
    @DisplayName("a picture prepared off the JavaFX thread is painted there as the canvas then paints it on screen, fitted")
    void paintsWhatTheFirstFrameDraws() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Platform.isFxApplicationThread()).isFalse();
        canvas.prepare(layout);
        Viewport prepared = canvas.preparedViewport(layout);
        assertThat(FirstPaint.done()).as("the process's first picture painted off screen").isTrue();

        WaitForAsyncUtils.asyncFx(() -> canvas.setDiagram(layout)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<Object[]> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            CountingPen onScreen = new CountingPen();
            canvas.render(onScreen);
            shown.complete(new Object[] {canvas.viewport(), canvas.lineSet(), canvas.detail(), onScreen});
        });
        Object[] s = shown.get(20, TimeUnit.SECONDS);

        assertThat(prepared).as("the view prepared is the fitted view shown").isEqualTo(s[0]);
        CountingPen offScreen = new CountingPen();
        FirstPaint.paint(layout, (LineSet) s[1], (ZoomDetail) s[2], prepared, offScreen);
        assertThat(offScreen.calls()).isPositive();
        assertThat(offScreen.toString()).isEqualTo(s[3].toString());
    }
}
