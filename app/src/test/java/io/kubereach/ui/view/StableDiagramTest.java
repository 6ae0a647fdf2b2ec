package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.Layer;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.task.FxJobRunner;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the diagram on screen stays put when a namespace is hidden, headless")
class StableDiagramTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppPreferences prefs = HeadlessWindow.preferences(Language.ENGLISH);
        vm = new AppViewModel(new GateLoader(), new FxJobRunner(), prefs);
        window = new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty());
        window.show(Optional.empty());
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private void waitForDemo() throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CheckBox namespaceCheck(FxRobot robot, String namespace) {
        Node cell = robot.lookup("#namespaces").lookup((Node n) -> n instanceof CheckBoxListCell<?> c && namespace.equals(c.getText())).query();
        return (CheckBox) ((CheckBoxListCell<?>) cell).getGraphic();
    }

    @Test
    @DisplayName("unchecking a namespace in the sidebar leaves the other groups at the same place in the diagram and on the screen")
    void uncheckingANamespaceMovesNothingElse(FxRobot robot) throws Exception {
        waitForDemo();
        DiagramCanvas canvas = canvas(robot);
        DiagramLayout before = canvas.getDiagram();
        DiagramBox shop = before.box("ns:shop").orElseThrow();
        Point2D onScreen = canvas.localToScreen(canvas.diagramToLocal(shop.x(), shop.y()));

        robot.clickOn(namespaceCheck(robot, "monitoring"));
        waitFor(() -> canvas.getDiagram() != before && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        DiagramLayout after = canvas.getDiagram();
        assertThat(after.box("ns:monitoring")).isEmpty();
        for (DiagramBox b : after.boxes()) {
            DiagramBox was = before.box(b.id()).orElseThrow();
            assertThat(new double[] {b.x(), b.y()}).as(b.id()).containsExactly(was.x(), was.y());
        }
        Point2D nowOnScreen = canvas.localToScreen(canvas.diagramToLocal(shop.x(), shop.y()));
        assertThat(nowOnScreen.getX()).as("shop's left edge on screen").isCloseTo(onScreen.getX(), within(0.5));
        assertThat(nowOnScreen.getY()).as("shop's top edge on screen").isCloseTo(onScreen.getY(), within(0.5));

        robot.clickOn(namespaceCheck(robot, "monitoring"));
        waitFor(() -> canvas.getDiagram().box("ns:monitoring").isPresent() && !vm.activity().runningProperty().get());
        assertThat(canvas.getDiagram().box("ns:monitoring").orElseThrow()).isEqualTo(before.box("ns:monitoring").orElseThrow());
    }

    @Test
    @DisplayName("View → Rearrange (Ctrl+L) lays the diagram out as a fresh open would")
    void rearrangeFromTheMenu(FxRobot robot) throws Exception {
        waitForDemo();
        DiagramLayout fresh = canvas(robot).getDiagram();
        GraphFilter shown = vm.workspace().filterProperty().get();
        robot.interact(() -> vm.workspace().filterProperty().set(shown.withLayer(Layer.CONTAINERS, false)));
        waitFor(() -> canvas(robot).getDiagram() != fresh && !vm.activity().runningProperty().get());
        robot.interact(() -> vm.workspace().filterProperty().set(shown));
        waitFor(() -> canvas(robot).getDiagram().box("pause:default/redis-0").isPresent() && !vm.activity().runningProperty().get());
        DiagramLayout remembered = canvas(robot).getDiagram();
        assertThat(vm.workspace().keepsView()).as("the places are remembered (the demo's happen to match a fresh layout)").isTrue();
        MenuItem item = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "Rearrange the diagram".equals(i.getText())).findFirst().orElseThrow();
        assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+L"));
        robot.clickOn("View").clickOn("Rearrange the diagram");
        waitFor(() -> canvas(robot).getDiagram() != remembered && !vm.activity().runningProperty().get());
        assertThat(canvas(robot).getDiagram().allBoxes()).isEqualTo(fresh.allBoxes());
        assertThat(vm.workspace().keepsView()).isFalse();
    }

    /** The diagram canvas the window shows, found as a user finds it. */
    private static DiagramCanvas canvas(FxRobot robot) {
        return robot.lookup("#diagram").queryAs(DiagramCanvas.class);
    }
}
