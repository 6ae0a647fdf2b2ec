package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramStyle;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.ui.model.MatrixViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the matrix grid, headless")
class MatrixGridTest {

    /** 600 workloads in 12 namespaces: 3 × 3 tiles. */
    private static ReachabilityMatrix matrix;

    private final HeldPainter painter = new HeldPainter();
    private final List<MatrixViewModel.Cell> asked = new ArrayList<>();
    private final MatrixPalette palette = new MatrixPalette(DiagramStyle.LIGHT);
    private MatrixGrid grid;

    @BeforeAll
    static void build() {
        matrix = ReachabilityMatrix.ofWorkloads(NetworkGraphBuilder.build(SyntheticCluster.snapshot(new ClusterShape(12, 600, 1, 60, 4, 7))));
    }

    /** Paints on its own thread, holding every tile while held. */
    private static final class HeldPainter implements Executor {
        private final Set<String> threads = ConcurrentHashMap.newKeySet();
        private volatile CountDownLatch gate = new CountDownLatch(0);
        private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        @Override
        public void execute(Runnable tile) {
            CountDownLatch mine = gate;
            waiting.incrementAndGet();
            thread.execute(() -> {
                try {
                    mine.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                waiting.decrementAndGet();
                threads.add(Thread.currentThread().getName());
                tile.run();
            });
        }
    }

    @Start
    void start(Stage stage) {
        // as the view model does: the cell asked for becomes the selected one
        grid = new MatrixGrid(arrived -> new MatrixTiles(painter, Platform::runLater, arrived), palette, cell -> {
            asked.add(cell);
            grid.setSelected(java.util.Optional.of(cell));
        }, cell -> "");
        stage.setScene(new Scene(grid, 1200, 700));
        stage.show();
    }

    @AfterEach
    void release() {
        painter.release();
        painter.thread.shutdown();
    }

    @Test
    @DisplayName("never blocks the JavaFX thread: with the painter held, pulses run, names are drawn and scrolling works; released, the cells appear")
    void neverBlocksTheJavaFxThread(FxRobot robot) throws Exception {
        painter.hold();
        robot.interact(() -> grid.show(matrix));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> painter.waiting.get() > 0);
        CountDownLatch pulses = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            Platform.runLater(pulses::countDown);
        }
        assertThat(pulses.await(10, TimeUnit.SECONDS)).as("the JavaFX thread ran 50 tasks while every tile was held").isTrue();
        assertThat(grid.drawnWhole()).isFalse();
        robot.interact(() -> grid.zoom(MatrixGrid.MAX_CELL, 0, 0));
        robot.clickOn(grid.rowsCanvas()); // focus, no cell
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.DOWN);
            robot.type(KeyCode.RIGHT);
        }
        assertThat(asked).last().isEqualTo(new MatrixViewModel.Cell(30, 30));
        MatrixFrame scrolled = onFx(() -> grid.frame());
        assertThat(scrolled.firstRow()).as("the selected cell scrolled into view").isGreaterThan(0);
        assertThat(grid.rowsCanvas().getLayoutX()).as("row names pinned left").isZero();
        assertThat(grid.columnsCanvas().getLayoutY()).as("column names pinned on top").isZero();

        painter.release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> grid.drawnWhole());
        assertThat(painter.threads).isNotEmpty().noneMatch(name -> name.contains("JavaFX"));
        assertThat(pixelOf(robot, 29, 28)).as("a cell drawn in its verdict's colour")
                .isEqualTo(palette.cell(matrix.verdict(29, 28), matrix.policyInvolved(29, 28)));
    }

    @Test
    @DisplayName("at the smallest cells, the cells of several tiles are each painted in their verdict's colour")
    void everyCellInItsColour(FxRobot robot) throws Exception {
        robot.interact(() -> {
            grid.show(matrix);
            grid.zoom(MatrixGrid.MIN_CELL, 0, 0);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> grid.drawnWhole());
        MatrixFrame f = onFx(() -> grid.frame());
        assertThat(f.lastColumn()).as("two tiles across").isGreaterThan(MatrixTiles.TILE);
        assertThat(f.columnHeader()).as("too small for workload names: only the namespace band takes room").isEqualTo(MatrixPainter.BAND);
        for (int r = f.firstRow(); r <= f.lastRow(); r += 37) {
            for (int c = f.firstColumn(); c <= f.lastColumn(); c += 41) {
                assertThat(pixelOf(robot, r, c)).as("cell %d, %d", r, c).isEqualTo(palette.cell(matrix.verdict(r, c), matrix.policyInvolved(r, c)));
            }
        }
    }

    @Test
    @DisplayName("a click asks for the answer of the cell under it")
    void clickAsksForTheCell(FxRobot robot) throws Exception {
        robot.interact(() -> grid.show(matrix));
        MatrixFrame f = onFx(() -> grid.frame());
        double x = f.columnX(3) + f.cell() / 2.0;
        double y = f.rowY(5) + f.cell() / 2.0;
        robot.clickOn(grid.cellsCanvas().localToScreen(x, y));
        assertThat(asked).containsExactly(new MatrixViewModel.Cell(5, 3));
        assertThat(onFx(() -> grid.frame().selected())).hasValue(new MatrixViewModel.Cell(5, 3));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** The colour drawn at the middle of a cell, as opaque ARGB. */
    private int pixelOf(FxRobot robot, int row, int column) throws Exception {
        WritableImage shot = new WritableImage((int) grid.cellsCanvas().getWidth(), (int) grid.cellsCanvas().getHeight());
        robot.interact(() -> grid.cellsCanvas().snapshot(null, shot));
        MatrixFrame now = onFx(() -> grid.frame());
        int x = (int) (now.columnX(column) + now.cell() / 2.0);
        int y = (int) (now.rowY(row) + now.cell() / 2.0);
        return shot.getPixelReader().getArgb(x, y);
    }
}
