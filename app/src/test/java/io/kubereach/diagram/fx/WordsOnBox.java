package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.RecordingPen;
import javafx.geometry.Point2D;

/** What the canvas wrote over a closed group, for tests of names at fit. */
final class WordsOnBox {

    private WordsOnBox() {
    }

    /** The words drawn centred over a box (its name, then its counts), top to bottom, joined. */
    static String of(RecordingPen pen, DiagramCanvas canvas, DiagramBox box) {
        Point2D a = canvas.diagramToLocal(box.x(), box.y());
        Point2D b = canvas.diagramToLocal(box.x() + box.width(), box.y() + box.height());
        double centre = (a.getX() + b.getX()) / 2;
        StringBuilder out = new StringBuilder();
        for (RecordingPen.Text t : pen.texts()) {
            boolean centredOnIt = Math.abs(t.x() + t.width() / 2 - centre) < 2;
            if (centredOnIt && t.baseline() > a.getY() && t.baseline() < b.getY() + 16) {
                out.append(t.text());
            }
        }
        return out.toString();
    }
}
