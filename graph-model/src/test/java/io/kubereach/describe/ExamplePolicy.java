package io.kubereach.describe;

import static io.kubereach.engine.Fixture.ipBlock;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.namespaces;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.pods;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.port;
import static io.kubereach.engine.Fixture.rule;
import static io.kubereach.engine.Fixture.tcp;

import io.kubereach.engine.Fixture;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Protocol;

/**
 * The {@code test-network-policy} of the Kubernetes documentation (the seed example of issue 2)
 * in a small cluster: two db pods and a frontend in {@code default}, namespaces {@code shop} and
 * {@code monitoring} labelled {@code project=myproject} with one pod each, and CoreDNS.
 */
final class ExamplePolicy {

    static final NetworkPolicy POLICY = policy("default/test-network-policy", "role=db")
            .types(Direction.INGRESS, Direction.EGRESS)
            .ingress(rule(Fixture.from(ipBlock("172.17.0.0/16", "172.17.1.0/24"), namespaces("project=myproject"),
                    pods("role=frontend")), tcp(6379)))
            .egress(rule(Fixture.from(ipBlock("10.0.0.0/24")), tcp(5978)))
            .build();

    private ExamplePolicy() {
    }

    static ClusterSnapshot cluster() {
        return Fixture.cluster()
                .namespace(namespace("default", ""))
                .namespace(namespace("shop", "project=myproject"))
                .namespace(namespace("monitoring", "project=myproject,team=observability"))
                .namespace(namespace("payments", "project=payments"))
                .namespace(namespace("kube-system", ""))
                .pod(pod("default/redis-0", "app=redis,role=db", port("redis", 6379, Protocol.TCP)))
                .pod(pod("default/redis-1", "app=redis,role=db", port("redis", 6379, Protocol.TCP)))
                .pod(pod("default/frontend-a", "role=frontend", port("http", 8080, Protocol.TCP)))
                .pod(pod("default/nightly", "role=batch"))
                .pod(pod("shop/web", "app=web"))
                .pod(pod("monitoring/prometheus-0", "app=prometheus"))
                .pod(pod("payments/api", "app=payments-api"))
                .pod(pod("kube-system/coredns-1", "k8s-app=kube-dns", port("dns", 53, Protocol.UDP), port("dns-tcp", 53, Protocol.TCP)))
                .policy(POLICY)
                .build();
    }
}
