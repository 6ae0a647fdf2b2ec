package io.kubereach.graph;

import static io.kubereach.engine.Fixture.from;
import static io.kubereach.engine.Fixture.ipBlock;
import static io.kubereach.engine.Fixture.labels;
import static io.kubereach.engine.Fixture.named;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.namespaces;
import static io.kubereach.engine.Fixture.policy;
import static io.kubereach.engine.Fixture.pods;
import static io.kubereach.engine.Fixture.req;
import static io.kubereach.engine.Fixture.rule;
import static io.kubereach.engine.Fixture.sel;
import static io.kubereach.engine.Fixture.tcp;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.Ingress;
import io.kubereach.model.IngressRule;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small cluster shaped like the built-in demo: redis guarded by the documentation's policy, a
 * frontend, a batch job, a shop with a two-container web pod behind a NodePort and an Ingress, and
 * payments with default-deny, a stable and a canary backend, an ExternalName and a selector-less
 * Service that leads outside.
 */
final class DemoLikeCluster {

    private DemoLikeCluster() {
    }

    static ClusterSnapshot snapshot() {
        ClusterSnapshotBuilder b = new ClusterSnapshotBuilder("demo-like");
        b.namespace(namespace("default", "")).namespace(namespace("shop", "project=myproject"))
                .namespace(namespace("payments", "project=payments"));
        b.node(new ClusterNode("node-a", Map.of(), List.of(Cidr.of("10.244.0.0/24")), List.of(IpAddress.of("192.168.49.2"))));
        b.node(new ClusterNode("node-b", Map.of(), List.of(Cidr.of("10.244.1.0/24")), List.of(IpAddress.of("192.168.49.3"))));
        b.pod(pod("default/redis-0", "app=redis,role=db", "10.244.0.10", "node-a", "StatefulSet", "redis",
                container("redis", port("redis", 6379))));
        b.pod(pod("default/frontend-1", "role=frontend", "10.244.1.11", "node-b", "ReplicaSet", "frontend",
                container("frontend", port("http", 8080))));
        b.pod(pod("default/nightly-1", "role=batch", "10.244.1.12", "node-b", "Job", "nightly", container("report")));
        for (String[] web : new String[][] {{"web-1", "10.244.0.20", "node-a"}, {"web-2", "10.244.1.20", "node-b"}}) {
            b.pod(pod("shop/" + web[0], "app=web", web[1], web[2], "ReplicaSet", "web",
                    container("web", port("http", 8080)), container("envoy", port("admin", 15001))));
        }
        b.pod(pod("payments/api-stable-1", "app=api,track=stable", "10.244.0.30", "node-a", "ReplicaSet", "api-stable",
                container("api", port("https", 8443))));
        b.pod(pod("payments/api-canary-1", "app=api,track=canary", "10.244.1.30", "node-b", "ReplicaSet", "api-canary",
                container("api", port("https", 8443))));
        services(b);
        policies(b);
        return b.build();
    }

    private static void services(ClusterSnapshotBuilder b) {
        b.service(service("default", "redis", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "redis")),
                new ServicePort("redis", Protocol.TCP, 6379, new TargetPort.Named("redis"), 0), false, ""));
        b.service(service("default", "redis-headless", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "redis")),
                new ServicePort("redis", Protocol.TCP, 6379, new TargetPort.Number(6379), 0), true, ""));
        b.service(service("shop", "web", ServiceType.NODE_PORT, Optional.of(Map.of("app", "web")),
                new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 30080), false, ""));
        b.service(service("payments", "api", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "api")),
                new ServicePort("https", Protocol.TCP, 443, new TargetPort.Named("https"), 0), false, ""));
        b.service(service("payments", "stripe", ServiceType.EXTERNAL_NAME, Optional.empty(),
                new ServicePort("https", Protocol.TCP, 443, new TargetPort.Number(443), 0), false, "api.stripe.example"));
        b.service(service("payments", "legacy-db", ServiceType.CLUSTER_IP, Optional.empty(),
                new ServicePort("pg", Protocol.TCP, 5432, new TargetPort.Number(5432), 0), false, ""));
        b.endpoints(new ServiceEndpoints("payments", "legacy-db",
                List.of(new EndpointAddress(IpAddress.of("203.0.113.10"), true, Optional.empty())),
                List.of(new EndpointPort("pg", 5432, Protocol.TCP))));
        b.ingress(new Ingress("shop", "web", "nginx", List.of(new IngressRule("shop.example.com", "/", "web", 80, ""))));
    }

    private static void policies(ClusterSnapshotBuilder b) {
        b.policy(policy("default/test-network-policy", "role=db").types(Direction.INGRESS, Direction.EGRESS)
                .ingress(rule(from(ipBlock("172.17.0.0/16", "172.17.1.0/24"), namespaces("project=myproject"), pods("role=frontend")),
                        tcp(6379)))
                .egress(rule(from(ipBlock("10.0.0.0/24")), tcp(5978))).build());
        b.policy(policy("shop/shop-egress", "").types(Direction.EGRESS)
                .egress(rule(from(ipBlock("0.0.0.0/0", "10.0.0.0/8")), tcp(443)),
                        rule(from(namespaces("project=payments")), named("https", Protocol.TCP))).build());
        b.policy(policy("shop/allow-to-web", "app=web").types(Direction.INGRESS)
                .ingress(rule(from(namespaces("")), tcp(8080))).build());
        b.policy(policy("payments/default-deny", "").types(Direction.INGRESS, Direction.EGRESS).build());
        b.policy(new NetworkPolicy("payments", "allow-shop-to-api",
                sel("app=api", req("track", LabelRequirement.Operator.NOT_IN, "canary")), Set.of(Direction.INGRESS), true,
                List.of(rule(from(namespaces("project=myproject")), named("https", Protocol.TCP))), List.of()));
        b.policy(policy("payments/api-egress", "app=api").types(Direction.EGRESS)
                .egress(rule(from(ipBlock("203.0.113.10/32")), tcp(5432))).build());
    }

    static Pod pod(String nsName, String podLabels, String ip, String node, String kind, String owner, Container... containers) {
        String[] p = nsName.split("/");
        return new Pod(p[0], p[1], labels(podLabels), List.of(IpAddress.of(ip)), Optional.of(node), new WorkloadRef(p[0], kind, owner),
                false, List.of(containers), true);
    }

    static Container container(String name, ContainerPort... ports) {
        return new Container(name, "", List.of(ports));
    }

    static ContainerPort port(String name, int number) {
        return new ContainerPort(name, number, Protocol.TCP);
    }

    private static Service service(String ns, String name, ServiceType type, Optional<Map<String, String>> selector, ServicePort port,
            boolean headless, String externalName) {
        return new Service(ns, name, type, selector, List.of(port), List.of(), headless, externalName, false,
                Service.DEFAULT_AFFINITY_TIMEOUT, false);
    }
}
