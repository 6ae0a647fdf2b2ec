package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.ExposureMarks;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.Pen;
import io.kubereach.diagram.PictureRenderer;
import io.kubereach.diagram.ViewState;
import io.kubereach.diagram.Viewport;
import io.kubereach.diagram.ZoomDetail;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Shows a {@link DiagramLayout} as a map: zoom (wheel around the cursor, fit, 1:1, in, out), pan
 * (drag), and detail that follows the zoom box by box ({@link ZoomDetail}): zoomed out, groups
 * are drawn closed with their names and counts and one line per pair of groups; zoomed in,
 * workloads, then pods, then each pod's network namespace. Double-click (or Enter on the
 * selection) expands or collapses a box in place: nothing else moves. Hover tooltips, selection
 * by click (a read-only property of the selected box or line id), emphasis of what belongs with
 * it ({@link #highlight}: those lines traced along their whole way, the rest faded) — the API a
 * question bar builds on.
 *
 * <p>Drawn immediate-mode on one {@link Canvas} by the toolkit-free {@link PictureRenderer}: a frame
 * costs what is on screen, not the size of the cluster. The lines of a level of detail are worked
 * out when the set of open boxes changes and the wheel rests, off the JavaFX thread for large
 * pictures (the lines of the last level stay on screen meanwhile).
 *
 * <p>Use on the JavaFX thread. Lay out off it and hand the result to {@link #setDiagram}
 * ({@link #prepare} it there first to have its first lines ready).
 */
public final class DiagramCanvas extends Region {

    private static final double STEP = DiagramLayout.ZOOM_STEP;

    private final CanvasPointer pointer;
    private final ObjectProperty<DiagramLayout> diagram = new SimpleObjectProperty<>(this, "diagram", DiagramLayout.empty());
    private final ObjectProperty<DiagramStyle> diagramStyle = new SimpleObjectProperty<>(this, "diagramStyle", DiagramStyle.DEFAULT);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId", "");
    private final PanAndZoom pan = new PanAndZoom(this);
    private final ReadOnlyObjectWrapper<ViewState> view = new ReadOnlyObjectWrapper<>(this, "view", new ViewState(1, 0, 0, Map.of()));
    private final Canvas surface = new Canvas();
    private final Minimap minimap = new Minimap(this);
    private final CanvasPainting painting = new CanvasPainting(this, surface, minimap);
    private final LevelLines levels = new LevelLines(painting::renew);
    private final BoxChoices chosen = new BoxChoices();
    private boolean zooming;
    private final PauseTransition settle = new PauseTransition(Duration.millis(180));

    /** A canvas whose tooltips speak the language of {@code text}. */
    public DiagramCanvas(DiagramText text) {
        getStyleClass().add("diagram-canvas");
        getChildren().addAll(surface, minimap);
        diagram.addListener((obs, old, now) -> rebuild(now));
        diagramStyle.addListener((obs, old, now) -> painting.renew());
        this.pointer = new CanvasPointer(this, surface, text);
        CanvasGestures gestures = new CanvasGestures(this);
        surface.setOnMousePressed(gestures::pressed);
        surface.setOnMouseDragged(gestures::drag);
        surface.setOnMouseReleased(gestures::released);
        surface.setOnMouseClicked(gestures::clicked);
        setOnScroll(gestures::scroll);
        addEventHandler(KeyEvent.KEY_PRESSED, gestures::key);
        settle.setOnFinished(e -> {
            zooming = false;
            requestPaint();
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
     * Works out, on the calling thread (any thread), the lines of a layout about to be shown as it
     * will first appear (fitted to this canvas, with the boxes the user expanded or collapsed),
     * so that {@link #setDiagram} with that very layout shows its lines at once.
     */
    public void prepare(DiagramLayout layout) {
        if (layout.width() <= 0 || layout.height() <= 0) {
            return;
        }
        double z = pan.preparedZoom(layout);
        ZoomDetail detail = new ZoomDetail(layout, z, BoxChoices.keptFor(layout, chosen.asMap()));
        LineSet lines = levels.prepare(layout, detail);
        FirstPaint.warmUp(layout, lines, detail, preparedViewport(layout), painting.fontFamily());
        layout.connection(""); // its index of connections by id, made here rather than at the first selection on the JavaFX thread
    }

    /** The view a layout about to be shown will first have (fitted to the canvas's last size); any thread. */
    Viewport preparedViewport(DiagramLayout layout) {
        return pan.preparedViewport(layout);
    }

    /** Shows a layout (zoomed to fit), clearing selection and highlight; the boxes the user expanded or collapsed stay so. */
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

    /** Speaks the language of {@code text} in the tooltips from now on (the boxes' words come with the layout). */
    public void setText(DiagramText text) {
        pointer.speak(text);
    }

    /**
     * Writes the words with wide (Chinese) characters in a font family that has their glyphs;
     * names in Latin letters stay in the default family, as wide as the layout measured them.
     */
    public void setWideFontFamily(String family) {
        painting.wideFontFamily(family);
    }

    /** The id of the selected box or line; empty when nothing is selected. */
    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** The id of the selected box or line; empty when nothing is selected. */
    public String getSelectedId() {
        return selectedId.get();
    }

    /** Selects a box or line by id (as a click would); an id the picture does not know, or "", clears the selection. */
    public void select(String id) {
        DiagramLayout l = diagram.get();
        boolean known = !id.isEmpty() && (l.box(id).isPresent() || levels.shown().line(id).isPresent() || l.connection(id).isPresent());
        selectedId.set(known ? id : "");
        painting.renew();
    }

    /** The zoom: screen pixels per diagram unit. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return pan.zoomProperty();
    }

    /** The zoom: screen pixels per diagram unit. */
    public double getZoom() {
        return pan.zoom();
    }

    /** Zooms so the whole layout fits the canvas, centred. */
    public void zoomToFit() {
        if (pan.fit(diagram.get(), getWidth(), getHeight())) {
            viewChanged();
        }
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
        pan.zoomAt(factor, x, y);
        viewChanged();
    }

    /** Moves the view by a distance in screen pixels. */
    public void panBy(double dx, double dy) {
        pan.panBy(dx, dy);
        viewChanged();
    }

    /** Moves the view so that the point of the picture at ({@code x}, {@code y}) is in the centre. */
    public void centerAt(double x, double y) {
        pan.centerAt(x, y, getWidth(), getHeight());
        viewChanged();
    }

    /** Moves the view so that the box or line of {@code id} is in the centre; false when there is none. */
    public boolean centerOn(String id) {
        DiagramLayout l = diagram.get();
        Optional<double[]> c = l.box(id).map(b -> new double[] {b.centerX(), b.centerY()})
                .or(() -> levels.drawnLine(id).map(d -> levels.shown().path(d).pointAt(0.5)).map(p -> new double[] {p.x(), p.y()}));
        c.ifPresent(p -> centerAt(p[0], p[1]));
        return c.isPresent();
    }

    /**
     * Stresses these boxes and lines (ids of boxes, of graph edges, or of lines merged at the
     * level shown): the lines are traced along their whole way over the rest, which fades; the
     * boxes are framed. An empty set clears it.
     */
    public void highlight(Set<String> ids) {
        painting.highlight(ids);
    }

    /** Draws the exposure layer's marks on the boxes ({@link ExposureMarks#NONE}: the layer is off). */
    public void setExposureMarks(ExposureMarks marks) {
        painting.exposureMarks(marks);
    }

    /** The highlighted ids. */
    public Set<String> getHighlighted() {
        return painting.highlighted();
    }

    /**
     * Expands a closed box in place (its insides drawn at the zoom as it is) or collapses an open
     * one (its insides and their lines drawn as the box alone), and keeps it so at any zoom; no box
     * moves. False when the box holds nothing.
     */
    public boolean toggle(String id) {
        if (!chosen.toggle(diagram.get(), id, getZoom())) {
            return false;
        }
        pan.touched();
        announceView();
        requestPaint();
        return true;
    }

    /** Whether a box is drawn open now (its insides shown). */
    public boolean isOpen(String id) {
        return chosen.drawnOpen(diagram.get(), id, getZoom());
    }

    /** Where the user is looking: zoom, centre, expanded and collapsed boxes. */
    public ViewState getView() {
        Point2D centre = localToDiagram(getWidth() / 2, getHeight() / 2);
        return new ViewState(getZoom(), centre.getX(), centre.getY(), chosen.asMap());
    }

    /** Looks where a view state says (boxes the picture does not have are left out); before the canvas has a size, once it has. */
    public void setView(ViewState state) {
        chosen.take(diagram.get(), state.chosen());
        if (pan.take(state, getWidth(), getHeight())) {
            centerAt(state.centerX(), state.centerY());
        }
    }

    /** Where the user looks, as it changes (zoom, pan, expanding and collapsing). */
    public ReadOnlyObjectProperty<ViewState> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /**
     * Shows a box or line: zooms in (never out) until the box and the boxes around it are open
     * enough to draw it, at least to {@code readable}, and centres it. False when there is no such box or line.
     */
    public boolean reveal(String id, double readable) {
        double wanted = Math.max(Math.max(getZoom(), readable), chosen.zoomToOpenAround(diagram.get(), id));
        if (wanted > getZoom()) {
            zoomAt(Math.min(wanted, PanAndZoom.MAX_ZOOM) / getZoom(), getWidth() / 2, getHeight() / 2);
        }
        return centerOn(id);
    }

    /** Which boxes are open now. */
    public ZoomDetail detail() {
        return chosen.detail(diagram.get(), getZoom());
    }

    /** The lines drawn now (of the last level of detail worked out). */
    public LineSet lineSet() {
        return levels.shown();
    }

    /** The part of the picture the canvas shows. */
    public Viewport viewport() {
        return pan.viewport(getWidth(), getHeight());
    }

    /** Draws what the canvas shows through any pen (a test's, say), as it draws on screen. */
    public void render(Pen pen) {
        painting.render(pen);
    }

    /** Where a diagram point is on the canvas, in its local coordinates. */
    public Point2D diagramToLocal(double x, double y) {
        return pan.diagramToLocal(x, y);
    }

    /** Which diagram point is at a point of the canvas. */
    public Point2D localToDiagram(double x, double y) {
        return pan.localToDiagram(x, y);
    }

    /** The id of the line or innermost drawn box at a point of the canvas; empty when there is nothing. */
    public String idAt(double x, double y) {
        return pointer.idAt(x, y);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        surface.setWidth(w);
        surface.setHeight(h);
        pan.sized(w, h);
        minimap.place(w, h);
        Optional<ViewState> pendingView = pan.pendingView();
        if (pendingView.isPresent() && w > 0 && h > 0) {
            setView(pendingView.get());
        } else if (pan.wantsFit(w, h)) {
            zoomToFit(); // the first real size, or a resize while the view is still the fitted one
        }
        requestPaint();
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
        chosen.take(layout, chosen.asMap());
        levels.showPicture(layout);
        selectedId.set("");
        painting.highlight(Set.of());
        pan.fitLater();
        zoomToFit();
        requestPaint();
    }

    private void viewChanged() {
        announceView();
        requestPaint();
    }

    private void announceView() {
        if (getWidth() > 0 && getHeight() > 0) {
            view.set(getView());
        }
    }

    /** Paints at the next chance, once however many changes come before it. */
    void requestPaint() {
        painting.requestPaint();
    }

    /** Works out the lines of the level of detail shown, unless the wheel is turning; true when they changed. */
    boolean updateLines() {
        return levels.update(diagram.get(), detail(), zooming);
    }

    /** Toggles the box, or when it holds nothing the box around it. */
    void toggleAround(DiagramBox b) {
        if (!toggle(b.id())) {
            diagram.get().parent(b.id()).ifPresent(p -> toggle(p.id()));
        }
    }

    /** The wheel turns: lines of a new level wait until it rests. */
    void wheelTurning() {
        zooming = true;
        settle.playFromStart();
    }

    /** The tooltip text of what is at a point: the kind, the name and the details or verdict. */
    String describe(double x, double y) {
        return pointer.describe(x, y);
    }
}
