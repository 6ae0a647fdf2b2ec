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
     * One peer a pod or workload reaches or is reached by.
     *
     * @param vertexId the peer's vertex
     * @param name its name
     * @param verdict allowed or partly allowed
     * @param ports what may be opened
     */
    record Peer(String vertexId, String name, TrafficVerdict verdict, io.kubereach.engine.ConnectionSet ports) {
    }

    /**
     * A pod: where it runs, its network namespace (the pause container and who shares it), the
     * policies that select it, and whom it reaches.
     *
     * @param pod the pod
     * @param network its network namespace
     * @param policies the NetworkPolicies that select it
     * @param clusterPolicies the cluster-wide (admin and baseline) policies that apply to it, in the
     *     order its connections walk them: the Admin tier by priority, then the Baseline tier
     * @param concepts the pod and pause-container explanations
     * @param reaches whom it may reach
     * @param reachedBy who may reach it
     */
    record PodInfo(Pod pod, PodNetworkNamespace network, List<NetworkPolicy> policies, List<AdminPolicy> clusterPolicies,
            List<ConceptExplanation> concepts, List<Peer> reaches, List<Peer> reachedBy) implements Details {
        public PodInfo {
            policies = List.copyOf(policies);
            clusterPolicies = List.copyOf(clusterPolicies);
            concepts = List.copyOf(concepts);
            reaches = List.copyOf(reaches);
            reachedBy = List.copyOf(reachedBy);
        }
    }

    /**
     * A workload: its pods, the policies that select some of them, and whom it reaches.
     *
     * @param workload the workload
     * @param pods its pods
     * @param policies the NetworkPolicies that select some of its pods
     * @param clusterPolicies the cluster-wide policies that apply to some of its pods, in walking order
     * @param reaches whom it may reach
     * @param reachedBy who may reach it
     */
    record WorkloadInfo(WorkloadRef workload, List<Pod> pods, List<NetworkPolicy> policies, List<AdminPolicy> clusterPolicies,
            List<Peer> reaches, List<Peer> reachedBy) implements Details {
        public WorkloadInfo {
            pods = List.copyOf(pods);
            policies = List.copyOf(policies);
            clusterPolicies = List.copyOf(clusterPolicies);
            reaches = List.copyOf(reaches);
            reachedBy = List.copyOf(reachedBy);
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
}
