package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;

/** Small objects for live-cluster tests. */
final class ClusterObjectsFixture {

    private ClusterObjectsFixture() {
    }

    static HasMetadata namespace(String name, String team) {
        return new NamespaceBuilder().withNewMetadata().withName(name).addToLabels("team", team).endMetadata().build();
    }

    /** A running pod with an IP, a label {@code app}, a ReplicaSet owner and a named port. */
    static io.fabric8.kubernetes.api.model.Pod pod(String namespace, String name, String app, String ip) {
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).addToLabels("app", app)
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet").withName(app + "-5d9c").withController(true)
                .withUid("u-" + app).endOwnerReference().endMetadata()
                .withNewSpec().withNodeName("node-1")
                .addNewContainer().withName("app").withImage("example/" + app + ":1")
                .addNewEnv().withName("DB_PASSWORD").withValue("hunter2-not-for-snapshots").endEnv()
                .addNewPort().withName("http").withContainerPort(8080).endPort().endContainer().endSpec()
                .withNewStatus().withPodIP(ip).withPhase("Running").endStatus()
                .build();
    }

    /** Only pods labelled {@code app=from} may reach pods labelled {@code app=to}, on their named port http. */
    static HasMetadata allow(String namespace, String from, String to) {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(to + "-from-" + from).withNamespace(namespace).endMetadata()
                .withNewSpec().withNewPodSelector().addToMatchLabels("app", to).endPodSelector()
                .addNewIngress().addNewFrom().withNewPodSelector().addToMatchLabels("app", from).endPodSelector().endFrom()
                .addNewPort().withNewPort("http").endPort().endIngress().endSpec()
                .build();
    }
}
