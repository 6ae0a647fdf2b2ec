package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.PictureRenderer;
import io.kubereach.diagram.RecordingPen;
import io.kubereach.diagram.SyntheticDiagram;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.text.WordBreaks;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every group's name at fit is legible: written whole over its group, at the smallest readable
 * size or larger, and no word of the picture (names, names beside small boxes, line words)
 * written over another — on the 20 namespaces of 2,000 pods and on 100 small namespaces crowded
 * as the 10,000-pod overview is.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("names at fit")
class LegibleNamesTest {

    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DemoDiagram.english());
        stage.setScene(new Scene(canvas, 760, 700)); // the diagram's part of a 1440 × 900 window
        stage.show();
    }

    private RecordingPen fitted(DiagramLayout layout) {
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.setDiagram(layout);
            canvas.zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        RecordingPen pen = new RecordingPen();
        WaitForAsyncUtils.asyncFx(() -> canvas.render(pen));
        WaitForAsyncUtils.waitForFxEvents();
        return pen;
    }

    private String wordsOn(RecordingPen pen, DiagramBox box) {
        return WordsOnBox.of(pen, canvas, box);
    }

    /** Pairs of texts whose boxes (as wide as the renderer measures them, a font size tall) overlap. */
    private static List<String> overlaps(RecordingPen pen) {
        List<RecordingPen.Text> texts = pen.texts();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                RecordingPen.Text p = texts.get(i);
                RecordingPen.Text q = texts.get(j);
                boolean across = p.x() < q.x() + q.width() && q.x() < p.x() + p.width();
                boolean down = p.baseline() - p.size() * 0.8 < q.baseline() + q.size() * 0.2
                        && q.baseline() - q.size() * 0.8 < p.baseline() + p.size() * 0.2;
                if (across && down) {
                    out.add("'" + p.text() + "' and '" + q.text() + "'");
                }
            }
        }
        return out;
    }

    /**
     * Whether the words written on a group are its name, or its start (three letters at least) and
     * its end from a place where it may break (then its counts), around "…": never a name cut in the middle of a word.
     */
    private static boolean wholeOrShortenedInside(String written, String name) {
        if (written.startsWith(name)) {
            return true;
        }
        int dots = written.indexOf('…');
        if (dots < 3 || !name.startsWith(written.substring(0, dots))) {
            return false;
        }
        String end = written.substring(dots + 1); // its end, then its counts when they are written
        for (int at = dots + 1; at < name.length(); at++) {
            if (WordBreaks.mayBreakBefore(name, at) && end.startsWith(name.substring(at))) {
                return true;
            }
        }
        return false;
    }

    private RecordingPen everyGroupLegible(DiagramLayout layout, int groups) {
        RecordingPen pen = fitted(layout);
        List<DiagramBox> namespaces = layout.boxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).toList();
        assertThat(namespaces).hasSize(groups);
        List<String> unreadable = new ArrayList<>();
        for (DiagramBox g : namespaces) {
            assertThat(canvas.isOpen(g.id())).as(g.id() + " is closed at fit").isFalse();
            if (!wholeOrShortenedInside(wordsOn(pen, g), g.label())) {
                unreadable.add(g.label() + " written as '" + wordsOn(pen, g) + "'");
            }
        }
        assertThat(unreadable).as("names not written whole over their groups").isEmpty();
        assertThat(pen.texts()).allMatch(t -> t.size() >= PictureRenderer.MIN_TEXT - 1, "no text below the smallest readable size");
        assertThat(overlaps(pen)).as("words written over other words").isEmpty();
        return pen;
    }

    @Test
    @DisplayName("2,000 pods: each of the 20 namespace names is written whole, readable, and no words overlap")
    void twentyNamespaces() {
        everyGroupLegible(new DiagramLayouter(DemoDiagram.english()).layout(SyntheticDiagram.medium().graph(), Grouping.NAMESPACE), 20);
    }

    @Test
    @DisplayName("100 namespaces crowded as at 10,000 pods: each name is written whole or with a word shortened by \"…\", its end always whole, never cut mid-word; readable; no words overlap")
    void hundredNamespaces() {
        ClusterShape crowded = new ClusterShape(100, 1_000, 2, 200, 8, ClusterShape.DEFAULT_SEED);
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english())
                .layout(NetworkGraphBuilder.build(SyntheticCluster.snapshot(crowded)).graph(), Grouping.NAMESPACE);
        RecordingPen pen = everyGroupLegible(layout, 100);
        List<RecordingPen.Text> names = pen.texts().stream().filter(RecordingPen.Text::bold).toList();
        assertThat(names.stream().filter(t -> t.size() < PictureRenderer.MIN_TEXT).toList())
                .as("names written whole (or with fewer words shortened) a pixel smaller, at the counts' size").isNotEmpty()
                .allMatch(t -> t.size() >= PictureRenderer.MIN_TEXT - 1);
    }

    @Test
    @DisplayName("a namespace expanded at fit, too small for its title band, still has its name written over it")
    void expandedAtFitKeepsItsName() {
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english()).layout(SyntheticDiagram.medium().graph(), Grouping.NAMESPACE);
        fitted(layout);
        DiagramBox namespace = layout.boxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> canvas.toggle(namespace.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isOpen(namespace.id())).as("expanded").isTrue();
        RecordingPen pen = new RecordingPen();
        WaitForAsyncUtils.asyncFx(() -> canvas.render(pen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wholeOrShortenedInside(wordsOn(pen, namespace), namespace.label()))
                .as("'%s' written over %s", wordsOn(pen, namespace), namespace.label()).isTrue();
    }

    @Test
    @DisplayName("2,000 pods at fit: the outside world and address blocks, too small for names, are named once above their row")
    void outsideRowNamed() {
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english()).layout(SyntheticDiagram.medium().graph(), Grouping.NAMESPACE);
        RecordingPen pen = fitted(layout);
        DiagramBox outside = layout.boxes().stream().filter(b -> b.kind() == BoxKind.OUTSIDE).findFirst().orElseThrow();
        javafx.geometry.Point2D at = canvas.diagramToLocal(outside.x(), outside.y());
        assertThat(pen.texts()).filteredOn(t -> t.text().equals(outside.label()))
                .singleElement().satisfies(t -> assertThat(t.baseline()).isLessThanOrEqualTo(at.getY()));
    }

    @Test
    @DisplayName("zoomed in, a Service box large enough for its name a little smaller than the zoom makes it is named inside, not below an empty box")
    void zoomedInServiceNamedInside() {
        DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
        DiagramBox service = layout.box("svc:payments/payments-api").orElseThrow();
        fitted(layout);
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.zoomAt(3.2 / canvas.getZoom(), 0, 0);
            canvas.centerOn(service.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        RecordingPen pen = new RecordingPen();
        WaitForAsyncUtils.asyncFx(() -> canvas.render(pen));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D top = canvas.diagramToLocal(service.x(), service.y());
        double bottom = top.getY() + service.height() * canvas.getZoom();
        assertThat(pen.texts()).filteredOn(t -> t.text().equals("payments-api") && t.x() >= top.getX()
                && t.x() < top.getX() + service.width() * canvas.getZoom() && t.baseline() > top.getY() - 1 && t.baseline() < bottom + 40)
                .singleElement().satisfies(t -> assertThat(t.baseline()).as("inside the box").isLessThan(bottom));
    }

    @Test
    @DisplayName("a namespace opened too small for its title band has its name at its top, not in its middle over the names inside")
    void openedGroupNamedAtItsTop() {
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english()).layout(SyntheticDiagram.medium().graph(), Grouping.NAMESPACE);
        fitted(layout);
        DiagramBox namespace = layout.boxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> canvas.toggle(namespace.id()));
        WaitForAsyncUtils.waitForFxEvents();
        RecordingPen pen = new RecordingPen();
        WaitForAsyncUtils.asyncFx(() -> canvas.render(pen));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D top = canvas.diagramToLocal(namespace.x(), namespace.y());
        double height = namespace.height() * canvas.getZoom();
        assertThat(pen.texts()).filteredOn(t -> t.text().startsWith(namespace.label().substring(0, 3)) && t.size() >= PictureRenderer.MIN_TEXT - 1
                && t.x() >= top.getX() - 20 && t.x() < top.getX() + namespace.width() * canvas.getZoom() && t.baseline() > top.getY())
                .first().satisfies(t -> assertThat(t.baseline()).isLessThan(top.getY() + Math.max(2 * PictureRenderer.MIN_TEXT, height / 4)));
    }
}
