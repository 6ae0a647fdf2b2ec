package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.settled;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.source.ClusterSourceLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window is drawn once off screen before it is shown, with the opening already started, so
 * its first frame on screen is the opening card, styled and laid out, and only repaints.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the window's first frame, headless")
class FirstFrameWindowTest {

    private AppViewModel vm;
    /** What the window held at the moment it became shown. */
    private final List<String> atShow = new ArrayList<>();

    @Start
    void start(Stage stage) {
        // the stage is the toolkit's primary one, shown again by later test classes: the listener goes after its first show
        stage.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> showing, Boolean was, Boolean now) {
                if (now) {
                    showing.removeListener(this);
                    Node card = stage.getScene().lookup("#opening");
                    Labeled title = (Labeled) stage.getScene().lookup("#opening-title");
                    atShow.add("opening card visible " + (card.isVisible() && card.getParent().isVisible()));
                    atShow.add("opening card laid out " + (card.getLayoutBounds().getWidth() > 0));
                    atShow.add("title " + title.getText());
                    atShow.add("title styled " + (title.getSkin() != null));
                }
            }
        });
        vm = HeadlessWindow.shown(stage, new ClusterSourceLoader(), Language.ENGLISH);
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    @DisplayName("the first frame shown is the opening card, laid out and styled: the opening starts before the window is shown")
    void firstFrameIsTheOpeningCard() {
        assertThat(atShow).containsExactly("opening card visible true", "opening card laid out true",
                "title " + Messages.text("opening.title", Messages.text("source.demo")), "title styled true");
    }

    @Test
    @DisplayName("after the first frames the window has every pane and answers the keyboard: Ctrl+F then a name and Enter selects it")
    void everyPaneAndTheKeyboard(FxRobot robot) throws Exception {
        settled(vm);
        for (String pane : List.of("#main-window", "#tab-diagram", "#status-message", "#opening-pane")) {
            assertThat(robot.lookup(pane).tryQuery()).as(pane).isPresent();
        }
        assertThat(robot.lookup("#opening-pane").query().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        TextField search = robot.lookup(".text-field").match(Node::isFocused).queryAs(TextField.class);
        robot.write("payments-api").type(KeyCode.ENTER);
        HeadlessWindow.waitFor(() -> vm.selection().selectedProperty().get().contains("payments-api"));
        assertThat(search.getText()).isEqualTo("payments-api");
    }
}
