package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the details of a pod's pause and app containers, headless")
class OtherDetailsPaneTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AppViewModel(new ClusterSourceLoader(), new DirectJobRunner(), HeadlessWindow.preferences(Language.ENGLISH));
        vm.start(Optional.empty());
        stage.setScene(new Scene(new DetailsView(vm, new ViewScope()), 420, 700));
        stage.show();
    }

    private String heading(FxRobot robot, String id) {
        robot.interact(() -> vm.selection().select(id));
        WaitForAsyncUtils.waitForFxEvents();
        // (the heading may break after a slash or a dash: its hair spaces left out)
        return robot.lookup("#details-other .label").queryAs(Label.class).getText()
                .replace(String.valueOf(io.kubereach.ui.model.LineBreaks.SOFT), "");
    }

    @Test
    @DisplayName("a pause container and an app container are named under their pod, not as if the namespace held a pod named pause")
    void containersNamedUnderTheirPod(FxRobot robot) {
        assertThat(heading(robot, "pause:default/redis-0")).isEqualTo("Pause container: default/redis-0/pause");
        assertThat(heading(robot, "container:default/redis-0/redis")).endsWith(": default/redis-0/redis");
    }
}
