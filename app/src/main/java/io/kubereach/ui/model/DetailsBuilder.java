package io.kubereach.ui.model;

import io.kubereach.cni.CniInfo;
import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.cni.SharedLocalhost;
import io.kubereach.describe.ConceptExplainer;
import io.kubereach.describe.ConceptExplanation;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficPair;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.WorkloadRef;
import io.kubereach.proxy.ServiceBackends;
import io.kubereach.report.Exposure;
import io.kubereach.yaml.PolicyYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Works out what the right panel shows about a selected id (a box, a line, or
 * {@code policy:NAMESPACE/NAME}) and which vertices and edges belong with it (for highlighting):
 * everything a pod or workload reaches and is reached by, the pods a policy selects, a Service's
 * backends, the two ends of a traffic edge. Runs off the JavaFX thread.
 */
public final class DetailsBuilder {

    /** The prefix of a policy's selection id. */
    public static final String POLICY_PREFIX = "policy:";

    /** The id of the exposure layer: selecting it lists and highlights every exposed workload. */
    public static final String EXPOSURE = "exposure:";
    /** The prefix of a cluster-wide policy's selection id: {@code clusterpolicy:KIND/NAME}, KIND an {@link AdminPolicy.Kind}. */
    public static final String CLUSTER_POLICY_PREFIX = "clusterpolicy:";

    /** The prefix of a Cilium or Calico policy's selection id: {@code cnipolicy:LANGUAGE/NAME}, NAME qualified by its namespace. */
    public static final String CNI_POLICY_PREFIX = "cnipolicy:";

    /** At most this many workload pairs are listed for two namespaces. */
    public static final int NAMESPACE_PAIRS_SHOWN = 200;

    /** Pairs that cannot be judged first, then allowed, partly allowed, blocked; by name within each. */
    private static final Comparator<ReachabilityMatrix.WorkloadPair> NAMESPACE_PAIR_ORDER = Comparator
            .comparing((ReachabilityMatrix.WorkloadPair p) -> switch (p.verdict()) {
                case UNKNOWN -> 0;
                case ALLOWED -> 1;
                case PARTIAL -> 2;
                case BLOCKED -> 3;
            })
            .thenComparing(p -> p.from().name()).thenComparing(p -> p.to().name());

    /**
     * The details of a selection and what belongs with it.
     *
     * @param details what the panel shows
     * @param related the vertex and edge ids that belong with it, the selection included
     * @param anchors the vertex ids that stand for the selection itself (a pod and its workload, a workload and its pods)
     */
    public record Selected(Details details, Set<String> related, Set<String> anchors) {
        public Selected {
            related = Set.copyOf(related);
            anchors = Set.copyOf(anchors);
        }

        Selected(Details details, Set<String> related) {
            this(details, related, Set.of());
        }
    }

    private final Analysis analysis;
    private final NetworkGraph graph;
    private final ClusterSnapshot snapshot;
    private final PolicySelections policies;

    public DetailsBuilder(Analysis analysis) {
        this.analysis = analysis;
        this.graph = analysis.graph();
        this.snapshot = analysis.snapshot();
        this.policies = new PolicySelections(snapshot);
    }

    /** The selection id of a cluster-wide policy. */
    public static String clusterPolicyId(AdminPolicy policy) {
        return clusterPolicyId(policy.kind(), policy.name());
    }

    /** The selection id of the cluster-wide policy of this kind and name. */
    static String clusterPolicyId(AdminPolicy.Kind kind, String name) {
        return CLUSTER_POLICY_PREFIX + kind.name() + "/" + name;
    }

    /** The id of the vertex a box stands for: a workload's part on one node stands for the workload. */
    public static String vertexIdOf(String boxId) {
        int at = boxId.indexOf("@node:");
        return at < 0 ? boxId : boxId.substring(0, at);
    }

    /** The details of a selected id, drawn in {@code layout}. */
    public Selected build(String id, DiagramLayout layout) {
        if (id.isEmpty()) {
            return new Selected(new Details.Nothing(), Set.of());
        }
        if (id.startsWith(POLICY_PREFIX)) {
            return policies.policy(id.substring(POLICY_PREFIX.length()));
        }
        if (id.startsWith(CLUSTER_POLICY_PREFIX)) {
            return policies.clusterPolicy(id.substring(CLUSTER_POLICY_PREFIX.length()));
        }
        if (id.startsWith(CNI_POLICY_PREFIX)) {
            return policies.cniPolicy(id.substring(CNI_POLICY_PREFIX.length()));
        }
        if (id.equals(EXPOSURE)) {
            return exposure();
        }
        Optional<Question> question = Question.parse(id);
        if (question.isPresent()) {
            return new QuestionAnswers(analysis).answer(question.get(), this::pair);
        }
        Optional<GraphEdge> edge = graph.edge(id);
        if (edge.isPresent() && edge.get() instanceof GraphEdge.Traffic t) {
            return traffic(t);
        }
        Optional<TrafficPair> pair = TrafficPair.parse(id);
        if (edge.isEmpty() && pair.isPresent()) {
            return pair(pair.get());
        }
        Optional<DiagramLine> line = layout.line(id);
        if (edge.isEmpty() && line.isPresent()) {
            DiagramLine l = line.get();
            return new Selected(new Details.Aggregate(l, boxLabel(layout, l.sourceId()), boxLabel(layout, l.targetId())),
                    Set.of(id, vertexIdOf(l.sourceId()), vertexIdOf(l.targetId())));
        }
        if (edge.isPresent()) {
            GraphEdge e = edge.get();
            return vertex(e.sourceId()).orElse(new Selected(new Details.Nothing(), Set.of(id)));
        }
        return vertex(vertexIdOf(id)).orElse(new Selected(new Details.Nothing(), Set.of()));
    }

    private Selected traffic(GraphEdge.Traffic t) {
        return new Selected(new Details.Traffic(t, name(t.sourceId()), name(t.targetId()), graph.explain(t), enforcement(), graph.verdictOf(t)),
                Set.copyOf(List.of(t.id(), t.sourceId(), t.targetId()))); // a workload to itself: one vertex
    }

    /** A pair the diagram may draw no line for: judged now; two namespaces: every workload pair between them. */
    private Selected pair(TrafficPair pair) {
        Optional<GraphVertex> from = graph.vertex(pair.fromId());
        Optional<GraphVertex> to = graph.vertex(pair.toId());
        if (from.orElse(null) instanceof GraphVertex.NamespaceVertex a && to.orElse(null) instanceof GraphVertex.NamespaceVertex b) {
            List<ReachabilityMatrix.WorkloadPair> pairs = ReachabilityMatrix.between(graph, a.name(), b.name());
            ReachabilityMatrix.PairCounts counts = new ReachabilityMatrix.PairCounts(count(pairs, PairVerdict.ALLOWED),
                    count(pairs, PairVerdict.PARTIAL), count(pairs, PairVerdict.BLOCKED), count(pairs, PairVerdict.UNKNOWN));
            List<ReachabilityMatrix.WorkloadPair> shown = pairs.stream().sorted(NAMESPACE_PAIR_ORDER).limit(NAMESPACE_PAIRS_SHOWN).toList();
            return new Selected(new Details.NamespacePair(a.name(), b.name(), counts, shown, enforcement()),
                    Set.copyOf(List.of(pair.id(), a.id(), b.id())));
        }
        return graph.traffic(pair.fromId(), pair.toId()).map(this::traffic).orElse(new Selected(new Details.Nothing(), Set.of()));
    }

    private static int count(List<ReachabilityMatrix.WorkloadPair> pairs, PairVerdict verdict) {
        return (int) pairs.stream().filter(p -> p.verdict() == verdict).count();
    }

    private Optional<Selected> vertex(String id) {
        return graph.vertex(id).map(v -> {
            if (v instanceof GraphVertex.PodVertex p) {
                return pod(p);
            }
            if (v instanceof GraphVertex.WorkloadVertex w) {
                return workload(w);
            }
            if (v instanceof GraphVertex.ServiceVertex s) {
                return service(s);
            }
            if (v instanceof GraphVertex.NamespaceVertex n) {
                return namespace(n);
            }
            return other(v);
        });
    }

    private Selected pod(GraphVertex.PodVertex vertex) {
        Pod pod = snapshot.pod(vertex.ref()).orElseThrow();
        ConceptExplainer concepts = new ConceptExplainer(snapshot);
        Set<String> related = new LinkedHashSet<>(List.of(vertex.id(), GraphVertex.WorkloadVertex.idOf(pod.owner())));
        Details.Reach reach = ReachLists.of(graph, vertex.id(), List.of(pod), related, this::name);
        return new Selected(new Details.PodInfo(pod, SharedLocalhost.of(pod), policies.selecting(List.of(pod)),
                policies.applying(List.of(pod)),
                List.of(concepts.pod(pod), concepts.pauseContainer(pod)), reach), related,
                Set.of(vertex.id(), GraphVertex.WorkloadVertex.idOf(pod.owner())));
    }

    private Selected workload(GraphVertex.WorkloadVertex vertex) {
        List<Pod> pods = snapshot.pods().stream().filter(p -> p.owner().equals(vertex.ref())).sorted(Comparator.comparing(Pod::ref)).toList();
        Set<String> related = new LinkedHashSet<>(List.of(vertex.id()));
        pods.forEach(p -> related.add(GraphVertex.PodVertex.idOf(p.ref())));
        Set<String> anchors = Set.copyOf(related);
        Details.Reach reach = ReachLists.of(graph, vertex.id(), pods, related, this::name);
        return new Selected(new Details.WorkloadInfo(vertex.ref(), pods, policies.selecting(pods), policies.applying(pods), reach),
                related, anchors);
    }

    /** A namespace: labels, policies, isolation, and what enters and leaves it by namespace (allowed first). */
    private Selected namespace(GraphVertex.NamespaceVertex vertex) {
        String name = vertex.name();
        List<Pod> pods = snapshot.pods().stream().filter(p -> p.namespace().equals(name)).toList();
        List<NetworkPolicy> policies = snapshot.policies().stream().filter(p -> p.namespace().equals(name))
                .sorted(Comparator.comparing(NetworkPolicy::qualifiedName)).toList();
        int ingress = (int) pods.stream().filter(p -> policies.stream().anyMatch(x -> x.isolates(Direction.INGRESS) && x.selects(p))).count();
        int egress = (int) pods.stream().filter(p -> policies.stream().anyMatch(x -> x.isolates(Direction.EGRESS) && x.selects(p))).count();
        ReachabilityMatrix matrix = ReachabilityMatrix.ofNamespaces(graph);
        List<Details.NamespaceFlow> enters = new ArrayList<>();
        List<Details.NamespaceFlow> leaves = new ArrayList<>();
        java.util.OptionalInt row = matrix.indexOf(vertex.id());
        if (row.isPresent()) {
            for (int other = 0; other < matrix.size(); other++) {
                String ns = matrix.headers().get(other).name();
                enters.add(new Details.NamespaceFlow(ns, matrix.counts(other, row.getAsInt())));
                leaves.add(new Details.NamespaceFlow(ns, matrix.counts(row.getAsInt(), other)));
            }
        }
        Comparator<Details.NamespaceFlow> open = Comparator.comparingInt((Details.NamespaceFlow f) -> -(f.counts().allowed() + f.counts().partial()))
                .thenComparing(Details.NamespaceFlow::namespace);
        enters.sort(open);
        leaves.sort(open);
        Set<String> related = new LinkedHashSet<>(List.of(vertex.id()));
        pods.forEach(p -> related.add(GraphVertex.WorkloadVertex.idOf(p.owner())));
        return new Selected(new Details.NamespaceInfo(name, snapshot.namespace(name).labels(), policies, pods.size(), ingress, egress,
                enters, leaves), related);
    }

    /** Every workload's exposure (all of its pods judged), the exposed ones listed and highlighted. */
    private Selected exposure() {
        long workloads = snapshot.pods().stream().map(Pod::owner).distinct().count();
        List<Exposure> exposed = List.copyOf(ExposureLayer.exposedIn(snapshot, graph).values());
        Set<String> related = new LinkedHashSet<>();
        exposed.forEach(e -> related.add(GraphVertex.WorkloadVertex.idOf(e.workload())));
        return new Selected(new Details.ExposureInfo(exposed, (int) workloads), related);
    }

    private Selected service(GraphVertex.ServiceVertex vertex) {
        Service service = snapshot.service(vertex.namespaceName(), vertex.name()).orElseThrow();
        ConceptExplainer explainer = new ConceptExplainer(snapshot);
        List<ConceptExplanation> concepts = new ArrayList<>(List.of(explainer.service(service)));
        if (service.sessionAffinityClientIp()) {
            concepts.add(explainer.sessionAffinity(service));
        }
        if (service.type() == ServiceType.NODE_PORT || service.type() == ServiceType.LOAD_BALANCER) {
            concepts.add(explainer.nodePort(service));
        }
        boolean proxied = !service.headless() && service.type() != ServiceType.EXTERNAL_NAME;
        if (proxied) {
            concepts.add(explainer.kubeProxyMode());
        }
        ServiceBackends backends = new ServiceBackends(snapshot);
        List<Details.PortBackends> ports = new ArrayList<>();
        Set<String> related = new LinkedHashSet<>(List.of(vertex.id()));
        for (ServicePort port : service.ports()) {
            List<io.kubereach.proxy.ServiceBackend> list = service.type() == ServiceType.EXTERNAL_NAME ? List.of() : backends.of(service, port);
            ports.add(new Details.PortBackends(port.port() + "→" + port.targetPort() + "/" + port.protocol(), port.port(),
                    port.protocol().toString(), list));
        }
        for (GraphEdge e : graph.graph().edgeSet()) {
            if (e instanceof GraphEdge.Backs && e.sourceId().equals(vertex.id())) {
                related.add(e.targetId());
                related.add(e.id());
            }
        }
        return new Selected(new Details.ServiceInfo(service, concepts, ports,
                analysis.serviceFindings().stream().filter(f -> f.service().equals(service)).toList()), related);
    }

    private Selected other(GraphVertex v) {
        ConceptExplainer explainer = new ConceptExplainer(snapshot);
        List<ConceptExplanation> concepts = new ArrayList<>();
        Optional<io.kubereach.cni.PodNetworkNamespace> network = Optional.empty();
        Optional<PodRef> podOf = v instanceof GraphVertex.PauseVertex p ? Optional.of(p.pod())
                : v instanceof GraphVertex.ContainerVertex c ? Optional.of(c.pod()) : Optional.empty();
        if (podOf.isPresent()) {
            Optional<Pod> pod = snapshot.pod(podOf.get());
            pod.ifPresent(p -> concepts.add(explainer.pauseContainer(p)));
            network = pod.map(SharedLocalhost::of);
        } else if (v instanceof GraphVertex.NodeVertex n) {
            CniInfo cni = analysis.cni();
            ConceptExplanation concept = cni.plugin().isEmpty() ? explainer.unknownCni()
                    : explainer.cni(cni.title(), cni.enforcement() == PolicyEnforcement.ENFORCED);
            return new Selected(new Details.NodeInfo(n.name(), cni,
                    cni.nodes().stream().filter(p -> p.node().equals(n.name())).findFirst(), List.of(concept)), Set.of(v.id()));
        } else if (v instanceof GraphVertex.IngressVertex i) {
            snapshot.ingresses().stream().filter(x -> x.kind() == i.kind() && x.namespace().equals(i.namespaceName()) && x.name().equals(i.name()))
                    .findFirst().ifPresent(x -> concepts.add(explainer.ingress(x)));
        }
        Set<String> related = new LinkedHashSet<>(List.of(v.id()));
        podOf.ifPresent(p -> related.add(GraphVertex.PodVertex.idOf(p)));
        return new Selected(new Details.Other(v, concepts, network), related);
    }

    private PolicyEnforcement enforcement() {
        return analysis.cni().enforcement();
    }

    /** A vertex's name with its namespace: {@code shop/web}, or the label alone for cluster-wide things. */
    String name(String vertexId) {
        return graph.vertex(vertexId).map(v -> v.namespace().isEmpty() || v instanceof GraphVertex.NamespaceVertex
                ? v.label() : v.namespace() + "/" + v.label()).orElse(vertexId);
    }

    private static String boxLabel(DiagramLayout layout, String boxId) {
        return layout.box(boxId).map(DiagramBox::label).orElse(boxId);
    }
}
