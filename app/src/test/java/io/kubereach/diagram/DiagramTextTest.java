package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the diagram's texts")
class DiagramTextTest {

    @Test
    @DisplayName("the locale picks the bundle, and placeholders are filled with plurals")
    void localeAndPlaceholders() {
        assertThat(DiagramText.of(Locale.SIMPLIFIED_CHINESE).get("legend.title")).isEqualTo("图例");
        assertThat(DiagramText.of(Locale.ENGLISH).format("workload.pods", 1)).isEqualTo("1 pod");
        assertThat(DiagramText.of(Locale.ENGLISH).format("workload.pods", 3)).isEqualTo("3 pods");
    }

    @Test
    @DisplayName("traffic lines carry their connections in the diagram's language, and every-connection lines get no label drawn in either")
    void lineLabelsFollowTheLanguage() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            DiagramText text = DiagramText.of(locale);
            DiagramLayout layout = new DiagramLayouter(text).layout(DemoDiagram.graph().graph(), Grouping.NAMESPACE);
            List<String> labels = layout.lines().stream().filter(l -> l.kind() == LineKind.TRAFFIC).map(DiagramLine::label).toList();
            String all = text.get("connections.all");
            assertThat(labels).as("labels in " + locale + " (then the badge of the tier that decided them)").anyMatch(l -> l.startsWith(all));
            RecordingPen pen = new RecordingPen();
            new PictureRenderer(layout, layout.lineSet(Detail.everything()), DiagramStyle.LIGHT, Emphasis.NONE)
                    .render(pen, new Viewport(0, 0, 1, layout.width(), layout.height()), Detail.everything());
            assertThat(pen.texts()).as("labels drawn in " + locale).noneMatch(t -> t.text().equals(all));
        }
        assertThat(DiagramText.of(Locale.SIMPLIFIED_CHINESE).get("connections.all")).isEqualTo("所有连接");
        assertThat(DiagramText.of(Locale.ENGLISH).get("connections.all")).isEqualTo("All Connections");
    }

    @Test
    @DisplayName("whether a line allows every connection is read from its connections, not from its words")
    void everyConnectionIsKnownFromTheSet() {
        DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
        List<DiagramLine> traffic = layout.lines().stream().filter(l -> l.kind() == LineKind.TRAFFIC).toList();
        assertThat(traffic).isNotEmpty().allSatisfy(l -> assertThat(l.allowed()).isPresent());
        assertThat(traffic).anyMatch(l -> l.allowed().orElseThrow().isAll()).anyMatch(l -> !l.allowed().orElseThrow().isAll());
        assertThat(layout.lines()).filteredOn(l -> l.kind() != LineKind.TRAFFIC).allSatisfy(l -> assertThat(l.allowed()).isEmpty());
        RecordingPen pen = new RecordingPen();
        new PictureRenderer(layout, layout.lineSet(Detail.everything()), DiagramStyle.LIGHT, Emphasis.NONE)
                .render(pen, new Viewport(0, 0, 1, layout.width(), layout.height()), Detail.everything());
        assertThat(traffic).anyMatch(l -> l.lineClass() == LineClass.ALLOWED && l.allowed().orElseThrow().isAll());
        String everything = DemoDiagram.english().connections(io.kubereach.engine.ConnectionSet.all());
        assertThat(pen.texts()).as("no line allowing everything is labelled with its ports").noneMatch(t -> t.text().contains(everything));
        assertThat(pen.texts()).as("specific ports are labelled").anyMatch(t -> traffic.stream()
                .anyMatch(l -> !l.allowed().orElseThrow().isAll() && !l.label().isEmpty() && l.label().equals(t.text())));
    }
}
