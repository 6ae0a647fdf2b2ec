package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.FilterViewModel;
import io.kubereach.ui.task.FxJobRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the sidebar's namespace filter, headless")
class SidebarNamespacesTest {

    private AppViewModel vm;
    /** How many namespaces the sidebar listed at the moment each picture was shown. */
    private final List<Integer> listedWhenShown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        vm = new AppViewModel(new GateLoader(), new FxJobRunner(), HeadlessWindow.preferences(Language.ENGLISH));
        MainWindow window = new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty());
        vm.workspace().layoutProperty().addListener((obs, old, now) -> listedWhenShown.add(list(stage).getItems().size()));
        window.show(Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static ListView<FilterViewModel.NamespaceItem> list(Stage stage) {
        return (ListView<FilterViewModel.NamespaceItem>) stage.getScene().lookup("#namespaces");
    }

    private ListView<FilterViewModel.NamespaceItem> list(FxRobot robot) {
        return robot.lookup("#namespaces").queryListView();
    }

    @Test
    @DisplayName("the namespaces of the cluster opened are listed a frame after its picture is first shown: all of them, sorted, the view model's own")
    void listedAFrameAfterThePicture(FxRobot robot) throws Exception {
        HeadlessWindow.settled(vm);
        HeadlessWindow.waitFor(() -> !list(robot).getItems().isEmpty());

        assertThat(listedWhenShown).as("listed in the frame the picture was shown").containsOnly(0);
        assertThat(list(robot).getItems()).containsExactlyElementsOf(vm.filter().namespaces());
        assertThat(list(robot).getItems()).extracting(FilterViewModel.NamespaceItem::name)
                .containsExactly("default", "kube-system", "monitoring", "payments", "shop");
    }

    @Test
    @DisplayName("a namespace unchecked in the list filled late is hidden from the picture, and stays unchecked in the view model")
    void checksStillReachTheFilter(FxRobot robot) throws Exception {
        HeadlessWindow.settled(vm);
        HeadlessWindow.waitFor(() -> !list(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Node cell = robot.lookup("#namespaces").lookup((Node n) -> n instanceof CheckBoxListCell<?> c && "monitoring".equals(c.getText())).query();
        robot.clickOn((CheckBox) ((CheckBoxListCell<?>) cell).getGraphic());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.workspace().filterProperty().get().showsNamespace("monitoring")).isFalse();
        assertThat(vm.workspace().filterProperty().get().showsNamespace("shop")).isTrue();
        assertThat(vm.filter().namespaces()).filteredOn(n -> n.name().equals("monitoring")).allMatch(n -> !n.shown().get());
    }
}
