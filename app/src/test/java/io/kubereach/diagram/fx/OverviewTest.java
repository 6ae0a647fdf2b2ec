package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.PictureRenderer;
import io.kubereach.diagram.RecordingPen;
import io.kubereach.diagram.SyntheticDiagram;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the overview of 2,000 pods on a canvas the size of the diagram's part of a window, headless")
class OverviewTest {

    private static DiagramLayout layout;
    private DiagramCanvas canvas;

    @BeforeAll
    static void layOut() {
        layout = new DiagramLayouter(DemoDiagram.english()).layout(SyntheticDiagram.medium().graph(), Grouping.NAMESPACE);
    }

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DemoDiagram.english());
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
        canvas.setDiagram(layout);
    }

    private RecordingPen drawn() {
        RecordingPen pen = new RecordingPen();
        WaitForAsyncUtils.asyncFx(() -> canvas.render(pen));
        WaitForAsyncUtils.waitForFxEvents();
        return pen;
    }

    private List<DiagramBox> groups() {
        return layout.boxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).toList();
    }

    private String wordsOn(RecordingPen pen, DiagramBox box) {
        return WordsOnBox.of(pen, canvas, box);
    }

    @Test
    @DisplayName("fitted, every namespace is drawn closed with its whole name, never smaller than the smallest readable size")
    void everyGroupNamedAtFit() {
        assertThat(groups()).hasSize(20);
        RecordingPen pen = drawn();
        List<String> missing = new ArrayList<>();
        for (DiagramBox g : groups()) {
            assertThat(canvas.isOpen(g.id())).as(g.id() + " is closed at fit").isFalse();
            if (!wordsOn(pen, g).startsWith(g.label())) {
                missing.add(g.label() + " drawn as '" + wordsOn(pen, g) + "'");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(pen.texts()).allMatch(t -> t.size() >= PictureRenderer.MIN_TEXT - 1);
    }

    @Test
    @DisplayName("a closed namespace clicked and expanded (Enter) opens in place at the same zoom: its workloads are drawn, every other box stays where it was")
    void expandingInPlaceMovesNothingElse(FxRobot robot) {
        DiagramBox group = groups().get(0);
        RecordingPen before = drawn();
        double zoom = canvas.getZoom();
        Point2D corner = canvas.diagramToLocal(group.x(), group.y());
        // a click and Enter, not a double-click: on a loaded machine the robot's two clicks may come too far apart to
        // make one double-click (the gesture itself is DiagramCanvasTest's); what is checked here is that nothing else moves
        robot.clickOn(canvas.localToScreen(corner.add(3, 3)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getSelectedId()).as("the click selects the namespace").isEqualTo(group.id());
        assertThat(canvas.isOpen(group.id())).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isOpen(group.id())).isTrue();
        assertThat(canvas.getZoom()).isEqualTo(zoom);
        assertThat(canvas.diagramToLocal(group.x(), group.y())).isEqualTo(corner);
        RecordingPen after = drawn();
        for (DiagramBox other : groups()) {
            if (other != group) {
                assertThat(wordsOn(after, other)).as(other.id()).isEqualTo(wordsOn(before, other));
            }
        }
        assertThat(after.rects().size()).as("its workloads are drawn as boxes").isGreaterThan(before.rects().size());
    }
}
