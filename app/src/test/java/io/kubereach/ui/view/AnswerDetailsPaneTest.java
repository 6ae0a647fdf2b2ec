package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.graph.PairVerdict;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.Outcome;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.model.LineBreaks;
import io.kubereach.ui.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The answer of the question bar: its verdict at once, then its connections a few a frame, in the command line's order. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the answer to a question in the details")
class AnswerDetailsPaneTest {

    private static final int HOPS = 11;

    private Stage stage;
    private ScrollPane holder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Language.ENGLISH);
        holder = new ScrollPane();
        holder.setFitToWidth(true);
        stage.setScene(new Scene(holder, 400, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static Details.Answer answer(int omitted) {
        List<Details.AnswerHop> hops = IntStream.range(0, HOPS).mapToObj(i -> new Details.AnswerHop("shop/web-%d → shop/api-0 8080/TCP".formatted(i),
                i % 4 == 3 ? PairVerdict.UNKNOWN : PairVerdict.BLOCKED, List.of(Message.verbatim("egress at shop/web-%d: isolated by shop/deny".formatted(i))),
                Optional.empty())).toList();
        return new Details.Answer(new Question("shop/web", "shop/api", Optional.of(PortProtocol.tcp(8080))), Optional.of(Outcome.DENIED), hops, omitted,
                List.of(), Optional.empty(), PolicyEnforcement.ENFORCED, Optional.empty());
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        root.lookupAll(".label").forEach(n -> {
            if (n instanceof Labeled l) {
                out.add(LineBreaks.plain(l.getText()));
            }
        });
        return out;
    }

    private static List<String> paths(Node root) {
        return texts(root).stream().filter(t -> t.contains(" → ")).toList();
    }

    @Test
    @DisplayName("the verdict is there in the first frame, the connections come a few a frame and end in the command line's order")
    void connectionsComeAFewAFrame(FxRobot robot) throws Exception {
        List<List<String>> atOnce = new ArrayList<>();
        robot.interact(() -> {
            AnswerDetailsPane pane = new AnswerDetailsPane(answer(5), Language.ENGLISH);
            holder.setContent(pane);
            atOnce.add(paths(pane));
            atOnce.add(texts(pane));
        });
        assertThat(atOnce.get(1)).contains("blocked").anyMatch(t -> t.startsWith("Can shop/web reach shop/api"));
        assertThat(atOnce.get(0)).as("no connection laid out in the frame the answer arrives").isEmpty();
        waitFor(() -> WaitForAsyncUtils.asyncFx(() -> texts(holder.getContent())).get().toString().contains("kubereach can-reach"));
        List<String> shown = new ArrayList<>();
        robot.interact(() -> shown.addAll(texts(holder.getContent())));
        assertThat(paths(holder.getContent())).containsExactlyElementsOf(IntStream.range(0, HOPS)
                .mapToObj("shop/web-%d → shop/api-0 8080/TCP"::formatted).toList());
        assertThat(shown).contains("egress at shop/web-10: isolated by shop/deny");
        assertThat(shown.get(shown.size() - 2)).as("the hidden connections counted after the last shown").contains("5");
        assertThat(shown.get(shown.size() - 1)).contains("kubereach can-reach shop/web shop/api 8080/TCP --explain");
    }

    @Test
    @DisplayName("an answer replaced before its connections came adds nothing more to the details")
    void aReplacedAnswerStops(FxRobot robot) throws Exception {
        List<AnswerDetailsPane> first = new ArrayList<>();
        robot.interact(() -> {
            first.add(new AnswerDetailsPane(answer(0), Language.ENGLISH));
            holder.setContent(first.get(0));
            holder.setContent(new AnswerDetailsPane(answer(0), Language.ENGLISH));
        });
        waitFor(() -> WaitForAsyncUtils.asyncFx(() -> texts(holder.getContent())).get().toString().contains("kubereach can-reach"));
        assertThat(paths(holder.getContent())).hasSize(HOPS);
        assertThat(paths(first.get(0))).isEmpty();
    }
}
