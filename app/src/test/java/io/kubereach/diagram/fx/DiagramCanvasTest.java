package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.diagram.DiagramPoint;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.Grouping;
import io.kubereach.graph.TrafficVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the diagram canvas, headless")
class DiagramCanvasTest {

    private static DiagramLayout layout;
    private DiagramCanvas canvas;

    @BeforeAll
    static void layOut() {
        layout = DemoDiagram.layout(Grouping.NAMESPACE);
    }

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DemoDiagram.english());
        stage.setScene(new Scene(canvas, 900, 700));
        stage.show();
        canvas.setDiagram(layout);
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screenPointOf(double diagramX, double diagramY) {
        Point2D local = canvas.diagramToLocal(diagramX, diagramY);
        return canvas.localToScreen(local);
    }

    /** A box whose centre is covered by nothing else (no line, no inner box). */
    private DiagramBox clearBox() {
        return layout.allBoxes().stream()
                .filter(b -> b.id().startsWith("container:"))
                .filter(b -> {
                    Point2D p = canvas.diagramToLocal(b.centerX(), b.centerY());
                    return canvas.idAt(p.getX(), p.getY()).equals(b.id());
                })
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("clicking a box selects it, and clicking empty space clears the selection")
    void clickSelects(FxRobot robot) {
        onFx(() -> canvas.zoomAt(2, 0, 0));
        onFx(() -> canvas.centerOn("container:default/redis-0/redis"));
        DiagramBox target = clearBox();
        onFx(() -> canvas.centerOn(target.id()));
        robot.clickOn(screenPointOf(target.centerX(), target.centerY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEqualTo(target.id());
        onFx(canvas::zoomToFit);
        assertThat(canvas.idAt(3, 3)).as("the fitted diagram keeps a margin").isEmpty();
        robot.clickOn(canvas.localToScreen(3, 3), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEmpty();
    }

    @Test
    @DisplayName("clicking a traffic line selects the line")
    void clickSelectsLine(FxRobot robot) {
        DiagramLine line = layout.lines().stream().filter(l -> l.verdict().isPresent())
                .filter(l -> l.verdict().get() == TrafficVerdict.BLOCKED).findFirst().orElseThrow();
        onFx(() -> {
            canvas.zoomAt(1 / canvas.getZoom(), 0, 0);
            canvas.centerOn(line.id());
        });
        Point2D mid = new Point2D(line.pointAt(0.5).x(), line.pointAt(0.5).y());
        Point2D local = canvas.diagramToLocal(mid.getX(), mid.getY());
        String expected = canvas.idAt(local.getX(), local.getY());
        assertThat(expected).startsWith("traffic:");
        robot.clickOn(canvas.localToScreen(local), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEqualTo(expected);
    }

    @Test
    @DisplayName("clicking a line routed around boxes, on a stretch far from its ends, selects that line")
    void clickSelectsRoutedLine(FxRobot robot) {
        DiagramLine line = layout.lines().stream().filter(l -> l.verdict().isPresent() && !l.path().curved() && l.points().size() > 3)
                .findFirst().orElseThrow();
        // the middle of its longest stretch
        DiagramPoint a = line.points().get(0);
        DiagramPoint b = line.points().get(1);
        for (int i = 1; i < line.points().size(); i++) {
            DiagramPoint p = line.points().get(i - 1);
            DiagramPoint q = line.points().get(i);
            if (Math.hypot(q.x() - p.x(), q.y() - p.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
                a = p;
                b = q;
            }
        }
        Point2D mid = new Point2D((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        onFx(() -> {
            canvas.zoomAt(1 / canvas.getZoom(), 0, 0);
            canvas.centerOn(line.id());
        });
        onFx(() -> {
            Point2D shift = canvas.diagramToLocal(mid.getX(), mid.getY());
            canvas.panBy(canvas.getWidth() / 2 - shift.getX(), canvas.getHeight() / 2 - shift.getY());
        });
        Point2D local = canvas.diagramToLocal(mid.getX(), mid.getY());
        assertThat(canvas.idAt(local.getX(), local.getY())).isEqualTo(line.id());
        robot.clickOn(canvas.localToScreen(local), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEqualTo(line.id());
        Point2D beside = canvas.diagramToLocal(mid.getX() + (a.y() == b.y() ? 0 : 40), mid.getY() + (a.y() == b.y() ? 40 : 0));
        assertThat(canvas.idAt(beside.getX(), beside.getY())).as("40 units beside the line is not the line").isNotEqualTo(line.id());
    }

    @Test
    @DisplayName("switching to the dark style repaints the background dark and keeps the selection")
    void darkStyle() {
        DiagramBox redis = layout.box("workload:default/StatefulSet/redis").orElseThrow();
        onFx(() -> canvas.select(redis.id()));
        onFx(() -> canvas.setDiagramStyle(DiagramStyle.DARK));
        assertThat(canvas.getSelectedId()).isEqualTo(redis.id());
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = canvas.snapshot(null, null));
        int corner = image[0].getPixelReader().getArgb(2, 2) & 0xFFFFFF;
        assertThat(corner).isEqualTo(DiagramStyle.DARK.background());
        onFx(() -> canvas.setDiagramStyle(DiagramStyle.LIGHT));
        onFx(() -> image[0] = canvas.snapshot(null, null));
        assertThat(image[0].getPixelReader().getArgb(2, 2) & 0xFFFFFF).isEqualTo(DiagramStyle.LIGHT.background());
    }

    @Test
    @DisplayName("a resize refits the view while nobody has zoomed or panned, and leaves it alone after")
    void resizeRefitsUntilTheUserMoves() {
        onFx(() -> canvas.getScene().getWindow().setHeight(500));
        Point2D bottomRight = canvas.diagramToLocal(layout.width(), layout.height());
        assertThat(bottomRight.getY()).isLessThanOrEqualTo(canvas.getHeight());
        assertThat(bottomRight.getX()).isLessThanOrEqualTo(canvas.getWidth());
        onFx(canvas::zoomIn);
        double zoomed = canvas.getZoom();
        onFx(() -> canvas.getScene().getWindow().setHeight(650));
        assertThat(canvas.getZoom()).isEqualTo(zoomed);
    }

    @Test
    @DisplayName("zoomToFit makes the whole layout visible, after zooming in and panning away")
    void zoomToFitShowsEverything() {
        onFx(() -> {
            canvas.zoomIn();
            canvas.zoomIn();
            canvas.panBy(-3000, -2000);
        });
        Point2D far = canvas.diagramToLocal(layout.width(), layout.height());
        assertThat(far.getX() > canvas.getWidth() || far.getY() > canvas.getHeight() || canvas.diagramToLocal(0, 0).getX() < 0).isTrue();
        onFx(canvas::zoomToFit);
        Point2D topLeft = canvas.diagramToLocal(0, 0);
        Point2D bottomRight = canvas.diagramToLocal(layout.width(), layout.height());
        assertThat(topLeft.getX()).isGreaterThanOrEqualTo(0);
        assertThat(topLeft.getY()).isGreaterThanOrEqualTo(0);
        assertThat(bottomRight.getX()).isLessThanOrEqualTo(canvas.getWidth());
        assertThat(bottomRight.getY()).isLessThanOrEqualTo(canvas.getHeight());
        assertThat(Math.max(bottomRight.getX() - topLeft.getX(), 0) + 1).isGreaterThan(canvas.getWidth() * 0.5);
    }

    @Test
    @DisplayName("the mouse wheel zooms around the cursor: the point under it stays put")
    void wheelZoomsAroundTheCursor(FxRobot robot) {
        Point2D cursor = new Point2D(300, 200);
        Point2D before = canvas.localToDiagram(cursor.getX(), cursor.getY());
        double zoom = canvas.getZoom();
        robot.moveTo(canvas.localToScreen(cursor));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getZoom()).isNotEqualTo(zoom);
        Point2D after = canvas.localToDiagram(cursor.getX(), cursor.getY());
        assertThat(after.distance(before)).isLessThan(1.5 / canvas.getZoom());
    }

    @Test
    @DisplayName("dragging pans the view by the distance dragged")
    void dragPans(FxRobot robot) {
        Point2D start = canvas.localToScreen(400, 300);
        Point2D before = canvas.diagramToLocal(100, 100);
        robot.drag(start, MouseButton.PRIMARY).moveBy(120, 80).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = canvas.diagramToLocal(100, 100);
        assertThat(after.getX() - before.getX()).isCloseTo(120, org.assertj.core.data.Offset.offset(6.0));
        assertThat(after.getY() - before.getY()).isCloseTo(80, org.assertj.core.data.Offset.offset(6.0));
        assertThat(canvas.getSelectedId()).as("a drag is not a click").isEmpty();
    }

    @Test
    @DisplayName("centerOn puts a box in the middle, and actualSize zooms to 100 %")
    void centerOnAndActualSize() {
        onFx(canvas::actualSize);
        assertThat(canvas.getZoom()).isEqualTo(1.0);
        DiagramBox redis = layout.box("workload:default/StatefulSet/redis").orElseThrow();
        onFx(() -> canvas.centerOn(redis.id()));
        Point2D c = canvas.diagramToLocal(redis.centerX(), redis.centerY());
        assertThat(c.getX()).isCloseTo(canvas.getWidth() / 2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(c.getY()).isCloseTo(canvas.getHeight() / 2, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    @DisplayName("highlighting keeps the chosen lines and fades the others; the tooltip names what is under the mouse")
    void highlightAndTooltip() {
        DiagramLine chosen = layout.lines().get(layout.lines().size() - 1);
        onFx(() -> canvas.highlight(Set.of(chosen.id())));
        assertThat(canvas.getHighlighted()).containsExactly(chosen.id());
        onFx(() -> {
            canvas.zoomAt(1 / canvas.getZoom(), 0, 0);
            canvas.centerOn("pod:default/redis-0");
        });
        DiagramBox pause = layout.box("pause:default/redis-0").orElseThrow();
        Point2D p = canvas.diagramToLocal(pause.x() + 4, pause.y() + 4);
        assertThat(canvas.describe(p.getX(), p.getY())).startsWith("Pause container: pause").contains("10.244.0.10");
    }

    @Test
    @DisplayName("renders the demo to a picture (written to app/target/diagram-canvas.png)")
    void snapshot() throws IOException {
        onFx(() -> canvas.zoomAt(0.55 / canvas.getZoom(), canvas.getWidth() / 2, 0));
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = canvas.snapshot(null, null));
        Path out = Path.of("target", "diagram-canvas.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
