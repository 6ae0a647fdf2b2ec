package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.diff.ChangeKind;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.WhatIfPolicy;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
@DisplayName("the what-if panel, headless")
class WhatIfPaneTest {

    private static final String NIGHTLY = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "Job", "nightly-report-28735140"));
    private static final String REDIS = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "StatefulSet", "redis"));

    private AppViewModel vm;

    private final FileDialogs dialogs = new NoFileDialogs();

    @Start
    void start(Stage stage) {
        AppPreferences prefs = HeadlessWindow.preferences(Language.ENGLISH);
        vm = new AppViewModel(new ClusterSourceLoader(), new FxJobRunner(), prefs);
        new MainWindow(stage, vm, dialogs, owner -> Optional.empty()).show(Optional.empty());
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static DiagramCanvas canvas(FxRobot robot) {
        return robot.lookup("#diagram").queryAs(DiagramCanvas.class);
    }

    private static Map<String, List<Double>> places(DiagramCanvas canvas) {
        return canvas.getDiagram().allBoxes().stream()
                .collect(Collectors.toMap(DiagramBox::id, b -> List.of(b.x(), b.y(), b.width(), b.height()), (a, b) -> a));
    }

    @Test
    @DisplayName("typing a rule for nightly-report into test-network-policy turns that line from blocked to allowed, and nothing else")
    void editAdmitsNightlyReport(FxRobot robot) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, List<Double>> before = places(canvas(robot));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#what-if").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<WhatIfPolicy> policies = robot.lookup("#what-if-policies").queryAs(ListView.class);
        WhatIfPolicy redis = policies.getItems().stream().filter(p -> p.key().name().equals("test-network-policy")).findFirst().orElseThrow();
        robot.interact(() -> policies.getSelectionModel().select(redis));
        TextArea editor = robot.lookup("#what-if-editor").queryAs(TextArea.class);
        waitFor(() -> editor.getText().contains("test-network-policy"));

        // the caret after "role: frontend", then a new peer typed key by key
        String text = editor.getText();
        int at = text.indexOf("role: frontend") + "role: frontend".length();
        robot.interact(() -> {
            editor.requestFocus();
            editor.positionCaret(at);
        });
        String indent = text.substring(text.lastIndexOf('\n', text.indexOf("- podSelector")) + 1, text.indexOf("- podSelector"));
        robot.write("\n" + indent + "- podSelector:\n" + indent + "    matchLabels:\n" + indent + "      role: batc");
        assertThat(vm.whatIf().changes()).isEmpty(); // "role: batc" is valid YAML but matches nobody
        robot.write("h");
        waitFor(() -> !vm.whatIf().changes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#what-if-summary").queryAs(Label.class).getText()).isEqualTo("+1 allowed, \u22120 blocked, 0 changed");
        assertThat(vm.whatIf().changes()).singleElement().satisfies(c -> {
            assertThat(c.edgeId()).isEqualTo(GraphEdge.Traffic.idOf(NIGHTLY, REDIS));
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
        });
        assertThat(places(canvas(robot))).as("no box moved").isEqualTo(before);
        // the diff layer: that line marked as became allowed, every other line as it was (dimmed)
        io.kubereach.diagram.DiagramLayout shown = canvas(robot).getDiagram();
        assertThat(shown.showsChanges()).isTrue();
        assertThat(shown.connections()).filteredOn(c -> c.lineClass().change())
                .singleElement().satisfies(c -> {
                    assertThat(c.id()).isEqualTo(GraphEdge.Traffic.idOf(NIGHTLY, REDIS));
                    assertThat(c.lineClass()).isEqualTo(io.kubereach.diagram.LineClass.BECAME_ALLOWED);
                });
        assertThat(shown.lineSet(io.kubereach.diagram.Detail.everything()).lines())
                .filteredOn(l -> l.lineClass().change()).hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> vm.whatIf().changes().isEmpty());
        assertThat(editor.getText()).doesNotContain("batch");
        assertThat(canvas(robot).getDiagram().showsChanges()).isFalse();
        assertThat(places(canvas(robot))).isEqualTo(before);
    }

    @Test
    @DisplayName("the policy list's cells keep one tooltip each, its text following the policy shown, through edits and scrolling")
    void policyCellsKeepTheirTooltip(FxRobot robot) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#what-if-policies").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<WhatIfPolicy> policies = robot.lookup("#what-if-policies").queryAs(ListView.class);
        java.util.function.Supplier<Map<javafx.scene.control.ListCell<?>, javafx.scene.control.Tooltip>> tips = () -> robot.lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getListView() == policies && !c.isEmpty() && c.getTooltip() != null)
                .collect(Collectors.toMap(c -> (javafx.scene.control.ListCell<?>) c, c -> c.getTooltip(), (a, b) -> a));
        Map<javafx.scene.control.ListCell<?>, javafx.scene.control.Tooltip> before = tips.get();
        assertThat(before).isNotEmpty();

        WhatIfPolicy first = policies.getItems().get(0);
        robot.interact(() -> policies.getSelectionModel().select(first));
        TextArea editor = robot.lookup("#what-if-editor").queryAs(TextArea.class);
        waitFor(() -> editor.getText().contains(first.key().name()));
        robot.interact(() -> {
            editor.requestFocus();
            editor.positionCaret(editor.getText().length());
        });
        robot.write("# x");
        robot.interact(() -> policies.scrollTo(policies.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();

        tips.get().forEach((cell, tip) -> {
            if (before.containsKey(cell)) {
                assertThat(tip).as("the cell's own tooltip").isSameAs(before.get(cell));
            }
            assertThat(tip.getText()).isEqualTo(((WhatIfPolicy) cell.getItem()).key().toString());
        });
        assertThat(tips.get().keySet()).containsAnyElementsOf(before.keySet());
    }

    @Test
    @DisplayName("with a question's answer selected, the what-if compares the answer's pair before and after and offers what would allow it")
    void answerIsTheLineCompared(FxRobot robot) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        robot.interact(() -> {
            vm.question().fromProperty().set("default/nightly-report");
            vm.question().toProperty().set("default/redis");
            vm.question().portProperty().set("6379");
            vm.question().ask();
        });
        waitFor(() -> vm.selection().detailsProperty().get() instanceof io.kubereach.ui.model.Details.Answer);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#what-if-line").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.layout.VBox line = robot.lookup("#what-if-line").queryAs(javafx.scene.layout.VBox.class);
        List<String> texts = line.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
        assertThat(texts).first().isEqualTo("Line default/Job/nightly-report-28735140 \u2192 default/StatefulSet/redis");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Before: blocked"));
        assertThat(robot.lookup("#what-if-propose").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("opening and closing the what-if panel keeps the diagram's zoom, centre and the groups the user closed")
    void panelKeepsTheView(FxRobot robot) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        DiagramCanvas canvas = canvas(robot);
        robot.interact(() -> {
            canvas.zoomAt(1.6, canvas.getWidth() / 3, canvas.getHeight() / 3);
            canvas.toggle("ns:shop");
        });
        io.kubereach.diagram.ViewState before = canvas.getView();
        double height = canvas.getHeight();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#what-if").tryQuery().isPresent() && canvas.getHeight() < height);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getView().zoom()).isEqualTo(before.zoom());
        assertThat(canvas.getView().centerX()).isCloseTo(before.centerX(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(canvas.getView().centerY()).isCloseTo(before.centerY(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(canvas.isOpen("ns:shop")).isFalse();

        robot.interact(() -> vm.whatIf().shownProperty().set(false));
        waitFor(() -> canvas.getHeight() == height);
        assertThat(canvas.getView().zoom()).isEqualTo(before.zoom());
        assertThat(canvas.getView().centerY()).isCloseTo(before.centerY(), org.assertj.core.data.Offset.offset(1e-6));
    }
}
