package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Shows a {@link DiagramLayout} with JavaFX shapes: zoom (wheel around the cursor, fit, 1:1,
 * in, out), pan (drag), hover tooltips, selection by click (a read-only property of the selected
 * box or line id), highlighting and centring. Fast for thousands of pods: shapes are
 * mouse-transparent and hit-tested on the layout's geometry, texts and the inside of pods are
 * switched off when zoomed too far out to read them, and texts wait while the wheel is turning.
 *
 * <p>Use on the JavaFX thread. Lay out off it ({@code javafx.concurrent.Task}) and hand the
 * result to {@link #setDiagram}.
 */
public final class DiagramCanvas extends Region {

    /** Below this zoom, texts are not drawn. */
    static final double TEXT_ZOOM = 0.35;
    /** Below this zoom, the inside of pods and the dashed Service-to-backend lines are not drawn. */
    static final double POD_INSIDE_ZOOM = 0.2;
    private static final double MIN_ZOOM = 0.01;
    private static final double MAX_ZOOM = 8;
    private static final double FIT_MARGIN = 16;
    private static final double STEP = 1.25;

    private final TooltipText tooltips;
    private final ObjectProperty<DiagramLayout> diagram = new SimpleObjectProperty<>(this, "diagram", DiagramLayout.empty());
    private final ObjectProperty<DiagramStyle> diagramStyle = new SimpleObjectProperty<>(this, "diagramStyle", DiagramStyle.DEFAULT);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId", "");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final Group content = new Group();
    private final Group overlay = new Group();
    private final Rectangle clip = new Rectangle();
    private final Tooltip tooltip = new Tooltip();
    private DiagramShapes shapes = new DiagramShapes(DiagramLayout.empty());
    /** Shapes built ahead, off the JavaFX thread, for the layout about to be shown. */
    private final AtomicReference<DiagramShapes> prepared = new AtomicReference<>();
    /** The style in use, for building shapes off the JavaFX thread (which must not read the property). */
    private volatile DiagramStyle styleInUse = DiagramStyle.DEFAULT;
    private Set<String> highlighted = Set.of();
    private double panX;
    private double panY;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private boolean fitPending = true;
    /** Whether the view is still the fitted one (nobody zoomed or panned since): a resize then fits again. */
    private boolean followsFit = true;
    private double fittedWidth;
    private double fittedHeight;
    private boolean zooming;
    private final PauseTransition settle = new PauseTransition(Duration.millis(180));

    /** A canvas whose tooltips speak the language of {@code text}. */
    public DiagramCanvas(DiagramText text) {
        this.tooltips = new TooltipText(text);
        getStyleClass().add("diagram-canvas");
        setBackground(Background.fill(DiagramShapes.color(DiagramStyle.DEFAULT.background())));
        setClip(clip);
        overlay.setMouseTransparent(true);
        getChildren().addAll(content, overlay);
        content.getChildren().add(shapes.root);
        diagram.addListener((obs, old, now) -> rebuild(now));
        diagramStyle.addListener((obs, old, now) -> {
            styleInUse = now;
            restyle(now);
        });
        tooltip.setShowDelay(Duration.millis(250));
        // over empty space there is nothing to say: no empty tooltip box
        tooltip.setOnShowing(e -> {
            if (tooltip.getText() == null || tooltip.getText().isEmpty()) {
                javafx.application.Platform.runLater(tooltip::hide);
            }
        });
        Tooltip.install(this, tooltip);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> tooltip.setText(describe(e.getX(), e.getY())));
        setOnScroll(this::scroll);
        settle.setOnFinished(e -> {
            zooming = false;
            apply(getZoom());
        });
        setFocusTraversable(true);
    }

    /** The layout shown. */
    public ObjectProperty<DiagramLayout> diagramProperty() {
        return diagram;
    }

    /** The layout shown. */
    public DiagramLayout getDiagram() {
        return diagram.get();
    }

    /**
     * Builds the shapes of a layout about to be shown, on the calling thread (any thread: the
     * shapes are not in the window yet), so that {@link #setDiagram} with that very layout only
     * puts them in. A layout shown without being prepared is built on the JavaFX thread as before.
     */
    public void prepare(DiagramLayout layout) {
        prepared.set(new DiagramShapes(layout, styleInUse));
    }

    /** Shows a layout (zoomed to fit), clearing selection and highlight. */
    public void setDiagram(DiagramLayout layout) {
        diagram.set(layout);
    }

    /** The colours it draws in (light or dark); a change repaints at once, keeping view, selection and highlight. */
    public ObjectProperty<DiagramStyle> diagramStyleProperty() {
        return diagramStyle;
    }

    /** Draws in a style (light or dark). */
    public void setDiagramStyle(DiagramStyle style) {
        diagramStyle.set(style);
    }

    /** The colours it draws in. */
    public DiagramStyle getDiagramStyle() {
        return diagramStyle.get();
    }

    /** The id of the selected box or line; empty when nothing is selected. */
    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** The id of the selected box or line; empty when nothing is selected. */
    public String getSelectedId() {
        return selectedId.get();
    }

    /** Selects a box or line by id (as a click would); an unknown id or "" clears the selection. */
    public void select(String id) {
        String known = diagram.get().box(id).isPresent() || diagram.get().line(id).isPresent() ? id : "";
        selectedId.set(known);
        drawOverlay();
    }

    /** The zoom: screen pixels per diagram unit. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The zoom: screen pixels per diagram unit. */
    public double getZoom() {
        return zoom.get();
    }

    /** Zooms so the whole layout fits the canvas, centred. */
    public void zoomToFit() {
        DiagramLayout l = diagram.get();
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0 || l.width() <= 0 || l.height() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        followsFit = true;
        fittedWidth = w;
        fittedHeight = h;
        double z = clampZoom(Math.min((w - 2 * FIT_MARGIN) / l.width(), (h - 2 * FIT_MARGIN) / l.height()));
        panX = (w - l.width() * z) / 2;
        panY = (h - l.height() * z) / 2;
        apply(z);
    }

    /** Zooms to 100 %, keeping the centre of the view where it is. */
    public void actualSize() {
        zoomAt(1 / getZoom(), getWidth() / 2, getHeight() / 2);
    }

    /** Zooms in one step around the centre of the view. */
    public void zoomIn() {
        zoomAt(STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Zooms out one step around the centre of the view. */
    public void zoomOut() {
        zoomAt(1 / STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Multiplies the zoom by {@code factor}, keeping the diagram point under ({@code x}, {@code y}) in place. */
    public void zoomAt(double factor, double x, double y) {
        double old = getZoom();
        double z = clampZoom(old * factor);
        Point2D at = localToDiagram(x, y);
        panX = x - at.getX() * z;
        panY = y - at.getY() * z;
        fitPending = false;
        followsFit = false;
        apply(z);
    }

    /** Moves the view by a distance in screen pixels. */
    public void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        fitPending = false;
        followsFit = false;
        apply(getZoom());
    }

    /** Moves the view so that the box or line of {@code id} is in the centre; false when there is none. */
    public boolean centerOn(String id) {
        Optional<double[]> c = diagram.get().box(id).map(b -> new double[] {b.centerX(), b.centerY()})
                .or(() -> diagram.get().line(id).map(l -> new double[] {l.pointAt(0.5).x(), l.pointAt(0.5).y()}));
        if (c.isEmpty()) {
            return false;
        }
        panX = getWidth() / 2 - c.get()[0] * getZoom();
        panY = getHeight() / 2 - c.get()[1] * getZoom();
        fitPending = false;
        followsFit = false;
        apply(getZoom());
        return true;
    }

    /** Emphasises these boxes and lines and fades every other line; an empty set clears it. */
    public void highlight(Set<String> ids) {
        highlighted = Set.copyOf(ids);
        for (DiagramLine l : diagram.get().lines()) {
            Node n = shapes.byId.get(l.id());
            if (n != null) {
                n.setOpacity(highlighted.isEmpty() || highlighted.contains(l.id()) ? 1 : 0.15);
            }
        }
        drawOverlay();
    }

    /** The highlighted ids. */
    public Set<String> getHighlighted() {
        return highlighted;
    }

    /** Where a diagram point is on the canvas, in its local coordinates. */
    public Point2D diagramToLocal(double x, double y) {
        return new Point2D(panX + x * getZoom(), panY + y * getZoom());
    }

    /** Which diagram point is at a point of the canvas. */
    public Point2D localToDiagram(double x, double y) {
        return new Point2D((x - panX) / getZoom(), (y - panY) / getZoom());
    }

    /** The id of the line or innermost box at a point of the canvas; empty when there is nothing. */
    public String idAt(double x, double y) {
        Point2D d = localToDiagram(x, y);
        DiagramLayout l = diagram.get();
        Optional<DiagramLine> line = l.lineAt(d.getX(), d.getY(), 5 / getZoom());
        if (line.isPresent()) {
            return line.get().id();
        }
        return l.boxAt(d.getX(), d.getY()).map(DiagramBox::id).orElse("");
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        boolean resized = getWidth() != fittedWidth || getHeight() != fittedHeight;
        if ((fitPending || (followsFit && resized)) && getWidth() > 0 && getHeight() > 0) {
            zoomToFit(); // the first real size, or a resize while the view is still the fitted one
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void rebuild(DiagramLayout layout) {
        DiagramShapes ready = prepared.getAndSet(null);
        shapes = ready != null && ready.layout == layout && ready.style == diagramStyle.get() ? ready
                : new DiagramShapes(layout, diagramStyle.get());
        content.getChildren().setAll(shapes.root);
        selectedId.set("");
        highlighted = Set.of();
        fitPending = true;
        zoomToFit();
        drawOverlay();
    }

    private void restyle(DiagramStyle style) {
        setBackground(Background.fill(DiagramShapes.color(style.background())));
        shapes = new DiagramShapes(diagram.get(), style);
        content.getChildren().setAll(shapes.root);
        highlight(highlighted);
        apply(getZoom());
    }

    private void apply(double z) {
        zoom.set(z);
        content.getTransforms().setAll(new javafx.scene.transform.Translate(panX, panY), new javafx.scene.transform.Scale(z, z));
        overlay.getTransforms().setAll(content.getTransforms());
        shapes.texts.setVisible(z >= TEXT_ZOOM && !zooming);
        shapes.podInsides.setVisible(z >= POD_INSIDE_ZOOM);
        shapes.backends.setVisible(z >= POD_INSIDE_ZOOM);
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private void drawOverlay() {
        overlay.getChildren().setAll(SelectionMarks.of(diagram.get(), highlighted, selectedId.get(), diagramStyle.get()));
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        requestFocus();
    }

    private void drag(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (dragged || Math.hypot(dx, dy) > 3) {
            dragged = true;
            panBy(dx, dy);
            pressX = e.getX();
            pressY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            select(idAt(e.getX(), e.getY()));
        }
    }

    private void scroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            // texts are re-rasterised at every new scale: leave them out until the wheel rests
            zooming = true;
            settle.playFromStart();
            zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            e.consume();
        }
    }

    /** The tooltip text of what is at a point: the kind, the name and the details or verdict. */
    String describe(double x, double y) {
        return tooltips.of(diagram.get(), idAt(x, y));
    }
}
