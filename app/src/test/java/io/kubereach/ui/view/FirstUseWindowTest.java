package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.WhatIfPolicy;
import io.kubereach.ui.source.ClusterSourceLoader;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The parts of the window a start does not show (the matrix tab, the what-if panel) are built
 * when first opened, and then work as if they had been there from the start.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the window's parts built on first use, headless")
class FirstUseWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = HeadlessWindow.shown(stage, new ClusterSourceLoader(), Language.ENGLISH);
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }


    private void demoShown() throws Exception {
        HeadlessWindow.settled(vm);
    }

    @Test
    @DisplayName("the matrix is not built with the window; selecting its tab builds it and it draws the demo's matrix")
    void matrixBuiltWhenItsTabIsFirstSelected(FxRobot robot) throws Exception {
        demoShown();
        assertThat(robot.lookup("#matrix-view").tryQuery()).as("no matrix before its tab is selected").isEmpty();

        robot.clickOn("#tab-matrix");
        waitFor(() -> robot.lookup("#matrix-grid").tryQuery().isPresent());
        MatrixGrid grid = robot.lookup("#matrix-grid").queryAs(MatrixGrid.class);
        waitFor(() -> vm.matrix().matrixProperty().get() != null);
        waitFor(grid::drawnWhole);
        assertThat(grid.frame().matrix().size()).isEqualTo(vm.matrix().matrixProperty().get().size()).isPositive();
        assertThat(robot.lookup("#matrix-legend").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("a language switch while the matrix tab is selected keeps the matrix tab selected, its matrix drawn and wanted")
    void matrixKeptOnLanguageSwitchWhenSelected(FxRobot robot) throws Exception {
        demoShown();
        robot.clickOn("#tab-matrix");
        waitFor(() -> robot.lookup("#matrix-grid").tryQuery().isPresent());

        robot.interact(() -> vm.languageProperty().set(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-matrix");
        waitFor(() -> robot.lookup("#matrix-grid").tryQuery().isPresent());
        MatrixGrid grid = robot.lookup("#matrix-grid").queryAs(MatrixGrid.class);
        waitFor(grid::drawnWhole);
        assertThat(vm.matrix().wantedProperty().get()).isTrue();
        robot.interact(() -> vm.languageProperty().set(Language.ENGLISH));
    }

    @Test
    @DisplayName("the what-if panel is not built with the window; its first opening builds it with the demo's policies, and it closes and opens again")
    void whatIfBuiltWhenFirstOpened(FxRobot robot) throws Exception {
        demoShown();
        assertThat(robot.lookup("#what-if").tryQuery()).as("no what-if panel before it is opened").isEmpty();

        robot.interact(() -> vm.whatIf().shownProperty().set(true));
        waitFor(() -> robot.lookup("#what-if-policies").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<WhatIfPolicy> policies = robot.lookup("#what-if-policies").queryAs(ListView.class);
        waitFor(() -> policies.getItems().stream().anyMatch(p -> p.key().name().equals("test-network-policy")));

        robot.interact(() -> vm.whatIf().shownProperty().set(false));
        assertThat(robot.lookup("#what-if").tryQuery()).isEmpty();
        robot.interact(() -> vm.whatIf().shownProperty().set(true));
        assertThat(robot.lookup("#what-if-policies").queryAs(ListView.class)).as("the same panel, opened again").isSameAs(policies);
    }
}
