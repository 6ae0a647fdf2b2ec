package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Emphasis;
import io.kubereach.diagram.ExposureMarks;
import io.kubereach.diagram.Pen;
import io.kubereach.diagram.PictureRenderer;
import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * Paints a {@link DiagramCanvas} on its surface and minimap, once per pulse however many changes
 * come before it, and keeps the renderer made from what is stressed (highlight, selection,
 * exposure marks) until one of them, the style or the lines change.
 */
final class CanvasPainting {

    private final DiagramCanvas canvas;
    private final Canvas surface;
    private final Minimap minimap;
    private final String fontFamily = Font.getDefault().getFamily();
    private String wideFontFamily = fontFamily;
    private Set<String> highlighted = Set.of();
    private ExposureMarks exposureMarks = ExposureMarks.NONE;
    private PictureRenderer renderer;
    private boolean paintScheduled;

    CanvasPainting(DiagramCanvas canvas, Canvas surface, Minimap minimap) {
        this.canvas = canvas;
        this.surface = surface;
        this.minimap = minimap;
    }

    /** The family words are written in. */
    String fontFamily() {
        return fontFamily;
    }

    /** Something the renderer was made from changed: make it again and paint. */
    void renew() {
        renderer = null;
        requestPaint();
    }

    /** Paints at the next chance, once however many changes come before it. */
    void requestPaint() {
        if (!paintScheduled) {
            paintScheduled = true;
            Platform.runLater(this::paint);
        }
    }

    void wideFontFamily(String family) {
        wideFontFamily = family;
        requestPaint();
    }

    void highlight(Set<String> ids) {
        highlighted = Set.copyOf(ids);
        renew();
    }

    Set<String> highlighted() {
        return highlighted;
    }

    void exposureMarks(ExposureMarks marks) {
        exposureMarks = marks;
        renew();
    }

    /** Draws what the canvas shows through any pen, as it draws on screen. */
    void render(Pen pen) {
        renderer().render(pen, canvas.viewport(), canvas.detail());
    }

    private void paint() {
        paintScheduled = false;
        double w = surface.getWidth();
        double h = surface.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (canvas.updateLines()) {
            renderer = null;
        }
        DiagramLayout layout = canvas.getDiagram();
        GraphicsContext g = surface.getGraphicsContext2D();
        g.setFill(FxPen.color(canvas.getDiagramStyle().background(), 1));
        g.fillRect(0, 0, w, h);
        render(new FxPen(g, fontFamily, wideFontFamily));
        minimap.paint(layout, canvas.getDiagramStyle(), canvas.viewport(), PanAndZoom.fitZoom(layout, w, h));
    }

    private PictureRenderer renderer() {
        if (renderer == null) {
            DiagramLayout l = canvas.getDiagram();
            Set<String> boxes = new HashSet<>();
            Set<String> others = new HashSet<>();
            for (String id : highlighted) {
                (l.box(id).isPresent() ? boxes : others).add(id);
            }
            renderer = new PictureRenderer(l, canvas.lineSet(), canvas.getDiagramStyle(), new Emphasis(boxes, others, canvas.getSelectedId()),
                    exposureMarks);
        }
        return renderer;
    }
}
