package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.model.DetailsBuilder;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exposure layer's list (at 10,000 pods 121 workloads reachable from outside): rows of a virtual list, not a node tree each. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the exposure list in the details, headless")
class ExposurePaneTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AppViewModel(new ClusterSourceLoader(), new DirectJobRunner(), HeadlessWindow.preferences(Language.ENGLISH));
        vm.start(Optional.empty());
        stage.setScene(new Scene(new DetailsView(vm, new ViewScope()), 420, 700));
        stage.show();
    }

    @Test
    @DisplayName("each group's workloads are the rows of a virtual list, with the reason under each name and Enter following it")
    void groupsAreVirtualLists(FxRobot robot) {
        robot.interact(() -> vm.selection().select(DetailsBuilder.EXPOSURE));
        WaitForAsyncUtils.waitForFxEvents();
        Details.ExposureInfo info = (Details.ExposureInfo) vm.selection().detailsProperty().get();
        long outside = info.exposures().stream().filter(io.kubereach.report.Exposure::reachableFromOutside).count();
        assertThat(outside).as("the demo has workloads reachable from outside").isPositive();

        RowList list = robot.lookup("#exposure-outside-list").queryAs(RowList.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize((int) outside);
        DetailRow first = list.getItems().get(0);
        assertThat(first.text()).contains("/");
        assertThat(first.note()).isEqualTo(ExposurePane.outsideWhy(info.exposures().stream()
                .filter(io.kubereach.report.Exposure::reachableFromOutside).findFirst().orElseThrow()));
        assertThat(robot.lookup("#details-exposure").queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable())
                .as("no link node per workload").noneMatch(Hyperlink.class::isInstance);

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection().detailsProperty().get()).isInstanceOf(Details.WorkloadInfo.class);
    }
}
