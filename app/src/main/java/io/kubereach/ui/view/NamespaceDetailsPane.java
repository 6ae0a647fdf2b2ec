package io.kubereach.ui.view;

import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.model.DetailsBuilder;
import java.util.List;
import javafx.scene.layout.VBox;

/**
 * A namespace: its labels, the policies in it (links), how many of its pods they isolate each
 * way, and what enters and leaves it, namespace by namespace (each a link to that pair's answer).
 */
final class NamespaceDetailsPane extends VBox {

    NamespaceDetailsPane(AppViewModel vm, Details.NamespaceInfo info) {
        super(8);
        setId("details-namespace");
        getChildren().add(DetailSections.heading(Words.text("details.namespace.title", info.name())));
        getChildren().addAll(DetailSections.section(Words.text("details.labels")), DetailSections.chips(info.labels()));
        getChildren().add(DetailSections.section(Words.text("details.namespace.isolation")));
        getChildren().add(DetailSections.paragraph(Words.text("details.namespace.isolationSummary", info.pods(), info.ingressIsolated(),
                info.egressIsolated())));
        if (info.pods() > 0 && info.ingressIsolated() == 0) {
            getChildren().add(DetailSections.muted(Words.text("details.namespace.openIngress")));
        }
        getChildren().add(DetailSections.section(Words.text("details.policies", info.policies().size())));
        if (info.policies().isEmpty()) {
            getChildren().add(DetailSections.muted(Words.text("details.policies.none")));
        }
        if (!info.policies().isEmpty()) {
            RowList policies = new RowList(info.policies().stream()
                    .map(p -> DetailRow.link(p.name(), () -> vm.selection().follow(DetailsBuilder.POLICY_PREFIX + p.qualifiedName())))
                    .toList(), false);
            policies.setId("namespace-policies");
            getChildren().add(policies);
        }
        String self = new GraphVertex.NamespaceVertex(info.name()).id();
        getChildren().add(DetailSections.section(Words.text("details.namespace.enters")));
        flows(vm, info.enters(), true, self);
        getChildren().add(DetailSections.section(Words.text("details.namespace.leaves")));
        flows(vm, info.leaves(), false, self);
    }

    /** The namespaces with traffic that way, a row each, in a virtual list (a namespace at 10,000 pods has a hundred neighbours). */
    private void flows(AppViewModel vm, List<Details.NamespaceFlow> flows, boolean entering, String self) {
        List<Details.NamespaceFlow> some = flows.stream().filter(f -> f.counts().total() > 0).toList();
        if (some.isEmpty()) {
            return;
        }
        RowList rows = new RowList(some.stream().map(f -> row(vm, f, entering, self)).toList(), true);
        rows.setId(entering ? "namespace-enters" : "namespace-leaves");
        getChildren().add(rows);
    }

    private static DetailRow row(AppViewModel vm, Details.NamespaceFlow f, boolean entering, String self) {
        ReachabilityMatrix.PairCounts c = f.counts();
        String other = new GraphVertex.NamespaceVertex(f.namespace()).id();
        return DetailRow.of(c.verdict(), f.namespace(), Words.text("details.namespace.counts", c.allowed(), c.partial(), c.blocked(), c.unknown()),
                () -> vm.selection().followAnswer(entering ? other : self, entering ? self : other));
    }
}
