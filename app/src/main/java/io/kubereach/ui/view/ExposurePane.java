package io.kubereach.ui.view;

import io.kubereach.graph.GraphVertex;
import io.kubereach.report.Exposure;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.layout.VBox;

/**
 * The exposure layer's details: the workloads reachable from outside the cluster, from every
 * namespace (a pod of a namespace that does not exist yet stands for all), and those no
 * NetworkPolicy isolates for ingress, each a link with the reason, in virtual lists (at 10,000
 * pods some groups list hundreds of workloads); the diagram highlights them.
 */
final class ExposurePane extends VBox {

    ExposurePane(AppViewModel vm, Details.ExposureInfo info) {
        super(8);
        setId("details-exposure");
        getChildren().add(DetailSections.heading(Words.text("exposure.title")));
        getChildren().add(DetailSections.paragraph(Words.text("exposure.summary", info.exposures().size(), info.workloads())));
        group(vm, "exposure-outside", "exposure.outside", info.exposures(), Exposure::reachableFromOutside, ExposurePane::outsideWhy);
        group(vm, "exposure-everywhere", "exposure.everyNamespace", info.exposures(), Exposure::reachableFromEveryNamespace,
                ExposurePane::everyNamespaceWhy);
        group(vm, "exposure-open", "exposure.notIsolated", info.exposures(), e -> !e.ingressProtected(), ExposurePane::notIsolatedWhy);
        if (info.exposures().stream().anyMatch(Exposure::unknown)) {
            getChildren().add(DetailSections.warning(Words.text("exposure.unknown")));
        }
        getChildren().add(DetailSections.muted(Words.text("exposure.cli")));
    }

    static String outsideWhy(Exposure e) {
        return Words.text("exposure.outside.why", e.fromOutside().get(0).range().toString(), e.fromOutside().get(0).connections().toString(),
                e.fromOutside().size());
    }

    static String everyNamespaceWhy(Exposure e) {
        return Words.text("exposure.everyNamespace.why", e.fromEveryNamespace().toString());
    }

    static String notIsolatedWhy(Exposure e) {
        return Words.text(e.egressProtected() ? "exposure.notIsolated.ingress" : "exposure.notIsolated.both");
    }

    private void group(AppViewModel vm, String id, String title, List<Exposure> all, Predicate<Exposure> in, Function<Exposure, String> why) {
        List<Exposure> members = all.stream().filter(in).toList();
        var heading = DetailSections.section(Words.text(title, members.size()));
        heading.setId(id);
        getChildren().add(heading);
        if (members.isEmpty()) {
            getChildren().add(DetailSections.muted(Words.text("details.none")));
        }
        if (!members.isEmpty()) {
            RowList rows = new RowList(members.stream().map(e -> new DetailRow(Optional.empty(), e.workload().namespace() + "/" + e.workload().name(),
                    why.apply(e), () -> vm.selection().follow(GraphVertex.WorkloadVertex.idOf(e.workload())))).toList(), true);
            rows.setId(id + "-list");
            getChildren().add(rows);
        }
    }
}
