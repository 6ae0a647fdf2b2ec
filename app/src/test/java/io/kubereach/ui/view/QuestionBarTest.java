package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.model.LineBreaks;
import io.kubereach.diagram.ViewState;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
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
@DisplayName("the question bar, the peers both ways and the keys, in the demo window")
class QuestionBarTest {

    private final GateLoader loader = new GateLoader();
    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = HeadlessWindow.shown(stage, loader, Language.ENGLISH);
    }

    @AfterEach
    void openTheGate() {
        loader.open();
        Messages.use(Language.ENGLISH);
    }


    private void waitForDemo() throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String root) {
        return robot.from(robot.lookup(root).query().lookupAll("*")).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).map(LineBreaks::plain).toList();
    }

    private static DiagramCanvas canvas(FxRobot robot) {
        return robot.lookup("#diagram").queryAs(DiagramCanvas.class);
    }

    @Test
    @DisplayName("Ctrl+R, nightly-report, redis and 6379 answer blocked with the closest rule named, and the path is highlighted")
    void asksNightlyReportToRedis(FxRobot robot) throws Exception {
        waitForDemo();
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        robot.write("default/nightly-report").type(KeyCode.ESCAPE);
        robot.clickOn("#question-to").write("default/redis").type(KeyCode.ESCAPE);
        robot.clickOn("#question-port").write("6379").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#details-answer").tryQuery().isPresent());
        assertThat(robot.lookup("#answer-verdict").queryAs(Labeled.class).getText()).isEqualTo("blocked");
        // the connections come a few a frame after the verdict
        waitFor(() -> texts(robot, "#details-answer").stream().anyMatch(t -> t.startsWith("closest: default/test-network-policy ingress rule 1")
                && t.contains("namespace label project=myproject missing on default")));
        waitFor(() -> canvas(robot).getHighlighted().contains("pod:default/redis-0"));
        assertThat(canvas(robot).getHighlighted()).contains("pod:default/redis-1", "workload:default/StatefulSet/redis")
                .anyMatch(id -> id.startsWith("pod:default/nightly-report"));
    }

    @Test
    @DisplayName("completion offers the cluster's names under FROM as one types")
    void completes(FxRobot robot) throws Exception {
        waitForDemo();
        robot.clickOn("#question-from").write("default/nig");
        waitFor(() -> robot.lookup("default/nightly-report").tryQuery().isPresent());
        robot.clickOn("default/nightly-report");
        assertThat(vm.question().fromProperty().get()).isEqualTo("default/nightly-report");
    }

    @Test
    @DisplayName("typing on keeps the completion menu's items and gives them the new names")
    void completionItemsKeptAsOneTypes(FxRobot robot) throws Exception {
        waitForDemo();
        robot.clickOn("#question-from").write("d");
        waitFor(() -> robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()));
        List<javafx.scene.control.MenuItem> first = List.copyOf(menu(robot).getItems());
        robot.write("e");
        List<javafx.scene.control.MenuItem> then = List.copyOf(menu(robot).getItems());
        assertThat(first).hasSize(then.size());
        assertThat(then).as("the same items").containsExactlyElementsOf(first);
        assertThat(then).extracting(i -> ((Labeled) ((javafx.scene.control.CustomMenuItem) i).getContent()).getText())
                .containsExactlyElementsOf(vm.question().suggestions("de"));
        robot.clickOn(((javafx.scene.control.CustomMenuItem) then.get(0)).getContent());
        assertThat(vm.question().fromProperty().get()).isEqualTo(vm.question().suggestions("de").get(0));
    }

    /** FROM's completion menu, while it shows. */
    private static javafx.scene.control.ContextMenu menu(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu m && "question-from-completions".equals(m.getId()))
                .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a pod's details list the peers that cannot reach it, by namespace, and say it cannot resolve DNS")
    void blockedPeersInThePodsDetails(FxRobot robot) throws Exception {
        waitForDemo();
        robot.interact(() -> vm.selection().select("pod:default/redis-0"));
        waitFor(() -> robot.lookup("#peers-not-reached-by").tryQuery().isPresent());
        assertThat(robot.lookup("#peers-not-reached-by").queryAs(Labeled.class).getText()).matches("Not reached by \\(\\d+\\)");
        // the rows are cells of the section's tree once it has a skin: after a pulse; a peer is named under its namespace's branch
        waitFor(() -> texts(robot, "#peer-lists").contains("nightly-report-28735140-9wz5t"));
        assertThat(texts(robot, "#peer-lists")).contains("nightly-report-28735140-9wz5t").anyMatch(t -> t.matches("default \\(\\d+\\)"))
                .anyMatch(t -> t.startsWith("It cannot resolve names"));
        robot.interact(() -> robot.lookup("#peer-filter").queryAs(javafx.scene.control.TextField.class).setText("zzz"));
        assertThat(texts(robot, "#peer-lists")).contains("0 peers match the filter.");
    }

    @Test
    @DisplayName("focus on redis keeps its blocked lines, highlighted in their colour")
    void blockedLinesKeptUnderFocus(FxRobot robot) throws Exception {
        waitForDemo();
        robot.interact(() -> vm.selection().select("workload:default/StatefulSet/redis"));
        waitFor(() -> vm.selection().canFocus());
        robot.interact(() -> vm.selection().focus(true));
        waitFor(() -> canvas(robot).getDiagram().allBoxes().stream().noneMatch(b -> b.id().startsWith("workload:kube-system/")));
        waitFor(() -> canvas(robot).lineSet().lines().stream().anyMatch(l -> l.id().contains("nightly-report") && l.id().contains("redis")));
        String blocked = "traffic:workload:default/Job/nightly-report-28735140>workload:default/StatefulSet/redis";
        waitFor(() -> canvas(robot).getHighlighted().contains(blocked));
    }

    @Test
    @DisplayName("arrow keys pan the diagram (Shift: faster) and do not switch tabs; Ctrl+Shift+= zooms in")
    void arrowKeysPan(FxRobot robot) throws Exception {
        waitForDemo();
        DiagramCanvas canvas = canvas(robot);
        robot.clickOn("#tab-diagram .tab-label");
        robot.clickOn(canvas);
        assertThat(canvas.isFocused()).as("a click on the canvas takes the focus from the tabs").isTrue();
        ViewState before = canvas.getView();
        robot.type(KeyCode.LEFT);

        ViewState left = canvas.getView();
        assertThat(left.centerX()).isLessThan(before.centerX());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(canvas.getView().centerX() - left.centerX()).isGreaterThan(3 * (before.centerX() - left.centerX()));
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
        double zoom = canvas.getZoom();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(canvas.getZoom()).isGreaterThan(zoom);
    }
}
