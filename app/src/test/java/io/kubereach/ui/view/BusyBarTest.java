package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the status bar's progress bar, headless")
class BusyBarTest {

    private final SimpleDoubleProperty fraction = new SimpleDoubleProperty(-1);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final List<Double> shown = new ArrayList<>();
    private final ViewScope scope = new ViewScope();
    private BusyBar bar;

    @Start
    void start(Stage stage) {
        bar = new BusyBar(fraction, running, scope);
        bar.progressProperty().addListener((obs, old, now) -> shown.add(now.doubleValue()));
        stage.setScene(new Scene(new StackPane(bar), 300, 100));
        stage.show();
    }

    @Test
    @DisplayName("while a job of unknown length runs the bar is never left to animate itself every frame: it fills at most 8 times a second")
    void aJobOfUnknownLengthMovesTheBarAFewTimesASecond(FxRobot robot) throws Exception {
        long start = System.nanoTime();
        robot.interact(() -> running.set(true));
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> moves = new ArrayList<>();
        robot.interact(() -> {
            assertThat(bar.isIndeterminate()).isFalse();
            moves.addAll(shown);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        // a fill of the bar ends with one more move: back to empty
        int most = (int) Math.ceil(seconds * BusyBar.FRAMES_PER_SECOND * (1 + 1 / (1.5 * BusyBar.FRAMES_PER_SECOND))) + 1;
        assertThat(moves.size()).as("moves in %.2f s: %s", seconds, moves).isBetween(3, most);
        assertThat(moves).allMatch(p -> p >= 0 && p <= 1);

        robot.interact(() -> running.set(false));
        robot.interact(shown::clear);
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(shown).as("still once the job ended").isEmpty());
    }

    @Test
    @DisplayName("a job that knows how far it is shows that fraction")
    void aKnownFractionIsShown(FxRobot robot) {
        robot.interact(() -> {
            running.set(true);
            fraction.set(0.4);
        });
        robot.interact(() -> assertThat(bar.getProgress()).isEqualTo(0.4));
        robot.interact(() -> fraction.set(-1));
        robot.interact(() -> assertThat(bar.isIndeterminate()).isFalse());
        robot.interact(() -> {
            running.set(false);
            scope.dispose();
        });
    }
}
