package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.GapReason;
import io.kubereach.model.SourceGap;
import io.kubereach.source.ClusterConverter;
import io.kubereach.source.ManifestException;
import io.kubereach.source.SnapshotHeader;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one load read from a cluster: the objects (reduced to the fields KubeReach reads), what
 * could not be read, and the model the one {@link ClusterConverter} makes of them. An object the
 * converter refuses is dropped with a warning, so that a snapshot file of these objects always
 * reads back into the very same model.
 */
public final class ClusterObjects {

    private final String context;
    private final String serverVersion;
    private final Instant taken;
    private final ClusterScope scope;
    private final List<HasMetadata> objects;
    private final List<SourceGap> gaps;
    private final List<Message> warnings;
    private final ClusterSnapshot snapshot;

    private ClusterObjects(String context, String serverVersion, Instant taken, ClusterScope scope, List<HasMetadata> objects,
            List<SourceGap> gaps, List<Message> warnings, ClusterSnapshot snapshot) {
        this.context = context;
        this.serverVersion = serverVersion;
        this.taken = taken;
        this.scope = scope;
        this.objects = List.copyOf(objects);
        this.gaps = List.copyOf(gaps);
        this.warnings = List.copyOf(warnings);
        this.snapshot = snapshot;
    }

    /**
     * Converts what a load read.
     *
     * @param context the context read
     * @param serverVersion the API server's version
     * @param taken when
     * @param scope the namespaces read
     * @param read the objects, in store order
     * @param gaps what could not be read
     * @param warnings what the load warned about
     */
    static ClusterObjects of(String context, String serverVersion, Instant taken, ClusterScope scope, List<HasMetadata> read,
            List<SourceGap> gaps, List<Message> warnings) {
        String source = "context " + context + (scope.isAll() ? "" : " (" + scope + ")");
        List<HasMetadata> accepted = new ArrayList<>(read.size());
        List<Message> refusals = new ArrayList<>();
        List<SourceGap> allGaps = new ArrayList<>(gaps);
        ClusterConverter converter = converter(source, gaps, warnings);
        for (HasMetadata object : read) {
            try {
                converter.addFromCluster(object, source);
                accepted.add(object);
            } catch (ManifestException e) {
                refusals.add(Message.of("sourceWarning.refused", e.getMessage()));
                refusedPolicy(object).filter(g -> !allGaps.contains(g)).ifPresent(allGaps::add);
            }
        }
        List<Message> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(refusals);
        if (!refusals.isEmpty()) {
            // convert again as a snapshot file would be read: refusals among the warnings, then the objects
            converter = converter(source, allGaps, allWarnings);
            for (HasMetadata object : accepted) {
                try {
                    converter.addFromCluster(object, source);
                } catch (ManifestException e) {
                    throw new IllegalStateException("an object accepted once was refused again: " + e.getMessage(), e);
                }
            }
        }
        return new ClusterObjects(context, serverVersion, taken, scope, accepted, allGaps, allWarnings, converter.snapshot());
    }

    /**
     * The gap a refused policy leaves: a policy that is not evaluated may drop traffic, so what
     * it could decide stays unknown (NetworkPolicies: in their namespace; cluster-wide policies: everywhere).
     */
    private static java.util.Optional<SourceGap> refusedPolicy(HasMetadata object) {
        String kind = String.valueOf(object.getKind());
        boolean namespaced = kind.equals(ResourceKind.NETWORK_POLICY.kind());
        boolean clusterWide = kind.equals(ResourceKind.ADMIN_NETWORK_POLICY.kind()) || kind.equals(ResourceKind.BASELINE_ADMIN_NETWORK_POLICY.kind())
                || kind.equals(ResourceKind.CLUSTER_NETWORK_POLICY.kind());
        if (!namespaced && !clusterWide) {
            return java.util.Optional.empty();
        }
        String namespace = namespaced && object.getMetadata() != null && object.getMetadata().getNamespace() != null
                ? object.getMetadata().getNamespace() : "";
        return java.util.Optional.of(new SourceGap(kind, namespace, GapReason.INVALID));
    }

    private static ClusterConverter converter(String source, List<SourceGap> gaps, List<Message> warnings) {
        ClusterConverter converter = ClusterConverter.forCluster(source);
        warnings.forEach(converter::warning);
        gaps.forEach(converter::gap);
        return converter;
    }

    /** The model of these objects. */
    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    /** The objects read, kind by kind, each kind in namespace and name order. */
    public List<HasMetadata> objects() {
        return objects;
    }

    /** What could not be read. */
    public List<SourceGap> gaps() {
        return gaps;
    }

    /** What the load warned about (not what the converter says about the objects), in English words. */
    public List<String> warnings() {
        return MessageText.english(warnings);
    }

    /** The context read. */
    public String context() {
        return context;
    }

    /** When the objects were read. */
    public Instant taken() {
        return taken;
    }

    /** The namespaces read. */
    public ClusterScope scope() {
        return scope;
    }

    /** The header a snapshot file of these objects starts with. */
    public SnapshotHeader header() {
        return new SnapshotHeader(context, serverVersion, taken.toString(), scope.namespaces(), gaps, warnings(), warnings);
    }
}
