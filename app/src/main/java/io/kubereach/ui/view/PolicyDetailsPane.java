package io.kubereach.ui.view;

import io.kubereach.graph.GraphVertex;
import io.kubereach.model.PodRef;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * A NetworkPolicy: its description in plain words (in the language in use) next to its YAML as
 * KubeReach reads it (defaults filled in), and the pods it selects now; the diagram highlights them.
 */
final class PolicyDetailsPane extends VBox {

    PolicyDetailsPane(AppViewModel vm, Details.PolicyInfo info, DetailSections sections) {
        super(8);
        setId("details-policy");
        getChildren().add(DetailSections.heading(Words.text("details.policy.title", info.policy().qualifiedName())));
        getChildren().add(DetailSections.section(Words.text("details.policy.description")));
        // the description's first sentence names the policy, as the heading above already does
        getChildren().add(sections.sentences(info.description().subList(Math.min(1, info.description().size()), info.description().size())));
        getChildren().add(DetailSections.section(Words.text("details.policy.yaml")));
        getChildren().add(DetailSections.muted(Words.text("details.policy.yamlHint")));
        TextArea yaml = new TextArea(info.yaml());
        yaml.setEditable(false);
        yaml.getStyleClass().add("yaml");
        yaml.setPrefRowCount(Math.min(28, (int) info.yaml().lines().count() + 1));
        yaml.setId("policy-yaml");
        getChildren().add(yaml);
        getChildren().add(DetailSections.section(Words.text("details.policy.selected", info.selected().size())));
        for (PodRef ref : info.selected()) {
            getChildren().add(DetailSections.link(ref.toString(), () -> vm.selection().follow(GraphVertex.PodVertex.idOf(ref))));
        }
    }
}
