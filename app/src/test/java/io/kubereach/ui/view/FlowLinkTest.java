package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tier walk's sentence with a long policy name in it, in a narrow details panel (seen at 10k: the name ran off the panel). */
@ExtendWith(ApplicationExtension.class)
@DisplayName("a link inside a sentence, headless")
class FlowLinkTest {

    private static final String NAME = "checkout-prod-71/default-deny-ingress-and-egress-for-every-pod";
    private final TextFlow flow = new TextFlow();

    @Start
    void start(Stage stage) {
        StackPane root = new StackPane(flow);
        root.setMaxWidth(220);
        stage.setScene(new Scene(new StackPane(root), 220, 300));
        stage.show();
    }

    @Test
    @DisplayName("a long name stays inside the sentence's width, wrapped where it may break, its whole text kept")
    void longNameWrapsInsideTheFlow(FxRobot robot) {
        FlowLink link = new FlowLink(NAME, () -> { });
        Hyperlink plain = new Hyperlink(NAME);
        robot.interact(() -> {
            flow.getChildren().setAll(new Text("isolated by NetworkPolicy "), link);
            link.fitTo(flow);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.getWidth()).isLessThanOrEqualTo(220);
        assertThat(link.getBoundsInParent().getMaxX()).as("inside the flow").isLessThanOrEqualTo(flow.getWidth() + 0.5);
        assertThat(link.getText().replace(String.valueOf(io.kubereach.ui.model.LineBreaks.SOFT), "")).isEqualTo(NAME);
        robot.interact(() -> flow.getChildren().add(plain));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(link.getHeight()).as("on several lines").isGreaterThan(plain.getHeight() * 1.5);
    }
}
