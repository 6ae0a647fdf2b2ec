package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.Emphasis;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.Pen;
import io.kubereach.diagram.PictureRenderer;
import io.kubereach.diagram.Viewport;
import io.kubereach.diagram.ZoomDetail;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.canvas.Canvas;

/**
 * The first picture of the process painted once, off the JavaFX thread, onto a canvas that is in
 * no scene (which any one thread may draw on) and thrown away. Painting a picture the first time
 * loads the painter's classes, links its lambdas and compiles its loops; done here, in the job
 * that made the picture, the frame that first shows it on screen only paints (at 10,000 pods that
 * frame held the JavaFX thread 75–116 ms, first-use costs among them).
 */
final class FirstPaint {

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private FirstPaint() {
    }

    /** Paints {@code layout} with its first {@code lines} as it will be first shown, the first time it is asked in the process. */
    static void warmUp(DiagramLayout layout, LineSet lines, ZoomDetail detail, Viewport view, String fontFamily) {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        paint(layout, lines, detail, view, new FxPen(new Canvas(1, 1).getGraphicsContext2D(), fontFamily, fontFamily));
    }

    /** Whether the process has painted its first picture off screen. */
    static boolean done() {
        return DONE.get();
    }

    /** Paints a picture as a canvas without selection or highlight in the default style paints it, through any pen. */
    static void paint(DiagramLayout layout, LineSet lines, ZoomDetail detail, Viewport view, Pen pen) {
        new PictureRenderer(layout, lines, DiagramStyle.DEFAULT, Emphasis.NONE).render(pen, view, detail);
    }
}
