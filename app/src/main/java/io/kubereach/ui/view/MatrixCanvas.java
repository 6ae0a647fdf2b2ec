package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramPalette;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficVerdict;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * Draws a reachability matrix: row names on the left, column names on top, one coloured cell per
 * pair (green allowed, amber partly allowed, red blocked; pale where no policy is involved, so
 * the default allow-all stands apart from what policies decide). Hovering a cell tells the pair,
 * the verdict and the allowed ports; clicking it selects the row.
 */
final class MatrixCanvas extends Pane {

    private static final double HEADER = 190;
    private static final double MAX_SIDE = 7800;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private ReachabilityMatrix matrix;
    private double cell = 20;
    private DiagramStyle style = DiagramStyle.DEFAULT;

    MatrixCanvas(Consumer<String> selectRow) {
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setOnShowing(e -> {
            if (tooltip.getText() == null || tooltip.getText().isEmpty()) {
                javafx.application.Platform.runLater(tooltip::hide);
            }
        });
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> tooltip.setText(describe(e.getX(), e.getY())));
        canvas.setOnMouseClicked(e -> {
            int[] at = cellAt(e.getX(), e.getY());
            if (at != null) {
                selectRow.accept(matrix.ids().get(at[0]));
            }
        });
        getStyleClass().add("matrix");
    }

    /** Draws in the colours of a style (light or dark). */
    void setDiagramStyle(DiagramStyle shown) {
        this.style = shown;
        draw();
    }

    /** Shows a matrix, or nothing. */
    void show(ReachabilityMatrix shown) {
        this.matrix = shown;
        int n = shown == null ? 0 : shown.size();
        cell = n == 0 ? 20 : Math.max(6, Math.min(36, (MAX_SIDE - HEADER) / n));
        double side = HEADER + n * cell + 10;
        canvas.setWidth(n == 0 ? 0 : side);
        canvas.setHeight(n == 0 ? 0 : side);
        setPrefSize(canvas.getWidth(), canvas.getHeight());
        draw();
    }

    /** The text for a point: the pair, the verdict and what is allowed. */
    String describe(double x, double y) {
        int[] at = cellAt(x, y);
        if (at == null) {
            return "";
        }
        ReachabilityMatrix.Cell c = matrix.cell(at[0], at[1]);
        return Words.text(c.policyInvolved() ? "matrix.tooltip" : "matrix.tooltipNoPolicy", matrix.labels().get(at[0]),
                matrix.labels().get(at[1]), verdict(c.verdict()), Words.connections(c.allowed()));
    }

    private static String verdict(TrafficVerdict v) {
        return Words.text(switch (v) {
            case ALLOWED -> "verdict.ALLOWED";
            case PARTIAL -> "verdict.PARTIAL";
            case BLOCKED -> "verdict.BLOCKED";
        });
    }

    private int[] cellAt(double x, double y) {
        if (matrix == null || x < HEADER || y < HEADER) {
            return null;
        }
        int col = (int) ((x - HEADER) / cell);
        int row = (int) ((y - HEADER) / cell);
        return row < matrix.size() && col < matrix.size() ? new int[] {row, col} : null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (matrix == null) {
            return;
        }
        int n = matrix.size();
        double fontSize = Math.max(7, Math.min(13, cell * 0.6));
        g.setFont(Font.font(Font.getDefault().getFamily(), fontSize));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            String label = shorten(matrix.labels().get(i));
            g.setFill(color(style.detailText()));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(label, HEADER - 6, HEADER + i * cell + cell / 2);
            g.save();
            g.translate(HEADER + i * cell + cell / 2, HEADER - 6);
            g.rotate(-60);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(label, 0, 0);
            g.restore();
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                ReachabilityMatrix.Cell value = matrix.cell(r, c);
                int verdict = style.verdictColor(value.verdict());
                // no policy involved: the verdict's colour faded into the page
                g.setFill(color(value.policyInvolved() ? verdict : DiagramPalette.mix(style.background(), verdict, 0.4)));
                g.fillRect(HEADER + c * cell + 1, HEADER + r * cell + 1, cell - 2, cell - 2);
            }
        }
    }

    private static String shorten(String label) {
        return label.length() > 28 ? label.substring(0, 27) + "…" : label;
    }

    private static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
