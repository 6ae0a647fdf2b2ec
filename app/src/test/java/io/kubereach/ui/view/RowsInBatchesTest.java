package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Rows of the details that come a few per frame: all of them while their box is shown, none made once it has gone. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("details rows added a few per frame")
class RowsInBatchesTest {

    private static final int ROWS = 200;

    private Stage stage;
    private VBox shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = new VBox();
        stage.setScene(new Scene(shown, 300, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static List<String> items(String prefix) {
        return IntStream.range(0, ROWS).mapToObj(i -> prefix + i).toList();
    }

    private static List<String> texts(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    @DisplayName("a box in the scene gets the first rows at once and every row in order over the next frames")
    void shownBoxGetsEveryRowInOrder(FxRobot robot) throws Exception {
        VBox box = new VBox();
        List<Integer> atOnce = new ArrayList<>();
        robot.interact(() -> {
            shown.getChildren().add(box);
            RowsInBatches.fill(box, items("a"), Label::new);
            atOnce.add(box.getChildren().size());
        });
        assertThat(atOnce).containsExactly(RowsInBatches.FIRST);
        waitFor(() -> box.getChildren().size() == ROWS);
        assertThat(texts(box)).containsExactlyElementsOf(items("a"));
    }

    @Test
    @DisplayName("rows still queued for a box that left the scene (another selection shown) are dropped, never made, and the next box gets all of its own")
    void rowsOfABoxThatLeftAreDropped(FxRobot robot) throws Exception {
        VBox old = new VBox();
        VBox next = new VBox();
        List<String> made = new ArrayList<>();
        robot.interact(() -> {
            shown.getChildren().add(old);
            RowsInBatches.fill(old, items("old"), item -> {
                made.add(item);
                return new Label(item);
            });
        });
        // the details of another selection replace it before its rows are all in (as selecting at 10,000 pods does)
        robot.interact(() -> {
            shown.getChildren().setAll(next);
            RowsInBatches.fill(next, items("next"), Label::new);
        });
        waitFor(() -> next.getChildren().size() == ROWS);
        int oldRows = old.getChildren().size();
        assertThat(oldRows).as("rows made for the box gone").isLessThan(ROWS);
        assertThat(made).as("no row made after the box left").hasSize(oldRows);
        assertThat(texts(next)).containsExactlyElementsOf(items("next"));
        robot.interact(() -> { });
        assertThat(old.getChildren()).as("nothing added later either").hasSize(oldRows);
    }

    @Test
    @DisplayName("a box not yet in the scene when its rows are queued gets them all once shown")
    void boxShownLaterGetsItsRows(FxRobot robot) throws Exception {
        VBox later = new VBox();
        robot.interact(() -> {
            RowsInBatches.fill(later, items("later"), Label::new);
            shown.getChildren().setAll(later);
        });
        waitFor(() -> later.getChildren().size() == ROWS);
        assertThat(texts(later)).containsExactlyElementsOf(items("later"));
    }
}
