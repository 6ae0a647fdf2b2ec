package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DrawnLine;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LineKind;
import io.kubereach.diagram.LinePath;
import io.kubereach.diagram.RecordingPen;
import io.kubereach.diagram.ViewState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
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
        return canvas.localToScreen(canvas.diagramToLocal(diagramX, diagramY));
    }

    /**
     * A whole pixel of the canvas in the middle of where the line's own stroke is found (not a
     * bundle it shares with a bigger line), away from the minimap.
     */
    private Optional<Point2D> strokeOf(DrawnLine line) {
        LinePath path = canvas.lineSet().path(line);
        for (int i = 1; i < path.points().size(); i++) {
            var a = path.points().get(i - 1);
            var b = path.points().get(i);
            Point2D mid = canvas.diagramToLocal((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
            mid = new Point2D(Math.floor(mid.getX()), Math.floor(mid.getY()));
            boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
            List<Point2D> hits = new java.util.ArrayList<>();
            for (int offset = -12; offset <= 12; offset++) {
                Point2D p = horizontal ? mid.add(0, offset) : mid.add(offset, 0);
                boolean underMinimap = p.getX() > canvas.getWidth() - 230 && p.getY() > canvas.getHeight() - 170;
                if (p.getX() > 0 && p.getY() > 0 && p.getX() < canvas.getWidth() && p.getY() < canvas.getHeight() && !underMinimap
                        && canvas.idAt(p.getX(), p.getY()).equals(line.id())) {
                    hits.add(p);
                }
            }
            if (!hits.isEmpty()) {
                return Optional.of(hits.get(hits.size() / 2));
            }
        }
        return Optional.empty();
    }

    @Test
    @DisplayName("clicking a box selects it, and clicking empty space clears the selection")
    void clickSelects(FxRobot robot) {
        onFx(() -> canvas.zoomAt(2 / canvas.getZoom(), 0, 0));
        onFx(() -> canvas.centerOn("container:default/redis-0/redis"));
        DiagramBox target = layout.box("container:default/redis-0/redis").orElseThrow();
        assertThat(canvas.isOpen("pod:default/redis-0")).as("at 200 % a pod shows its containers").isTrue();
        robot.clickOn(screenPointOf(target.x() + 6, target.y() + 6), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEqualTo(target.id());
        onFx(canvas::zoomToFit);
        assertThat(canvas.idAt(3, 3)).as("the fitted diagram keeps a margin").isEmpty();
        robot.clickOn(canvas.localToScreen(3, 3), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEmpty();
    }

    @Test
    @DisplayName("clicking a line's stroke far from its ends selects that line; forty pixels beside it does not")
    void clickSelectsLine(FxRobot robot) {
        onFx(() -> canvas.zoomAt(1 / canvas.getZoom(), 0, 0));
        DrawnLine line = null;
        Point2D at = null;
        for (DrawnLine l : canvas.lineSet().lines()) {
            if (l.kind() != LineKind.TRAFFIC) {
                continue;
            }
            DrawnLine candidate = l;
            onFx(() -> canvas.centerOn(candidate.id()));
            Optional<Point2D> found = strokeOf(l);
            if (found.isPresent()) {
                line = l;
                at = found.get();
                break;
            }
        }
        assertThat(line).as("a traffic line with a stroke of its own").isNotNull();
        robot.clickOn(canvas.localToScreen(at), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).isEqualTo(line.id());
        assertThat(canvas.idAt(at.getX() + 40, at.getY() + 40)).isNotEqualTo(line.id());
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
        assertThat(after.getX() - before.getX()).isCloseTo(120, Offset.offset(6.0));
        assertThat(after.getY() - before.getY()).isCloseTo(80, Offset.offset(6.0));
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
        assertThat(c.getX()).isCloseTo(canvas.getWidth() / 2, Offset.offset(0.5));
        assertThat(c.getY()).isCloseTo(canvas.getHeight() / 2, Offset.offset(0.5));
    }

    @Test
    @DisplayName("highlighting a graph edge traces its line along its whole way over the others; the tooltip names what is under the mouse")
    void highlightAndTooltip() {
        DrawnLine chosen = canvas.lineSet().lines().stream().filter(l -> l.kind() == LineKind.TRAFFIC).findFirst().orElseThrow();
        String edge = chosen.parts().get(0).id();
        onFx(() -> canvas.highlight(Set.of(edge)));
        assertThat(canvas.getHighlighted()).containsExactly(edge);
        RecordingPen pen = new RecordingPen();
        onFx(() -> canvas.render(pen));
        List<io.kubereach.diagram.DiagramPoint> way = canvas.lineSet().path(chosen).points();
        Point2D end = canvas.diagramToLocal(way.get(way.size() - 1).x(), way.get(way.size() - 1).y());
        assertThat(pen.strokes()).as("a stroke of the traced line ends at the line's end")
                .anyMatch(s -> Math.abs(s.x1() - end.getX()) < 0.5 && Math.abs(s.y1() - end.getY()) < 0.5);
        onFx(() -> {
            canvas.zoomAt(2 / canvas.getZoom(), 0, 0);
            canvas.centerOn("pod:default/redis-0");
        });
        DiagramBox pause = layout.box("pause:default/redis-0").orElseThrow();
        Point2D p = canvas.diagramToLocal(pause.x() + 4, pause.y() + 4);
        assertThat(canvas.describe(p.getX(), p.getY())).startsWith("Pause container: pause").contains("10.244.0.10");
    }

    @Test
    @DisplayName("double-clicking a group collapses it in place and again expands it: nothing else moves, the view stays")
    void doubleClickCollapsesAndExpandsInPlace(FxRobot robot) {
        DiagramBox shop = layout.box("ns:shop").orElseThrow();
        assertThat(canvas.isOpen(shop.id())).as("at fit the demo's groups show their workloads").isTrue();
        ViewState before = canvas.getView();
        RecordingPen was = new RecordingPen();
        onFx(() -> canvas.render(was));
        Point2D inShop = screenPointOf(shop.x() + 6, shop.y() + shop.height() - 6);
        robot.doubleClickOn(inShop, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isOpen(shop.id())).isFalse();
        assertThat(canvas.getDiagram()).isSameAs(layout);
        assertThat(canvas.getView().zoom()).isEqualTo(before.zoom());
        assertThat(canvas.getView().centerX()).isEqualTo(before.centerX());
        RecordingPen collapsed = new RecordingPen();
        onFx(() -> canvas.render(collapsed));
        assertThat(boxWordsOutside(collapsed, shop)).as("every box's words outside the group stay where they were")
                .isNotEmpty().isEqualTo(boxWordsOutside(was, shop));
        assertThat(boxWordsOutside(was, shop)).as("the group's own words are not among them").noneMatch(t -> t.text().equals("shop"));
        assertThat(collapsed.texts()).as("the workloads inside are not drawn").noneMatch(t -> t.text().startsWith("cart-84b6d7"));
        robot.doubleClickOn(inShop, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isOpen(shop.id())).isTrue();
        RecordingPen again = new RecordingPen();
        onFx(() -> canvas.render(again));
        assertThat(again.texts()).isEqualTo(was.texts());
    }

    /** The words of boxes other than {@code box} and those inside it, drawn outside it, where they were drawn. */
    private List<RecordingPen.Text> boxWordsOutside(RecordingPen pen, DiagramBox box) {
        Point2D a = canvas.diagramToLocal(box.x(), box.y());
        Point2D b = canvas.diagramToLocal(box.x() + box.width(), box.y() + box.height());
        Set<String> words = new java.util.HashSet<>();
        for (DiagramBox other : layout.allBoxes()) {
            if (!inside(other, box)) {
                words.add(other.label());
                words.addAll(other.details());
            }
        }
        return pen.texts().stream().filter(t -> words.contains(t.text()))
                .filter(t -> t.x() < a.getX() || t.x() > b.getX() || t.baseline() < a.getY() || t.baseline() > b.getY()).toList();
    }

    private static boolean inside(DiagramBox b, DiagramBox outer) {
        Optional<DiagramBox> at = Optional.of(b);
        while (at.isPresent()) {
            if (at.get().id().equals(outer.id())) {
                return true;
            }
            at = layout.parent(at.get().id());
        }
        return false;
    }

    @Test
    @DisplayName("Enter expands the selected box in place, whatever the zoom; a second Enter collapses it")
    void enterTogglesTheSelection(FxRobot robot) {
        String redis = "workload:default/StatefulSet/redis";
        assertThat(canvas.isOpen(redis)).as("at fit the demo's workloads are closed").isFalse();
        double zoom = canvas.getZoom();
        onFx(() -> canvas.select(redis));
        onFx(canvas::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(canvas.isOpen(redis)).isTrue();
        assertThat(canvas.getZoom()).isEqualTo(zoom);
        RecordingPen pen = new RecordingPen();
        onFx(() -> canvas.render(pen));
        assertThat(pen.texts()).as("its pods are drawn").anyMatch(t -> t.text().startsWith("redis-"));
        robot.type(KeyCode.ENTER);
        assertThat(canvas.isOpen(redis)).isFalse();
    }

    @Test
    @DisplayName("zoomed in, a minimap shows the whole picture; pressing it moves the view there")
    void minimapMovesTheView(FxRobot robot) {
        var minimap = robot.lookup("#minimap").query();
        assertThat(minimap.isVisible()).as("at fit there is no minimap").isFalse();
        onFx(() -> canvas.zoomAt(3, 10, 10));
        assertThat(minimap.isVisible()).isTrue();
        var bounds = minimap.localToScreen(minimap.getBoundsInLocal());
        robot.clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D centre = canvas.localToDiagram(canvas.getWidth() / 2, canvas.getHeight() / 2);
        assertThat(centre.getX()).isCloseTo(layout.width() / 2, Offset.offset(layout.width() * 0.05));
        assertThat(centre.getY()).isCloseTo(layout.height() / 2, Offset.offset(layout.height() * 0.05));
        assertThat(canvas.getSelectedId()).as("pressing the minimap selects nothing").isEmpty();
    }

    @Test
    @DisplayName("a view state given to the canvas puts back the zoom, the centre and the collapsed boxes")
    void viewStateComesBack() {
        ViewState state = new ViewState(0.9, 700, 900, Map.of("ns:shop", false));
        onFx(() -> canvas.setView(state));
        assertThat(canvas.getZoom()).isEqualTo(0.9);
        Point2D centre = canvas.localToDiagram(canvas.getWidth() / 2, canvas.getHeight() / 2);
        assertThat(centre.getX()).isCloseTo(700, Offset.offset(0.01));
        assertThat(centre.getY()).isCloseTo(900, Offset.offset(0.01));
        assertThat(canvas.isOpen("ns:shop")).isFalse();
        assertThat(canvas.getView().chosen()).isEqualTo(state.chosen());
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
