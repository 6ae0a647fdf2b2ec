package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.PairVerdict;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long list of the details (a namespace's hundred neighbours, two hundred workload pairs) is a
 * virtual list: only the rows in view are nodes, every row is reached by scrolling or the keys,
 * an unknown verdict stays unknown in grey, Enter follows a row.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("a long list of the details")
class RowListTest {

    private static final int ROWS = 500;

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

    /** Row i: namespace ns-i, every seventh one cannot be judged. */
    private static List<DetailRow> rows(int n, AtomicReference<String> followed) {
        List<DetailRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "ns-%03d".formatted(i);
            PairVerdict v = i % 7 == 3 ? PairVerdict.UNKNOWN : PairVerdict.ALLOWED;
            rows.add(DetailRow.of(v, name, "workload pairs: %d unknown".formatted(v == PairVerdict.UNKNOWN ? 2 : 0), () -> followed.set(name)));
        }
        return rows;
    }

    /** Whether a node and all around it are shown: a virtual list keeps spare cells out of sight. */
    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> rowNodes(Node root) {
        return root.lookupAll(".detail-row").stream().toList();
    }

    private static List<String> shownNames(Node root) {
        return root.lookupAll(".detail-row").stream().filter(Node::isVisible).filter(n -> n.getParent() != null && n.getParent().isVisible())
                .flatMap(n -> n.lookupAll(".hyperlink").stream()).map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    @DisplayName("500 rows make only as many row nodes as are in view, and scrolling to any row shows it")
    void onlyTheRowsInViewAreNodes(FxRobot robot) throws Exception {
        AtomicReference<RowList> list = new AtomicReference<>();
        robot.interact(() -> {
            list.set(new RowList(rows(ROWS, new AtomicReference<>()), true));
            holder.setContent(new VBox(list.get()));
        });
        waitFor(() -> !shownNames(list.get()).isEmpty());
        assertThat(rowNodes(list.get()).size()).as("row nodes for 500 rows").isLessThanOrEqualTo(RowList.VISIBLE + 3);
        assertThat(shownNames(list.get())).contains("ns-000", "ns-011").doesNotContain("ns-100", "ns-499");
        for (int i : new int[] {137, 499, 250}) {
            int row = i;
            robot.interact(() -> list.get().scrollTo(row));
            waitFor(() -> shownNames(list.get()).contains("ns-%03d".formatted(row)));
        }
        assertThat(rowNodes(list.get()).size()).as("cells are reused as the list scrolls").isLessThanOrEqualTo(RowList.VISIBLE + 3);
        for (Node row : rowNodes(list.get())) {
            String name = ((Labeled) row.lookup(".hyperlink")).getText();
            if (!row.isVisible() || row.getParent() == null || !row.getParent().isVisible() || name.isEmpty()) {
                continue;
            }
            String grey = Integer.parseInt(name.substring(3)) % 7 == 3 ? "verdict-unknown" : "verdict-allowed";
            assertThat(row.lookup(".verdict").getStyleClass().stream().filter(c -> c.startsWith("verdict-")))
                    .as("a reused cell shows the verdict of the row it shows now, only that one: " + name).containsExactly(grey);
        }
    }

    @Test
    @DisplayName("a list as short as its rows needs no scrolling: it is exactly as tall as they are")
    void shortListIsAsTallAsItsRows(FxRobot robot) throws Exception {
        AtomicReference<RowList> list = new AtomicReference<>();
        robot.interact(() -> {
            list.set(new RowList(rows(3, new AtomicReference<>()), true));
            holder.setContent(new VBox(list.get()));
        });
        waitFor(() -> shownNames(list.get()).size() == 3);
        assertThat(list.get().getHeight()).isEqualTo(3 * list.get().getFixedCellSize() + 2);
        assertThat(shownNames(list.get())).containsExactly("ns-000", "ns-001", "ns-002");
    }

    @Test
    @DisplayName("a row that cannot be judged says so in grey, with what its note says, and is copied with its verdict's word")
    void unknownRowSaysUnknown(FxRobot robot) throws Exception {
        AtomicReference<RowList> list = new AtomicReference<>();
        robot.interact(() -> {
            list.set(new RowList(rows(20, new AtomicReference<>()), true));
            holder.setContent(new VBox(list.get()));
        });
        waitFor(() -> shownNames(list.get()).contains("ns-003"));
        Node row = list.get().lookupAll(".detail-row").stream()
                .filter(n -> n.lookupAll(".hyperlink").stream().anyMatch(l -> "ns-003".equals(((Labeled) l).getText()))).findFirst().orElseThrow();
        Labeled chip = (Labeled) row.lookup(".verdict");
        assertThat(chip.getText()).isEqualTo("cannot be judged");
        assertThat(chip.getStyleClass()).contains("verdict-unknown").noneMatch(c -> c.equals("verdict-allowed"));
        assertThat(row.lookupAll(".label").stream().map(n -> ((Labeled) n).getText())).contains("workload pairs: 2 unknown");
        assertThat(list.get().getItems().get(3).plain()).isEqualTo("cannot be judged  ns-003  workload pairs: 2 unknown");
        Node allowed = list.get().lookupAll(".detail-row").stream()
                .filter(n -> n.lookupAll(".hyperlink").stream().anyMatch(l -> "ns-004".equals(((Labeled) l).getText()))).findFirst().orElseThrow();
        assertThat(allowed.lookup(".verdict").getStyleClass()).as("a reused cell drops the grey of the row it showed before")
                .contains("verdict-allowed").doesNotContain("verdict-unknown");
    }

    @Test
    @DisplayName("the keys move through the list and Enter follows the row chosen; the link followed by the mouse does the same")
    void enterFollowsTheRow(FxRobot robot) throws Exception {
        AtomicReference<String> followed = new AtomicReference<>("");
        AtomicReference<RowList> list = new AtomicReference<>();
        robot.interact(() -> {
            list.set(new RowList(rows(40, followed), false));
            holder.setContent(new VBox(list.get()));
        });
        waitFor(() -> !shownNames(list.get()).isEmpty());
        robot.interact(() -> {
            list.get().requestFocus();
            list.get().getSelectionModel().select(0);
            list.get().getFocusModel().focus(0);
        });
        IntStream.range(0, 25).forEach(i -> robot.type(KeyCode.DOWN));
        robot.type(KeyCode.ENTER);
        assertThat(followed.get()).isEqualTo("ns-025");
        waitFor(() -> shownNames(list.get()).contains("ns-025"));
        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && "ns-024".equals(l.getText()) && visible(n)).queryAs(Node.class));
        assertThat(followed.get()).isEqualTo("ns-024");
    }
    @Test
    @DisplayName("a row's tooltip is made when the mouse first enters its cell, not with every cell, and holds the whole row")
    void tooltipWaitsForTheMouse(FxRobot robot) throws Exception {
        AtomicReference<RowList> list = new AtomicReference<>();
        robot.interact(() -> {
            list.set(new RowList(rows(40, new AtomicReference<>()), true));
            holder.setContent(new VBox(list.get()));
        });
        waitFor(() -> shownNames(list.get()).contains("ns-003"));
        assertThat(list.get().lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.Control) n).getTooltip()))
                .as("no cell made a tooltip before the mouse came").containsOnlyNulls();
        Node name = robot.lookup((Node n) -> n instanceof Labeled l && "ns-003".equals(l.getText()) && visible(n)).queryAs(Node.class);
        robot.moveTo(name);
        javafx.scene.control.Control cell = (javafx.scene.control.Control) list.get().lookupAll(".list-cell").stream()
                .filter(c -> c.lookupAll(".hyperlink").stream().anyMatch(l -> "ns-003".equals(((Labeled) l).getText()))).findFirst().orElseThrow();
        waitFor(() -> cell.getTooltip() != null);
        assertThat(cell.getTooltip().getText()).isEqualTo("cannot be judged  ns-003  workload pairs: 2 unknown");
        robot.interact(() -> list.get().scrollTo(30));
        waitFor(() -> !shownNames(list.get()).contains("ns-003"));
        assertThat(cell.getTooltip()).as("the cell's tooltip follows the row it shows now")
                .satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t.getText()).doesNotContain("ns-003"));
    }
    @Test
    @DisplayName("a pane's lists are as tall as their rows at once and get their rows a frame later, one list a frame, in order")
    void listsFillOneAFrame(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger frame = new java.util.concurrent.atomic.AtomicInteger();
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                frame.incrementAndGet();
            }
        };
        List<Integer> filledAt = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> filledOrder = java.util.Collections.synchronizedList(new ArrayList<>());
        List<RowList> lists = new ArrayList<>();
        List<Double> heightsAtOnce = new ArrayList<>();
        robot.interact(() -> {
            frames.start();
            VBox pane = new VBox();
            for (int i = 0; i < 3; i++) {
                int n = i;
                RowList list = new RowList(rows(20 + i, new AtomicReference<>()), true);
                list.getItems().addListener((javafx.collections.ListChangeListener<DetailRow>) c -> {
                    filledOrder.add(n);
                    filledAt.add(frame.get());
                });
                lists.add(list);
                heightsAtOnce.add(list.getPrefHeight());
                pane.getChildren().add(list);
            }
            holder.setContent(pane);
            assertThat(lists).as("no rows yet in the frame the pane is made").allMatch(l -> l.getItems().isEmpty());
        });
        waitFor(() -> filledOrder.size() == 3);
        robot.interact(frames::stop);
        assertThat(heightsAtOnce).as("as tall as twelve rows from the start").allMatch(h -> h == RowList.VISIBLE * lists.get(0).getFixedCellSize() + 2);
        assertThat(filledOrder).containsExactly(0, 1, 2);
        assertThat(filledAt.get(1)).as("the second list a frame after the first").isGreaterThan(filledAt.get(0));
        assertThat(filledAt.get(2)).as("the third a frame after the second").isGreaterThan(filledAt.get(1));
        assertThat(lists.get(2).getItems()).hasSize(22);
    }
}
