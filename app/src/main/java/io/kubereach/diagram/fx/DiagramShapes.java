package io.kubereach.diagram.fx;

import io.kubereach.diagram.ArrowHead;
import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.LineKind;
import io.kubereach.diagram.LineLabels;
import io.kubereach.diagram.LinePath;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The JavaFX shapes of one layout, in layers that zoom can switch off: boxes, the inside of
 * pods (pause, containers, {@code lo}), Service-to-backend lines, other lines, and texts. Every shape is mouse-transparent; the
 * canvas hit-tests on the layout's geometry instead, which is much faster for thousands of boxes.
 */
final class DiagramShapes {

    final Group boxes = new Group();
    final Group podInsides = new Group();
    final Group backends = new Group();
    final Group lines = new Group();
    final Group texts = new Group();
    final Group root = new Group(boxes, podInsides, backends, lines, texts);
    final Map<String, Node> byId = new HashMap<>();
    /** The layout these shapes draw. */
    final DiagramLayout layout;

    /** The style they are drawn in. */
    final DiagramStyle style;

    /** Builds the shapes in the default style; on any thread, as long as they are not yet in a showing window. */
    DiagramShapes(DiagramLayout layout) {
        this(layout, DiagramStyle.DEFAULT);
    }

    /** Builds the shapes in a style; on any thread, as long as they are not yet in a showing window. */
    DiagramShapes(DiagramLayout layout, DiagramStyle style) {
        this.layout = layout;
        this.style = style;
        for (DiagramBox b : layout.boxes()) {
            addBox(layout, b);
        }
        for (DiagramLine l : layout.lines()) {
            addLine(l);
        }
        for (LineLabels.Placed p : LineLabels.of(layout)) {
            Rectangle halo = new Rectangle(p.x(), p.y(), p.width(), p.height());
            halo.setArcWidth(6);
            halo.setArcHeight(6);
            halo.setFill(color(style.labelHalo()).deriveColor(0, 1, 1, 0.88));
            Text t = text(p.line().label(), p.x() + 3, p.y() + p.height() - 4, DiagramStyle.DETAIL_SIZE, false);
            t.setFill(color(style.labelText(p.line())));
            texts.getChildren().addAll(halo, t);
        }
        root.setMouseTransparent(true);
    }

    private void addBox(DiagramLayout layout, DiagramBox b) {
        boolean inside = b.kind() == BoxKind.PAUSE || b.kind() == BoxKind.CONTAINER;
        boolean group = b.kind() == BoxKind.NODE || b.kind() == BoxKind.NAMESPACE;
        Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
        r.setArcWidth(DiagramStyle.CORNER);
        r.setArcHeight(DiagramStyle.CORNER);
        r.setFill(color(style.fill(layout, b)));
        r.setStroke(color(style.stroke(layout, b)));
        r.setStrokeWidth(group ? 2 : 1.2);
        if (b.kind() == BoxKind.ADDRESS_BLOCK || b.kind() == BoxKind.OUTSIDE) {
            r.getStrokeDashArray().setAll(5.0, 3.0);
        }
        (inside ? podInsides : boxes).getChildren().add(r);
        byId.put(b.id(), r);
        double size = style.titleSize(b.kind());
        boolean bold = group || b.kind() == BoxKind.WORKLOAD || b.kind() == BoxKind.SERVICE;
        texts.getChildren().add(text(b.label(), b.x() + 8, b.y() + 8 + size, size, bold));
        if (!b.details().isEmpty()) {
            Text details = text(String.join("\n", b.details()), b.x() + 8, b.y() + 8 + size + DiagramStyle.DETAIL_SIZE * 1.4 + 1,
                    DiagramStyle.DETAIL_SIZE, false);
            details.setFill(color(style.detailText()));
            details.setLineSpacing(DiagramStyle.DETAIL_SIZE * 0.4 - 1);
            texts.getChildren().add(details);
        }
        addBadges(b);
        for (DiagramBox c : b.children()) {
            addBox(layout, c);
        }
    }

    private void addBadges(DiagramBox b) {
        double right = b.x() + b.width() - 6;
        for (int i = b.badges().size() - 1; i >= 0; i--) {
            Text t = text(b.badges().get(i), 0, b.y() + 18, DiagramStyle.DETAIL_SIZE, true);
            t.setFill(Color.WHITE);
            double w = t.getLayoutBounds().getWidth() + 8;
            t.setX(right - w + 4);
            Rectangle tag = new Rectangle(right - w, b.y() + 6, w, 16);
            tag.setArcWidth(8);
            tag.setArcHeight(8);
            tag.setFill(color(style.badge()));
            boxes.getChildren().add(tag);
            texts.getChildren().add(t);
            right -= w + 4;
        }
    }

    private void addLine(DiagramLine l) {
        Path c = path(l.path());
        c.setFill(null);
        Color stroke = color(style.lineColor(l));
        c.setStroke(stroke);
        c.setStrokeWidth(style.lineWidth(l));
        if (style.dashed(l)) {
            c.getStrokeDashArray().setAll(6.0, 4.0);
        }
        Group g = new Group(c);
        if (l.kind() != LineKind.LOOPBACK) {
            g.getChildren().add(arrow(l, 4 + style.lineWidth(l) * 2, stroke));
        }
        Group layer = switch (l.kind()) {
            case LOOPBACK -> podInsides;
            case BACKS -> backends;
            default -> lines;
        };
        layer.getChildren().add(g);
        byId.put(l.id(), g);
    }

    private static Polygon arrow(DiagramLine l, double size, Color color) {
        Polygon p = new Polygon(ArrowHead.corners(l.path(), size));
        p.setFill(color);
        return p;
    }

    /** A line's path as a JavaFX path (a route with rounded bends, or a curve). */
    static Path path(LinePath linePath) {
        Path p = new Path();
        linePath.trace(new LinePath.Tracer() {
            @Override
            public void moveTo(double x, double y) {
                p.getElements().add(new MoveTo(x, y));
            }

            @Override
            public void lineTo(double x, double y) {
                p.getElements().add(new LineTo(x, y));
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                p.getElements().add(new QuadCurveTo(cx, cy, x, y));
            }
        });
        return p;
    }

    private Text text(String s, double x, double y, double size, boolean bold) {
        Text t = new Text(x, y, s);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        t.setFill(color(style.text()));
        return t;
    }

    static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
