package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.QueuedJobRunner;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Details that take a moment (a cold click at 10,000 pods) say they are being worked out, instead of showing the selection before as if it were the answer. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the details panel while the details are worked out, headless")
class DetailsBusyTest {

    private final QueuedJobRunner runner = new QueuedJobRunner();
    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AppViewModel(new ClusterSourceLoader(), runner, HeadlessWindow.preferences(Language.ENGLISH));
        vm.start(Optional.empty());
        runner.runAll();
        stage.setScene(new Scene(new DetailsView(vm, new ViewScope()), 420, 600));
        stage.show();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    @DisplayName("details still worked out after a moment show the progress line over the faded details before; the answer replaces both")
    void slowDetailsShowProgress(FxRobot robot) throws Exception {
        robot.interact(() -> vm.selection().select("pod:default/redis-0"));
        assertThat(shown(robot, "#details-working")).as("not at once: a quick answer never flickers").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#details-working"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-nothing").query().getParent().getOpacity()).isLessThan(1);

        robot.interact(runner::runAll);
        assertThat(shown(robot, "#details-working")).isFalse();
        assertThat(robot.lookup("#details-pod").tryQuery()).isPresent();
        assertThat(robot.lookup("#details-pod").query().getParent().getOpacity()).isEqualTo(1);
    }

    @Test
    @DisplayName("details worked out at once never show the progress line")
    void quickDetailsShowNoProgress(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.selection().select("pod:default/redis-0");
            runner.runAll();
        });
        Thread.sleep((long) DetailsView.PATIENCE.toMillis() * 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#details-working")).isFalse();
        assertThat(robot.lookup("#details-pod").tryQuery()).isPresent();
    }
}
