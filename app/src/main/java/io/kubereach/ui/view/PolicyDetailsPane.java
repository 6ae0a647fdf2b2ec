package io.kubereach.ui.view;

import io.kubereach.graph.GraphVertex;
import io.kubereach.model.PodRef;
import io.kubereach.text.Sentence;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * A policy: its description in plain words (in the language in use) next to its YAML, and the
 * pods it selects now; the diagram highlights them. A NetworkPolicy's YAML is as KubeReach reads
 * it (defaults filled in); a cluster-wide policy's description names its tier and priority, what
 * each rule does in order, and its traps.
 */
final class PolicyDetailsPane extends VBox {

    PolicyDetailsPane(AppViewModel vm, Details.PolicyInfo info, DetailSections sections) {
        super(8);
        setId("details-policy");
        getChildren().add(DetailSections.heading(Words.text("details.policy.title", info.policy().qualifiedName())));
        // the description's first sentence names the policy, as the heading above already does
        fill(this, vm, sections, info.description().subList(Math.min(1, info.description().size()), info.description().size()),
                info.yaml(), Words.text("details.policy.yamlHint"), Optional.of(info.selected()));
    }

    /** A cluster-wide policy (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy). */
    static VBox cluster(AppViewModel vm, Details.ClusterPolicyInfo info, DetailSections sections) {
        VBox box = new VBox(8);
        box.setId("details-cluster-policy");
        box.getChildren().add(DetailSections.heading(Words.text("details.clusterPolicy.title", info.policy().kind().kindName(),
                info.policy().name())));
        box.getChildren().add(DetailSections.paragraph(Words.clusterPolicyPlace(info.policy())));
        fill(box, vm, sections, info.description().subList(Math.min(1, info.description().size()), info.description().size()),
                info.yaml(), Words.text("details.clusterPolicy.yamlHint"), Optional.of(info.selected()));
        return box;
    }

    /** A Cilium or Calico policy: what its language does with it, in plain words, and its YAML. */
    static VBox cni(AppViewModel vm, Details.CniPolicyInfo info, DetailSections sections) {
        VBox box = new VBox(8);
        box.setId("details-cni-policy");
        box.getChildren().add(DetailSections.heading(Words.text("details.clusterPolicy.title", info.kind(), info.name())));
        box.getChildren().add(DetailSections.paragraph(Words.language(info.language())));
        fill(box, vm, sections, info.description(), info.yaml(), Words.text("details.clusterPolicy.yamlHint"), Optional.empty());
        return box;
    }

    private static void fill(VBox into, AppViewModel vm, DetailSections sections, List<Sentence> description, String yamlText,
            String yamlHint, Optional<List<PodRef>> selectedNow) {
        into.getChildren().add(DetailSections.section(Words.text("details.policy.description")));
        into.getChildren().add(sections.sentences(description));
        into.getChildren().add(DetailSections.section(Words.text("details.policy.yaml")));
        into.getChildren().add(DetailSections.muted(yamlHint));
        TextArea yaml = new TextArea(yamlText);
        yaml.setEditable(false);
        yaml.getStyleClass().add("yaml");
        yaml.setPrefRowCount(Math.min(28, (int) yamlText.lines().count() + 1));
        yaml.setId("policy-yaml");
        into.getChildren().add(yaml);
        if (selectedNow.isEmpty()) {
            return; // its description says what it applies to
        }
        List<PodRef> selected = selectedNow.get();
        into.getChildren().add(DetailSections.section(Words.text("details.policy.selected", selected.size())));
        // a policy of a namespace at 10,000 pods selects a hundred pods, a cluster-wide one thousands: a virtual list
        RowList pods = new RowList(selected.stream().map(ref -> DetailRow.link(ref.toString(), () -> vm.selection().follow(GraphVertex.PodVertex.idOf(ref))))
                .toList(), false);
        pods.setId("policy-selected-pods");
        into.getChildren().add(pods);
    }
}
