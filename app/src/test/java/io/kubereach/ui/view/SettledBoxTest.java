package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A column of wrapped text in the details lays its text out once, not again as pieces are added below it. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("a column of wrapped text that works out its height once")
class SettledBoxTest {

    private static final String LONG = "egress at analytics-prod-26/web-rr69tslk7b-vpbnd: isolated by analytics-prod-26/default-deny, "
            + "analytics-prod-26/allow-dns; no rule admits analytics-prod-33/api-xg82zk2cdm-x7vq5 on 8080/TCP";

    private Stage stage;
    private VBox pane;

    /** A wrapped label that counts how often its height is worked out. */
    private static final class Counted extends Label {
        int heights;

        Counted(String text) {
            super(text);
            setWrapText(true);
            setMinHeight(USE_PREF_SIZE);
        }

        @Override
        protected double computePrefHeight(double width) {
            heights++;
            return super.computePrefHeight(width);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Language.ENGLISH);
        pane = new VBox(8);
        ScrollPane holder = new ScrollPane(pane);
        holder.setFitToWidth(true);
        stage.setScene(new Scene(holder, 300, 500));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    @DisplayName("pieces added below it in later frames do not lay its text out again")
    void noTextLaidOutAgainForPiecesBelow(FxRobot robot) {
        Counted label = new Counted(LONG);
        robot.interact(() -> pane.getChildren().add(new SettledBox(2, label)));
        int first = label.heights;
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> pane.getChildren().add(new SettledBox(2, new Label(LONG))));
        }
        assertThat(first).isPositive();
        assertThat(label.heights).as("five more pieces laid out below it").isEqualTo(first);
    }

    @Test
    @DisplayName("asked at two widths in turn, as a scroll pane does with and without its scroll bar, it lays its text out once for each")
    void twoWidthsInTurn(FxRobot robot) {
        Counted label = new Counted(LONG);
        SettledBox box = new SettledBox(2, label);
        List<Double> heights = new ArrayList<>();
        robot.interact(() -> {
            pane.getChildren().add(box);
            pane.layout();
            box.layout();
        });
        robot.interact(() -> {
            heights.add(box.prefHeight(200));
            heights.add(box.prefHeight(185));
            int both = label.heights;
            for (int i = 0; i < 3; i++) {
                heights.add(box.prefHeight(200));
                heights.add(box.prefHeight(185));
            }
            heights.add((double) (label.heights - both));
        });
        assertThat(heights.get(heights.size() - 1)).as("text laid out again").isZero();
        assertThat(heights.get(2)).isEqualTo(heights.get(0));
        assertThat(heights.get(3)).isEqualTo(heights.get(1));
    }

    @Test
    @DisplayName("it grows when its text grows and when its width shrinks, as a column would")
    void followsItsTextAndWidth(FxRobot robot) {
        Counted label = new Counted("short");
        List<Double> heights = new ArrayList<>();
        SettledBox box = new SettledBox(2, label);
        robot.interact(() -> pane.getChildren().add(box));
        robot.interact(() -> heights.add(box.getHeight()));
        robot.interact(() -> label.setText(LONG));
        robot.interact(() -> heights.add(box.getHeight()));
        robot.interact(() -> stage.setWidth(180));
        robot.interact(() -> heights.add(box.getHeight()));
        assertThat(heights.get(1)).isGreaterThan(heights.get(0));
        assertThat(heights.get(2)).isGreaterThan(heights.get(1));
    }
}
