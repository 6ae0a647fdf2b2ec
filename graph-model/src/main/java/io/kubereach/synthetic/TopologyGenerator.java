package io.kubereach.synthetic;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Makes the namespaces, nodes, workloads, pods and Services of a synthetic cluster, the way a
 * cluster running Deployments looks: pods owned by ReplicaSets named {@code <app>-<hash>},
 * pod IPs taken in turn from their node's pod CIDR, one ClusterIP Service per workload.
 */
final class TopologyGenerator {

    /** Team names; a namespace belongs to one. */
    static final List<String> TEAMS = List.of("orders", "payments", "catalog", "search", "identity", "shipping",
            "billing", "analytics", "checkout", "inventory", "notifications", "platform");
    /** Environments, as namespace label {@code env}. */
    static final List<String> ENVS = List.of("prod", "staging", "dev");
    /** Projects, as namespace label {@code project} on some namespaces. */
    static final List<String> PROJECTS = List.of("storefront", "backoffice", "data", "core");

    /** An application kind: its name, tier and the extra port it serves, if any. */
    private record App(String name, String tier, Optional<ContainerPort> extraPort) {
        static App of(String name, String tier) {
            return new App(name, tier, Optional.empty());
        }

        static App of(String name, String tier, String portName, int port, Protocol protocol) {
            return new App(name, tier, Optional.of(new ContainerPort(portName, port, protocol)));
        }
    }

    private static final List<App> APPS = List.of(
            App.of("web", "frontend"), App.of("storefront", "frontend"), App.of("gateway", "frontend"),
            App.of("api", "backend"), App.of("cart", "backend"), App.of("checkout", "backend"),
            App.of("catalog", "backend"), App.of("search", "backend"), App.of("auth", "backend"),
            App.of("orders", "backend"), App.of("worker", "backend"), App.of("mailer", "backend"),
            App.of("ledger", "backend"), App.of("resolver", "backend", "dns", 53, Protocol.UDP),
            App.of("postgres", "db", "postgres", 5432, Protocol.TCP),
            App.of("redis", "cache", "redis", 6379, Protocol.TCP),
            App.of("kafka", "queue", "kafka", 9092, Protocol.TCP));

    /** The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes). */
    private static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final long POD_NETWORK = 0x0AF40000L;     // 10.244.0.0, flannel's default
    private static final long NODE_NETWORK = 0xC0A80A00L;    // 192.168.10.0
    private static final long SERVICE_NETWORK = 0x0A600000L; // 10.96.0.0/12

    private final ClusterShape shape;
    private final Random random;

    TopologyGenerator(ClusterShape shape, long seed) {
        this.shape = shape;
        this.random = new Random(seed);
    }

    SyntheticTopology generate() {
        List<Namespace> namespaces = namespaces();
        int[] appOffset = new int[namespaces.size()];
        for (int i = 0; i < appOffset.length; i++) {
            appOffset[i] = random.nextInt(APPS.size());
        }
        int[] workloadsInNamespace = new int[namespaces.size()];
        List<Workload> workloads = new ArrayList<>();
        List<List<Container>> containers = new ArrayList<>();
        for (int w = 0; w < shape.workloads(); w++) {
            int nsIndex = (int) ((long) w * shape.namespaces() / shape.workloads());
            Namespace ns = namespaces.get(nsIndex);
            int indexInNamespace = workloadsInNamespace[nsIndex]++;
            App app = APPS.get((indexInNamespace + appOffset[nsIndex]) % APPS.size());
            String appName = indexInNamespace < APPS.size() ? app.name() : app.name() + "-" + (indexInNamespace / APPS.size() + 1);
            String hash = randomName(10);
            String version = "v" + (1 + random.nextInt(3));
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("app", appName);
            labels.put("tier", app.tier());
            labels.put("version", version);
            labels.put("pod-template-hash", hash);
            workloads.add(new Workload(new WorkloadRef(ns.name(), "ReplicaSet", appName + "-" + hash),
                    shape.podsPerWorkload(), labels));
            containers.add(containers(app, appName, ns, version));
        }
        int[] nodeOfPod = new int[shape.pods()];
        int[] podsOnNode = new int[shape.nodes()];
        for (int p = 0; p < nodeOfPod.length; p++) {
            nodeOfPod[p] = random.nextInt(shape.nodes());
            podsOnNode[nodeOfPod[p]]++;
        }
        List<ClusterNode> nodes = nodes(podsOnNode);
        return new SyntheticTopology(namespaces, nodes, workloads, pods(workloads, containers, nodes, nodeOfPod),
                services(workloads));
    }

    private List<Namespace> namespaces() {
        List<Namespace> out = new ArrayList<>();
        for (int i = 0; i < shape.namespaces(); i++) {
            String team = pick(TEAMS);
            int roll = random.nextInt(10);
            String env = roll < 5 ? "prod" : roll < 8 ? "staging" : "dev";
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("team", team);
            labels.put("env", env);
            if (random.nextInt(10) < 6) {
                labels.put("project", pick(PROJECTS));
            }
            out.add(new Namespace(team + "-" + env + "-" + i, labels));
        }
        return out;
    }

    /** Nodes with pod CIDRs of one size, large enough for the busiest node, never below /24. */
    private List<ClusterNode> nodes(int[] podsOnNode) {
        int busiest = 0;
        for (int count : podsOnNode) {
            busiest = Math.max(busiest, count);
        }
        int hostBits = 8;
        while ((1L << hostBits) < busiest + 3L) { // network address, gateway, broadcast
            hostBits++;
        }
        if (POD_NETWORK + ((long) podsOnNode.length << hostBits) > 0x0AFFFFFFL + 1) {
            throw new IllegalArgumentException("the pods of " + shape + " do not fit in 10.244.0.0-10.255.255.255");
        }
        List<ClusterNode> out = new ArrayList<>();
        for (int n = 0; n < podsOnNode.length; n++) {
            String name = String.format("node-%02d", n + 1);
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("kubernetes.io/hostname", name);
            labels.put("kubernetes.io/os", "linux");
            labels.put("kubernetes.io/arch", "amd64");
            labels.put("topology.kubernetes.io/zone", "zone-" + (char) ('a' + n % 3));
            Cidr podCidr = new Cidr(ipv4(POD_NETWORK + ((long) n << hostBits)), 32 - hostBits);
            out.add(new ClusterNode(name, labels, List.of(podCidr), List.of(ipv4(NODE_NETWORK + 10 + n))));
        }
        return out;
    }

    private List<Container> containers(App app, String appName, Namespace ns, String version) {
        List<ContainerPort> ports = new ArrayList<>();
        ports.add(new ContainerPort("http", 8080, Protocol.TCP));
        ports.add(new ContainerPort("metrics", 9090, Protocol.TCP));
        app.extraPort().ifPresent(ports::add);
        if (app.name().equals("resolver")) {
            ports.add(new ContainerPort("dns-tcp", 53, Protocol.TCP));
        }
        if (app.tier().equals("backend") && random.nextInt(10) < 4) {
            ports.add(new ContainerPort("grpc", 50051, Protocol.TCP));
        }
        String team = ns.labels().get("team");
        String image = "registry.example.com/" + team + "/" + app.name() + ":" + version.substring(1) + "." + random.nextInt(20) + ".0";
        List<Container> out = new ArrayList<>();
        out.add(new Container(appName, image, ports));
        if (random.nextInt(100) < 15) {
            out.add(new Container("envoy", "envoyproxy/envoy:v1.31.2",
                    List.of(new ContainerPort("envoy-prom", 15090, Protocol.TCP))));
        }
        return out;
    }

    private List<Pod> pods(List<Workload> workloads, List<List<Container>> containers, List<ClusterNode> nodes,
            int[] nodeOfPod) {
        int[] nextHost = new int[nodes.size()];
        List<Pod> out = new ArrayList<>(nodeOfPod.length);
        Set<String> names = new HashSet<>();
        int p = 0;
        for (int w = 0; w < workloads.size(); w++) {
            Workload workload = workloads.get(w);
            for (int r = 0; r < workload.replicas(); r++, p++) {
                String name;
                do {
                    name = workload.ref().name() + "-" + randomName(5);
                } while (!names.add(workload.ref().namespace() + "/" + name));
                ClusterNode node = nodes.get(nodeOfPod[p]);
                Cidr cidr = node.podCidr().orElseThrow();
                // .0 is the network and .1 the node's bridge (cni0): pods start at .2
                IpAddress ip = new IpAddress(false, cidr.first().value().add(BigInteger.valueOf(2 + nextHost[nodeOfPod[p]]++)));
                out.add(new Pod(workload.ref().namespace(), name, workload.templateLabels(), List.of(ip),
                        Optional.of(node.name()), deploymentOf(workload), false, containers.get(w), true, workload.ref()));
            }
        }
        return out;
    }

    private List<Service> services(List<Workload> workloads) {
        List<Service> out = new ArrayList<>();
        for (int w = 0; w < workloads.size(); w++) {
            Workload workload = workloads.get(w);
            String app = workload.templateLabels().get("app");
            List<ServicePort> ports = List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 0));
            out.add(new Service(workload.ref().namespace(), app, ServiceType.CLUSTER_IP, Optional.of(Map.of("app", app)),
                    ports, List.of(ipv4(SERVICE_NETWORK + 10 + w)), false, "", false, Service.DEFAULT_AFFINITY_TIMEOUT, false));
        }
        return out;
    }

    private String randomName(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(NAME_ALPHABET.charAt(random.nextInt(NAME_ALPHABET.length())));
        }
        return out.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static IpAddress ipv4(long value) {
        return new IpAddress(false, BigInteger.valueOf(value));
    }

    /** The Deployment a generated ReplicaSet ({@code <app>-<hash>}) belongs to: the workload users name for its pods. */
    private static WorkloadRef deploymentOf(Workload replicaSet) {
        String hash = replicaSet.templateLabels().get("pod-template-hash");
        String name = replicaSet.ref().name();
        return new WorkloadRef(replicaSet.ref().namespace(), "Deployment", name.substring(0, name.length() - hash.length() - 1));
    }
}
