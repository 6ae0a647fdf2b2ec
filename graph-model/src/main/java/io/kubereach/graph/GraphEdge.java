package io.kubereach.graph;

import io.kubereach.engine.ConnectionSet;

/** A line of the diagram: containment, a Service's backend, a route from outside, or traffic with its verdict. */
public sealed interface GraphEdge {

    /** The id of the source vertex. */
    String sourceId();

    /** The id of the target vertex. */
    String targetId();

    /** A stable id, unique in one graph. */
    default String id() {
        return kind() + ":" + sourceId() + ">" + targetId();
    }

    /** {@code id().hashCode()}, without making the id (an index of hundreds of thousands of edges asks every one). */
    default int idHash() {
        int h = 0;
        h = hashOn(h, kind());
        h = 31 * h + ':';
        h = hashOn(h, sourceId());
        h = 31 * h + '>';
        return hashOn(h, targetId());
    }

    /** {@code id().equals(id)}, without making the id. */
    default boolean hasId(String id) {
        String kind = kind();
        String source = sourceId();
        String target = targetId();
        int at = kind.length();
        int to = at + 1 + source.length();
        return id.length() == to + 1 + target.length()
                && id.startsWith(kind) && id.charAt(at) == ':' && id.startsWith(source, at + 1)
                && id.charAt(to) == '>' && id.startsWith(target, to + 1);
    }

    /** A string hash carried on over more characters, as {@link String#hashCode} computes it. */
    private static int hashOn(int hash, String more) {
        int h = hash;
        for (int i = 0; i < more.length(); i++) {
            h = 31 * h + more.charAt(i);
        }
        return h;
    }

    /** A short word for the kind, used in ids and style keys. */
    String kind();

    /**
     * A hash of two ends that stays spread when the ids share their tails ({@code pod:x} and
     * {@code pause:x}), where {@code 31 * a + b} leaves the low bits the same for every pod and
     * the graph's hash table falls into a few long buckets.
     */
    private static int hashOfEnds(String sourceId, String targetId) {
        int h = sourceId.hashCode() * 0x9E3779B9 + targetId.hashCode();
        return h ^ (h >>> 16);
    }

    /**
     * {@code source} holds {@code target}: namespace→workload, workload→pod, node→pod, pod→pause, pod→container.
     *
     * @param sourceId the holder
     * @param targetId the held
     */
    record Contains(String sourceId, String targetId) implements GraphEdge {

        @Override
        public int hashCode() {
            return hashOfEnds(sourceId, targetId);
        }

        @Override
        public String kind() {
            return "contains";
        }
    }

    /**
     * An app container shares the network namespace its pod's pause container holds: they reach
     * each other over {@code lo}, whatever the policies say (rule 18).
     *
     * @param sourceId the pause container
     * @param targetId the app container
     */
    record SharesLoopback(String sourceId, String targetId) implements GraphEdge {

        @Override
        public int hashCode() {
            return hashOfEnds(sourceId, targetId);
        }

        @Override
        public String kind() {
            return "lo";
        }
    }

    /**
     * A Service sends traffic to a backend: a pod, or an address outside the cluster.
     *
     * @param sourceId the Service
     * @param targetId the backend pod or address block
     * @param ports the Service ports and where each lands, e.g. {@code 443→8443/TCP}
     */
    record Backs(String sourceId, String targetId, String ports) implements GraphEdge {
        @Override
        public String kind() {
            return "backs";
        }
    }

    /**
     * Traffic enters from outside or through an Ingress: outside→Ingress, outside→NodePort/LoadBalancer
     * Service, Ingress→Service.
     *
     * @param sourceId where it comes from
     * @param targetId where it goes
     * @param label the host/path or port it routes, empty when none
     */
    record Routes(String sourceId, String targetId, String label) implements GraphEdge {
        @Override
        public String kind() {
            return "routes";
        }
    }

    /**
     * Who may open connections to whom, judged by the engine.
     *
     * @param sourceId the connecting workload, pod or address block
     * @param targetId the accepting workload, pod or address block
     * @param verdict the verdict on the ports the target serves (what is unknown counts as not allowed)
     * @param allowed what some pair behind the edge is known to be allowed to open
     * @param common what every pair behind the edge is known to be allowed to open
     * @param unknown what some pair behind the edge may or may not open: it cannot be judged
     * @param byClusterTiers what a rule of a cluster-wide tier (admin or baseline policy) decided for some pair
     * @param decidedBy by kind of tier and language, what policies of that language in a tier of that kind decided for
     *     some pair: which language decided a line, what the app's badge names ({@link io.kubereach.engine.TierKind#UNEVALUATED}
     *     never: unknown is not decided); the NetworkPolicy tier's decisions are split between Kubernetes NetworkPolicies,
     *     Cilium's allow rules and Calico's default tier as {@link io.kubereach.engine.Verdict#deciders} names them
     */
    record Traffic(String sourceId, String targetId, TrafficVerdict verdict, ConnectionSet allowed, ConnectionSet common,
            ConnectionSet unknown, ConnectionSet byClusterTiers, java.util.Map<io.kubereach.engine.Decider, ConnectionSet> decidedBy)
            implements GraphEdge {

        public Traffic {
            decidedBy = java.util.Map.copyOf(decidedBy);
        }

        /** An edge with nothing unknown and nothing decided by a cluster-wide tier. */
        public Traffic(String sourceId, String targetId, TrafficVerdict verdict, ConnectionSet allowed, ConnectionSet common) {
            this(sourceId, targetId, verdict, allowed, common, ConnectionSet.none(), ConnectionSet.none());
        }

        /** An edge without what each kind of tier decided. */
        public Traffic(String sourceId, String targetId, TrafficVerdict verdict, ConnectionSet allowed, ConnectionSet common,
                ConnectionSet unknown, ConnectionSet byClusterTiers) {
            this(sourceId, targetId, verdict, allowed, common, unknown, byClusterTiers, java.util.Map.of());
        }

        /** The kinds of tier that decided some of this edge's connections. */
        public java.util.Set<io.kubereach.engine.TierKind> decidingTiers() {
            java.util.Set<io.kubereach.engine.TierKind> out = java.util.EnumSet.noneOf(io.kubereach.engine.TierKind.class);
            decidedBy.keySet().forEach(d -> out.add(d.tier()));
            return out;
        }

        /** Who decided some of this edge's connections: each kind of tier with the languages that decided there, in walking order. */
        public java.util.SortedSet<io.kubereach.engine.Decider> deciders() {
            return new java.util.TreeSet<>(decidedBy.keySet());
        }

        @Override
        public String kind() {
            return "traffic";
        }

        /**
         * Hashed by its ends alone (equal edges have equal ends), not its connection sets: the
         * graph hashes hundreds of thousands of traffic edges as it adds them.
         */
        @Override
        public int hashCode() {
            return hashOfEnds(sourceId, targetId);
        }

        /** The id of the traffic edge from one vertex to another, whatever its verdict. */
        public static String idOf(String sourceId, String targetId) {
            return "traffic:" + sourceId + ">" + targetId;
        }

        /** Whether an admin or baseline policy decided some of this edge's connections: the guard rails at work. */
        public boolean decidedByClusterTiers() {
            return !byClusterTiers.isEmpty();
        }

        /** What its line says: unknown when some of its connections cannot be judged, else its verdict. */
        public PairVerdict lineVerdict() {
            return unknown.isEmpty() ? PairVerdict.of(verdict, ConnectionSet.none()) : PairVerdict.UNKNOWN;
        }
    }

    /**
     * The traffic edges from the workloads of one namespace to those of another namespace, summed up: what
     * a picture with closed namespaces draws as one line. Only a graph built for such a picture
     * ({@link NetworkGraphBuilder#summingWorkloadTraffic}) has these, instead of the workload
     * pairs' own {@link Traffic} edges.
     *
     * @param sourceId the source namespace's vertex
     * @param targetId the target namespace's vertex
     * @param edges how many workload traffic edges it stands for, at least one
     * @param verdict their {@link Traffic#lineVerdict}s combined ({@link PairVerdict#and})
     * @param allowed what some of them is known to allow: the union of their allowed connections
     * @param deciders who decided some connection of some of them: kinds of tier with the languages that decided
     *     there ({@link Traffic#deciders})
     * @param onlyEdgeId the id of the one workload edge it stands for, empty when it stands for several
     */
    record SummedTraffic(String sourceId, String targetId, int edges, PairVerdict verdict, ConnectionSet allowed,
            java.util.Set<io.kubereach.engine.Decider> deciders, String onlyEdgeId) implements GraphEdge {

        public SummedTraffic {
            if (edges < 1 || (edges == 1) == onlyEdgeId.isEmpty()) {
                throw new IllegalArgumentException("summed traffic stands for one named edge or several: " + sourceId + ">" + targetId);
            }
            deciders = java.util.Set.copyOf(deciders);
        }

        /** The kinds of tier that decided some connection of some of them. */
        public java.util.Set<io.kubereach.engine.TierKind> decidingTiers() {
            java.util.Set<io.kubereach.engine.TierKind> out = java.util.EnumSet.noneOf(io.kubereach.engine.TierKind.class);
            deciders.forEach(d -> out.add(d.tier()));
            return out;
        }

        @Override
        public String kind() {
            return "summed";
        }

        /** The one workload edge's id when it stands for one (the line drawn for it is that edge's), else its own. */
        @Override
        public String id() {
            return edges == 1 ? onlyEdgeId : GraphEdge.super.id();
        }

        @Override
        public int idHash() {
            return edges == 1 ? onlyEdgeId.hashCode() : GraphEdge.super.idHash();
        }

        @Override
        public boolean hasId(String id) {
            return edges == 1 ? onlyEdgeId.equals(id) : GraphEdge.super.hasId(id);
        }
    }
}
