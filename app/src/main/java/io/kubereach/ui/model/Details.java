package io.kubereach.ui.model;

import io.kubereach.cni.PodNetworkNamespace;
import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.describe.ConceptExplanation;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.graph.EdgeExplanation;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.Service;
import io.kubereach.model.WorkloadRef;
import io.kubereach.proxy.ServiceBackend;
import io.kubereach.proxy.ServiceFinding;
import io.kubereach.text.Message;
import io.kubereach.text.Sentence;
import java.util.List;

/**
 * What the right panel shows about the selection, as data: the views turn it into words in the
 * current language (descriptions and concepts are messages; engine explanations stay as the
 * engine wrote them).
 */
public sealed interface Details {

    /** Nothing is selected. */
    record Nothing() implements Details {
    }

    /**
     * The selection's details could not be worked out: said, rather than shown as nothing.
     *
     * @param reason what went wrong, as the failure said it
     */
    record Failed(String reason) implements Details {
    }

    /**
     * A traffic edge: the verdict per port and protocol, with the engine's reasons.
     *
     * @param edge the edge
     * @param from the connecting side's name
     * @param to the accepting side's name
     * @param explanation the verdicts per pair, port and protocol
     * @param enforcement whether the CNI enforces what the verdicts say
     * @param verdict the edge's verdict, unknown where a served connection cannot be judged
     */
    record Traffic(GraphEdge.Traffic edge, String from, String to, EdgeExplanation explanation, PolicyEnforcement enforcement,
            PairVerdict verdict) implements Details {
    }

    /**
     * Two namespaces: how every workload pair between them stands.
     *
     * @param from the connecting namespace
     * @param to the accepting namespace
     * @param counts how many workload pairs stand how; their verdict combined is the pair's
     * @param pairs the workload pairs, those that can be judged least and those allowed first,
     *     at most {@link DetailsBuilder#NAMESPACE_PAIRS_SHOWN}
     * @param enforcement whether the CNI enforces what the verdicts say
     */
    record NamespacePair(String from, String to, ReachabilityMatrix.PairCounts counts, List<ReachabilityMatrix.WorkloadPair> pairs,
            PolicyEnforcement enforcement) implements Details {
        public NamespacePair {
            pairs = List.copyOf(pairs);
        }

        /** The verdict of every pair combined. */
        public PairVerdict verdict() {
            return counts.verdict();
        }
    }

    /**
     * A line standing for many traffic edges between two groups (large clusters).
     *
     * @param line the line
     * @param from the connecting group
     * @param to the accepting group
     */
    record Aggregate(DiagramLine line, String from, String to) implements Details {
    }

    /**
     * One peer of a pod or workload, in one direction.
     *
     * @param vertexId the peer's vertex
     * @param name its name
     * @param namespace its namespace; empty for an address block
     * @param verdict how the pair stands: allowed, partly allowed, blocked, or unknown in grey
     * @param ports what may be opened
     */
    record Peer(String vertexId, String name, String namespace, PairVerdict verdict, io.kubereach.engine.ConnectionSet ports) {
    }

    /**
     * Whether a pod or workload can use the cluster DNS: UDP and TCP port 53 of every DNS pod.
     *
     * @param udp port 53/UDP
     * @param tcp port 53/TCP
     * @param servers the DNS pods judged
     * @param typical whether the snapshot holds no DNS pod, so CoreDNS as kubeadm runs it was judged
     */
    record Dns(PairVerdict udp, PairVerdict tcp, List<String> servers, boolean typical) {
        public Dns {
            servers = List.copyOf(servers);
        }
    }

    /**
     * Both directions both ways: every pair a pod or workload is one end of, by namespace and name.
     *
     * @param reaches whom it may reach (allowed or partly)
     * @param cannotReach whom it may not reach, or cannot be judged to
     * @param reachedBy who may reach it (allowed or partly)
     * @param notReachedBy who may not reach it, or cannot be judged to
     * @param dns whether it can resolve names through the cluster DNS
     */
    record Reach(List<Peer> reaches, List<Peer> cannotReach, List<Peer> reachedBy, List<Peer> notReachedBy, Dns dns) {
        public Reach {
            reaches = List.copyOf(reaches);
            cannotReach = List.copyOf(cannotReach);
            reachedBy = List.copyOf(reachedBy);
            notReachedBy = List.copyOf(notReachedBy);
        }
    }

    /**
     * A pod: where it runs, its network namespace (the pause container and who shares it), the
     * policies that select it, and whom it reaches and cannot reach, both ways.
     *
     * @param pod the pod
     * @param network its network namespace
     * @param policies the NetworkPolicies that select it
     * @param clusterPolicies the cluster-wide (admin and baseline) policies that apply to it, in the
     *     order its connections walk them: the Admin tier by priority, then the Baseline tier
     * @param concepts the pod and pause-container explanations
     * @param reach its peers both ways, and DNS
     */
    record PodInfo(Pod pod, PodNetworkNamespace network, List<NetworkPolicy> policies, List<AdminPolicy> clusterPolicies,
            List<ConceptExplanation> concepts, Reach reach) implements Details {
        public PodInfo {
            policies = List.copyOf(policies);
            clusterPolicies = List.copyOf(clusterPolicies);
            concepts = List.copyOf(concepts);
        }
    }

    /**
     * A workload: its pods, the policies that select some of them, and its peers both ways.
     *
     * @param workload the workload
     * @param pods its pods
     * @param policies the NetworkPolicies that select some of its pods
     * @param clusterPolicies the cluster-wide policies that apply to some of its pods, in walking order
     * @param reach its peers both ways, and DNS
     */
    record WorkloadInfo(WorkloadRef workload, List<Pod> pods, List<NetworkPolicy> policies, List<AdminPolicy> clusterPolicies, Reach reach)
            implements Details {
        public WorkloadInfo {
            pods = List.copyOf(pods);
            policies = List.copyOf(policies);
            clusterPolicies = List.copyOf(clusterPolicies);
        }
    }

    /**
     * The backends of one Service port.
     *
     * @param port the port as {@code 80→http/TCP}
     * @param number the Service port
     * @param protocol its protocol word
     * @param backends where its connections land
     */
    record PortBackends(String port, int number, String protocol, List<ServiceBackend> backends) {
        public PortBackends {
            backends = List.copyOf(backends);
        }
    }

    /**
     * A Service: what its type means, its backends per port, and what keeps connections from it.
     *
     * @param service the Service
     * @param concepts the Service type, session affinity, node port and kube-proxy explanations
     * @param ports the backends per port
     * @param findings what makes it unreachable whatever the policies say
     */
    record ServiceInfo(Service service, List<ConceptExplanation> concepts, List<PortBackends> ports, List<ServiceFinding> findings)
            implements Details {
        public ServiceInfo {
            concepts = List.copyOf(concepts);
            ports = List.copyOf(ports);
            findings = List.copyOf(findings);
        }
    }

    /**
     * A NetworkPolicy: its description next to its YAML.
     *
     * @param policy the policy
     * @param description the description, sentence by sentence
     * @param yaml the policy as the engine reads it (defaults filled), as YAML
     * @param selected the pods it selects now
     */
    record PolicyInfo(NetworkPolicy policy, List<Sentence> description, String yaml, List<PodRef> selected) implements Details {
        public PolicyInfo {
            description = List.copyOf(description);
            selected = List.copyOf(selected);
        }
    }

    /**
     * A cluster-wide policy (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy):
     * its description next to its YAML.
     *
     * @param policy the policy
     * @param description the description, sentence by sentence (tier, priority, what it applies to, each rule, traps)
     * @param yaml the policy as a manifest
     * @param selected the pods it applies to now
     */
    record ClusterPolicyInfo(AdminPolicy policy, List<Sentence> description, String yaml, List<PodRef> selected) implements Details {
        public ClusterPolicyInfo {
            description = List.copyOf(description);
            selected = List.copyOf(selected);
        }
    }

    /**
     * A Cilium or Calico policy: its description next to its YAML.
     *
     * @param language Cilium or Calico
     * @param kind its API kind ({@code CiliumNetworkPolicy}, {@code GlobalNetworkPolicy}, …)
     * @param name its name, {@code namespace/name} for a namespaced policy
     * @param description the description, sentence by sentence (how the language combines, each rule, traps)
     * @param yaml the policy as a manifest
     */
    record CniPolicyInfo(io.kubereach.engine.PolicyLanguage language, String kind, String name, List<Sentence> description, String yaml)
            implements Details {
        public CniPolicyInfo {
            description = List.copyOf(description);
        }
    }

    /**
     * A node: its pod addresses, the CNI, how pod traffic crosses to other nodes, and whether the
     * CNI enforces policy.
     *
     * @param node the node's name
     * @param cni the CNI as recognised
     * @param pods the node's pod network, when the CNI recognition knows it
     * @param concepts the CNI explanation
     */
    record NodeInfo(String node, io.kubereach.cni.CniInfo cni, java.util.Optional<io.kubereach.cni.NodePodNetwork> pods,
            List<ConceptExplanation> concepts) implements Details {
        public NodeInfo {
            concepts = List.copyOf(concepts);
        }
    }

    /**
     * Anything else: a namespace, a container, the pause container, an Ingress, the
     * outside or an address block, with what the concepts say about it.
     *
     * @param vertex the vertex
     * @param concepts explanations of what it is
     * @param network the pod network namespace, for a pause or app container
     */
    record Other(GraphVertex vertex, List<ConceptExplanation> concepts, java.util.Optional<PodNetworkNamespace> network)
            implements Details {
        public Other {
            concepts = List.copyOf(concepts);
        }
    }

    /**
     * The answer to a question of the question bar, as {@code can-reach --explain} gives it.
     *
     * @param question what was asked
     * @param outcome allowed, partial, denied or unknown over every judged connection; empty when it could not be asked
     * @param hops the judged connections shown, each with its trace
     * @param hopsOmitted how many more judged connections count in the outcome but are not shown
     * @param notes facts about the whole question, as the command line words them
     * @param problem why the question cannot be answered as asked
     * @param enforcement whether the CNI enforces what the verdicts say
     * @param pair the traffic pair the answer is about, as vertices (the pod or workload at each end; for a Service, the
     *     one workload behind it), which a what-if compares before and after; empty when an end is not one such vertex
     */
    record Answer(Question question, java.util.Optional<io.kubereach.query.Outcome> outcome, List<AnswerHop> hops, int hopsOmitted,
            List<Message> notes, java.util.Optional<AnswerProblem> problem, PolicyEnforcement enforcement,
            java.util.Optional<io.kubereach.graph.TrafficPair> pair) implements Details {
        public Answer {
            hops = List.copyOf(hops);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Why a question cannot be answered as asked.
     *
     * @param key a key of the app's words
     * @param reason its argument, the engine's reason (what the command line says in English), when the key has one
     */
    record AnswerProblem(String key, java.util.Optional<Message> reason) {
    }

    /**
     * One judged connection of an answer.
     *
     * @param path the connection ("a → b 6379/TCP", or through a Service, its whole path)
     * @param verdict its verdict, unknown in grey
     * @param reasons the trace: each side's isolating policies in evaluation order, the admitting rule or the closest ones
     * @param note why it cannot be attempted, or a fact about the backend, when there is one
     */
    record AnswerHop(String path, PairVerdict verdict, List<Message> reasons, java.util.Optional<Message> note) {
        public AnswerHop {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A namespace: its labels, the policies in it, how many of its pods they isolate, and what
     * enters and leaves it, namespace by namespace.
     *
     * @param name the namespace
     * @param labels its labels
     * @param policies the NetworkPolicies in it
     * @param pods how many pods it has
     * @param ingressIsolated how many of them a policy isolates for ingress
     * @param egressIsolated how many of them a policy isolates for egress
     * @param enters from each namespace (itself included), how its workload pairs into this one stand
     * @param leaves to each namespace (itself included), how this one's workload pairs stand
     */
    record NamespaceInfo(String name, java.util.Map<String, String> labels, List<NetworkPolicy> policies, int pods, int ingressIsolated,
            int egressIsolated, List<NamespaceFlow> enters, List<NamespaceFlow> leaves) implements Details {
        public NamespaceInfo {
            labels = java.util.Map.copyOf(labels);
            policies = List.copyOf(policies);
            enters = List.copyOf(enters);
            leaves = List.copyOf(leaves);
        }
    }

    /**
     * The workload pairs between a namespace and another, in one direction.
     *
     * @param namespace the other namespace
     * @param counts how its workload pairs stand
     */
    record NamespaceFlow(String namespace, ReachabilityMatrix.PairCounts counts) {
    }

    /**
     * The exposure layer: the workloads reachable from outside the cluster, from every
     * namespace, or isolated by no NetworkPolicy for ingress, each with why.
     *
     * @param exposures the exposure of every workload that is exposed in some way, by namespace and name
     * @param workloads how many workloads were judged
     */
    record ExposureInfo(List<io.kubereach.report.Exposure> exposures, int workloads) implements Details {
        public ExposureInfo {
            exposures = List.copyOf(exposures);
        }
    }
}
