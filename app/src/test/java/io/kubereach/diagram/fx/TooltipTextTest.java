package io.kubereach.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DemoDiagram;
import io.kubereach.diagram.Detail;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DrawnLine;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LineSet;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.source.ManifestSource;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the hover tooltip of a traffic line says what it allows apart from who decided it")
class TooltipTextTest {

    @Test
    @DisplayName("a line a Calico policy blocked allows nothing and was decided by Calico; one a NetworkPolicy allowed names its ports"
            + " (Calico's conversion.go: Kubernetes NetworkPolicies at order 1000); in Chinese too")
    void blockedLineIsNotSaidToAllowItsDecider() throws Exception {
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english()).layout(NetworkGraphBuilder.build(new ManifestSource()
                .read(Path.of("src", "test", "resources", "cnipol", "calico", "kubernetes-policies-at-order-1000"))).graph(), Grouping.NAMESPACE);
        LineSet lines = layout.lineSet(Detail.everything());
        assertThat(new TooltipText(DiagramText.of(Locale.ENGLISH)).of(line(lines, "client"), lines))
                .isEqualTo("client to server: blocked, allows nothing, decided by Calico");
        assertThat(new TooltipText(DiagramText.of(Locale.ENGLISH)).of(line(lines, "other"), lines))
                .isEqualTo("other to server: allowed, allows All Connections, decided by NP");
        assertThat(new TooltipText(DiagramText.of(Locale.SIMPLIFIED_CHINESE)).of(line(lines, "client"), lines)).contains("不允许任何连接").endsWith("由 Calico 决定");
    }

    private static DrawnLine line(LineSet lines, String from) {
        String id = "traffic:workload:default/Pod/" + from + ">workload:default/Pod/server";
        return lines.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
