package io.kubereach.yaml;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A deliberately small, test-only reader of the manifest kinds the synthetic cluster and the
 * demo use (Namespace, Node, Pod, Service, Endpoints, NetworkPolicy), on snakeyaml-engine: an independent
 * check that what our writer wrote means what the model said. Not the product's reader (that
 * one is fabric8-based, in the app); other kinds are kept as documents but not modelled.
 */
public final class YamlManifests {

    private YamlManifests() {
    }

    /** Every document of a multi-document YAML file, as maps; empty documents are skipped. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> documents(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object doc : new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadAllFromString(text)) {
                if (doc != null) {
                    out.add((Map<String, Object>) doc);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of several files, in file order. */
    public static List<Map<String, Object>> documents(List<Path> files) {
        List<Map<String, Object>> out = new ArrayList<>();
        files.forEach(f -> out.addAll(documents(f)));
        return out;
    }

    /** A snapshot of the modelled kinds among the documents, in document order. */
    public static ClusterSnapshot snapshot(String source, List<Map<String, Object>> documents) {
        ClusterSnapshotBuilder builder = new ClusterSnapshotBuilder(source);
        for (Map<String, Object> doc : documents) {
            switch (String.valueOf(doc.get("kind"))) {
                case "Namespace" -> builder.namespace(new Namespace(name(doc), labels(map(doc, "metadata"))));
                case "Node" -> builder.node(node(doc));
                case "Pod" -> builder.pod(pod(doc));
                case "Service" -> builder.service(service(doc));
                case "NetworkPolicy" -> builder.policy(policy(doc));
                case "Endpoints" -> builder.endpoints(endpoints(doc));
                default -> { }
            }
        }
        return builder.build();
    }

    private static ClusterNode node(Map<String, Object> doc) {
        Map<String, Object> spec = map(doc, "spec");
        List<Cidr> cidrs = strings(spec, "podCIDRs").stream().map(Cidr::of).toList();
        if (cidrs.isEmpty() && spec.containsKey("podCIDR")) {
            cidrs = List.of(Cidr.of((String) spec.get("podCIDR")));
        }
        List<IpAddress> addresses = new ArrayList<>();
        for (Map<String, Object> a : maps(map(doc, "status"), "addresses")) {
            if (!"Hostname".equals(a.get("type"))) {
                addresses.add(IpAddress.of((String) a.get("address")));
            }
        }
        return new ClusterNode(name(doc), labels(map(doc, "metadata")), cidrs, addresses);
    }

    private static Pod pod(Map<String, Object> doc) {
        Map<String, Object> metadata = map(doc, "metadata");
        Map<String, Object> spec = map(doc, "spec");
        Map<String, Object> status = map(doc, "status");
        String ns = namespace(doc);
        WorkloadRef owner = new WorkloadRef(ns, "Pod", name(doc));
        for (Map<String, Object> ref : maps(metadata, "ownerReferences")) {
            if (Boolean.TRUE.equals(ref.get("controller"))) {
                owner = new WorkloadRef(ns, (String) ref.get("kind"), (String) ref.get("name"));
            }
        }
        List<IpAddress> ips = new ArrayList<>();
        maps(status, "podIPs").forEach(m -> ips.add(IpAddress.of((String) m.get("ip"))));
        if (ips.isEmpty() && status.containsKey("podIP")) {
            ips.add(IpAddress.of((String) status.get("podIP")));
        }
        List<Container> containers = new ArrayList<>();
        for (Map<String, Object> c : maps(spec, "containers")) {
            List<ContainerPort> ports = new ArrayList<>();
            for (Map<String, Object> p : maps(c, "ports")) {
                ports.add(new ContainerPort(string(p, "name", ""), number(p.get("containerPort")), protocol(p)));
            }
            containers.add(new Container((String) c.get("name"), string(c, "image", ""), ports));
        }
        boolean ready = maps(status, "conditions").stream()
                .anyMatch(c -> "Ready".equals(c.get("type")) && "True".equals(c.get("status")));
        return new Pod(ns, name(doc), labels(metadata), ips, Optional.ofNullable((String) spec.get("nodeName")), owner,
                Boolean.TRUE.equals(spec.get("hostNetwork")), containers, ready);
    }

    private static ServiceEndpoints endpoints(Map<String, Object> doc) {
        List<EndpointAddress> addresses = new ArrayList<>();
        List<EndpointPort> ports = new ArrayList<>();
        for (Map<String, Object> subset : maps(doc, "subsets")) {
            for (Map<String, Object> a : maps(subset, "addresses")) {
                Map<String, Object> target = map(a, "targetRef");
                Optional<PodRef> pod = "Pod".equals(target.get("kind"))
                        ? Optional.of(new PodRef(string(target, "namespace", namespace(doc)), (String) target.get("name")))
                        : Optional.empty();
                addresses.add(new EndpointAddress(IpAddress.of((String) a.get("ip")), true, pod));
            }
            for (Map<String, Object> p : maps(subset, "ports")) {
                ports.add(new EndpointPort(string(p, "name", ""), number(p.get("port")), protocol(p)));
            }
        }
        return new ServiceEndpoints(namespace(doc), name(doc), addresses, ports);
    }

    @SuppressWarnings("unchecked")
    private static Service service(Map<String, Object> doc) {
        Map<String, Object> spec = map(doc, "spec");
        ServiceType type = switch (string(spec, "type", "ClusterIP")) {
            case "NodePort" -> ServiceType.NODE_PORT;
            case "LoadBalancer" -> ServiceType.LOAD_BALANCER;
            case "ExternalName" -> ServiceType.EXTERNAL_NAME;
            default -> ServiceType.CLUSTER_IP;
        };
        Optional<Map<String, String>> selector = spec.containsKey("selector")
                ? Optional.of((Map<String, String>) spec.get("selector")) : Optional.empty();
        List<ServicePort> ports = new ArrayList<>();
        for (Map<String, Object> p : maps(spec, "ports")) {
            Object target = p.getOrDefault("targetPort", p.get("port"));
            ports.add(new ServicePort(string(p, "name", ""), protocol(p), number(p.get("port")),
                    target instanceof String s ? new TargetPort.Named(s) : new TargetPort.Number(number(target)),
                    p.containsKey("nodePort") ? number(p.get("nodePort")) : 0));
        }
        boolean headless = "None".equals(spec.get("clusterIP"));
        List<IpAddress> clusterIps = new ArrayList<>();
        if (!headless) {
            List<String> ips = strings(spec, "clusterIPs");
            (ips.isEmpty() && spec.containsKey("clusterIP") ? List.of((String) spec.get("clusterIP")) : ips)
                    .forEach(ip -> clusterIps.add(IpAddress.of(ip)));
        }
        Map<String, Object> affinity = map(map(spec, "sessionAffinityConfig"), "clientIP");
        return new Service(namespace(doc), name(doc), type, selector, ports, clusterIps, headless,
                string(spec, "externalName", ""), "ClientIP".equals(spec.get("sessionAffinity")),
                affinity.containsKey("timeoutSeconds") ? number(affinity.get("timeoutSeconds")) : Service.DEFAULT_AFFINITY_TIMEOUT,
                "Local".equals(spec.get("externalTrafficPolicy")));
    }

    private static NetworkPolicy policy(Map<String, Object> doc) {
        Map<String, Object> spec = map(doc, "spec");
        List<PolicyRule> ingress = rules(spec, "ingress", "from");
        List<PolicyRule> egress = rules(spec, "egress", "to");
        boolean declared = spec.containsKey("policyTypes");
        Set<Direction> types = EnumSet.noneOf(Direction.class);
        if (declared) {
            strings(spec, "policyTypes").forEach(t -> types.add(Direction.valueOf(t.toUpperCase())));
        } else {
            types.addAll(NetworkPolicy.defaultPolicyTypes(!egress.isEmpty()));
        }
        return new NetworkPolicy(namespace(doc), name(doc), selector(map(spec, "podSelector")), types, declared,
                ingress, egress);
    }

    private static List<PolicyRule> rules(Map<String, Object> spec, String key, String peersKey) {
        List<PolicyRule> out = new ArrayList<>();
        for (Map<String, Object> rule : maps(spec, key)) {
            List<PolicyPeer> peers = new ArrayList<>();
            for (Map<String, Object> peer : maps(rule, peersKey)) {
                if (peer.containsKey("ipBlock")) {
                    Map<String, Object> block = map(peer, "ipBlock");
                    peers.add(new PolicyPeer.Addresses(new IpBlock(Cidr.of((String) block.get("cidr")),
                            strings(block, "except").stream().map(Cidr::of).toList())));
                } else {
                    peers.add(new PolicyPeer.Selectors(
                            peer.containsKey("podSelector") ? Optional.of(selector(map(peer, "podSelector"))) : Optional.empty(),
                            peer.containsKey("namespaceSelector") ? Optional.of(selector(map(peer, "namespaceSelector"))) : Optional.empty()));
                }
            }
            List<PolicyPort> ports = new ArrayList<>();
            for (Map<String, Object> p : maps(rule, "ports")) {
                Object port = p.get("port");
                PortSpec spec2 = port == null ? new PortSpec.AnyPort()
                        : port instanceof String s ? new PortSpec.Named(s)
                        : new PortSpec.Range(number(port), p.containsKey("endPort") ? number(p.get("endPort")) : number(port));
                ports.add(new PolicyPort(protocol(p), spec2));
            }
            out.add(new PolicyRule(peers, ports));
        }
        return out;
    }

    private static LabelSelector selector(Map<String, Object> selector) {
        List<LabelRequirement> requirements = new ArrayList<>();
        for (Map<String, Object> e : maps(selector, "matchExpressions")) {
            LabelRequirement.Operator op = switch ((String) e.get("operator")) {
                case "In" -> LabelRequirement.Operator.IN;
                case "NotIn" -> LabelRequirement.Operator.NOT_IN;
                case "Exists" -> LabelRequirement.Operator.EXISTS;
                case "DoesNotExist" -> LabelRequirement.Operator.DOES_NOT_EXIST;
                default -> throw new IllegalArgumentException("operator " + e.get("operator"));
            };
            requirements.add(new LabelRequirement((String) e.get("key"), op, Set.copyOf(strings(e, "values"))));
        }
        return new LabelSelector(stringMap(selector, "matchLabels"), requirements);
    }

    private static String name(Map<String, Object> doc) {
        return (String) map(doc, "metadata").get("name");
    }

    private static String namespace(Map<String, Object> doc) {
        return string(map(doc, "metadata"), "namespace", Namespace.DEFAULT);
    }

    private static Map<String, String> labels(Map<String, Object> metadata) {
        return stringMap(metadata, "labels");
    }

    private static Protocol protocol(Map<String, Object> port) {
        return Protocol.parse(string(port, "protocol", "TCP")).orElseThrow();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static String string(Map<String, Object> map, String key, String otherwise) {
        Object v = map.get(key);
        return v == null ? otherwise : (String) v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? Map.of() : (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> stringMap(Map<String, Object> map, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        map(map, key).forEach((k, v) -> out.put(k, (String) v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? List.of() : (List<String>) v;
    }
}
