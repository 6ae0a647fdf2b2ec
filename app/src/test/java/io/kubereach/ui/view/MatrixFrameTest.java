package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramStyle;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.ui.model.MatrixViewModel;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("what the matrix grid shows: visible cells, the cell under a point, namespace runs (no toolkit)")
class MatrixFrameTest {

    private static ReachabilityMatrix workloads;

    @BeforeAll
    static void build() {
        NetworkGraph graph = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.small()));
        workloads = ReachabilityMatrix.ofWorkloads(graph);
    }

    private static MatrixFrame frame(ReachabilityMatrix m, int cell, double scrollX, double scrollY, double width, double height) {
        return new MatrixFrame(m, new MatrixPalette(DiagramStyle.LIGHT), cell, scrollX, scrollY, width, height, 100, 80, Optional.empty(),
                Optional.empty(), MatrixFrame.Bands.of(m));
    }

    @Test
    @DisplayName("only the rows and columns inside the view are visible, however far it is scrolled")
    void visibleRange() {
        MatrixFrame f = frame(workloads, 10, 25, 40, 30, 25);
        assertThat(f.firstColumn()).isEqualTo(2);
        assertThat(f.lastColumn()).isEqualTo(5);
        assertThat(f.firstRow()).isEqualTo(4);
        assertThat(f.lastRow()).isEqualTo(6);
        MatrixFrame end = frame(workloads, 10, 0, 0, 1000, 1000);
        assertThat(end.lastRow()).as("never past the last row").isEqualTo(workloads.size() - 1);
    }

    @Test
    @DisplayName("the cell under a point counts the scroll in, and there is none outside the cells")
    void cellUnderAPoint() {
        MatrixFrame f = frame(workloads, 10, 25, 40, 60, 60);
        assertThat(f.cellAt(0, 0)).hasValue(new MatrixViewModel.Cell(4, 2));
        assertThat(f.cellAt(19, 9)).hasValue(new MatrixViewModel.Cell(4, 4));
        assertThat(f.cellAt(-1, 5)).isEmpty();
        assertThat(f.cellAt(5, 60)).isEmpty();
        MatrixFrame small = frame(workloads, 10, 0, 0, 1000, 1000);
        assertThat(small.cellAt(workloads.size() * 10 + 5, 5)).as("right of the last column").isEmpty();
        assertThat(small.rowAt(5)).hasValue(0);
        assertThat(small.columnAt(workloads.size() * 10 + 1)).isEmpty();
    }

    @Test
    @DisplayName("the arrow keys lead to the next cell and stop at the edges; Enter stays; other keys lead nowhere")
    void arrowKeys() {
        MatrixViewModel.Cell at = new MatrixViewModel.Cell(0, 5);
        assertThat(MatrixFrame.step(at, KeyCode.UP, 6)).isEqualTo(at);
        assertThat(MatrixFrame.step(at, KeyCode.RIGHT, 6)).isEqualTo(at);
        assertThat(MatrixFrame.step(at, KeyCode.DOWN, 6)).isEqualTo(new MatrixViewModel.Cell(1, 5));
        assertThat(MatrixFrame.step(at, KeyCode.LEFT, 6)).isEqualTo(new MatrixViewModel.Cell(0, 4));
        assertThat(MatrixFrame.step(at, KeyCode.ENTER, 6)).isEqualTo(at);
        assertThat(MatrixFrame.step(at, KeyCode.A, 6)).isNull();
    }

    @Test
    @DisplayName("names too tall for their cells are drawn for every second, third… row, never on top of each other")
    void nameStride() {
        assertThat(MatrixPainter.stride(14)).isEqualTo(1);
        assertThat(MatrixPainter.stride(10)).isEqualTo(1);
        for (int cell = MatrixGrid.MIN_CELL; cell <= MatrixGrid.MAX_CELL; cell++) {
            assertThat(MatrixPainter.stride(cell) * cell).as("room for a name at %d px", cell).isGreaterThanOrEqualTo((int) MatrixPainter.fontSize(cell));
        }
    }

    @Test
    @DisplayName("namespaces are runs of rows: each row knows the first and last row of its namespace")
    void namespaceRuns() {
        MatrixFrame.Bands bands = MatrixFrame.Bands.of(workloads);
        MatrixFrame f = frame(workloads, 10, 0, 0, 100, 100);
        for (int r = 0; r < workloads.size(); r++) {
            String ns = workloads.headers().get(r).namespace();
            assertThat(workloads.headers().get(bands.start()[r]).namespace()).isEqualTo(ns);
            assertThat(workloads.headers().get(bands.end()[r]).namespace()).isEqualTo(ns);
            assertThat(f.startsNamespace(r)).isEqualTo(r > 0 && !workloads.headers().get(r - 1).namespace().equals(ns));
        }
        assertThat(bands.index()[workloads.size() - 1]).as("4 namespaces, counted from 0").isEqualTo(3);
    }
}
