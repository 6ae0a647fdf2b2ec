package io.kubereach.query;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns what a user types into a {@link Target}: {@code NAMESPACE/NAME} (a pod, or a workload
 * meaning its pods), an IP address or a CIDR, or {@code svc:NAMESPACE/NAME}. A name without a
 * namespace is in {@code default}, as kubectl takes it.
 */
public final class TargetResolver {

    private static final String SERVICE_PREFIX = "svc:";
    private static final String TEMPLATE_HASH = "pod-template-hash";
    /** A CronJob names its Jobs {@code <cronjob>-<scheduled minute>}. */
    private static final Pattern CRON_JOB_SUFFIX = Pattern.compile("-[0-9]{6,}$");

    private final ClusterSnapshot snapshot;

    public TargetResolver(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Resolves one end of a question, or fails naming what was not found. */
    public Target resolve(String text) {
        String t = text.trim();
        if (t.startsWith(SERVICE_PREFIX)) {
            String[] nsName = split(t.substring(SERVICE_PREFIX.length()), t);
            return snapshot.service(nsName[0], nsName[1])
                    .<Target>map(s -> new Target.ServiceTarget(t, s))
                    .orElseThrow(() -> new QueryException(Message.of("query.error.noService", nsName[0] + "/" + nsName[1], snapshot.source())));
        }
        Optional<Cidr> range = t.contains("/") ? Cidr.parse(t) : Optional.empty();
        if (range.isPresent()) {
            return new Target.Range(t, range.get());
        }
        Optional<IpAddress> address = IpAddress.parse(t);
        if (address.isPresent()) {
            return address(t, address.get());
        }
        String[] nsName = split(t, t);
        List<Pod> pods = podsNamed(nsName[0], nsName[1]);
        if (pods.isEmpty()) {
            String name = nsName[0] + "/" + nsName[1];
            if (snapshot.service(nsName[0], nsName[1]).isPresent()) {
                throw new QueryException(Message.of("query.error.noPodButService", name, snapshot.source()));
            }
            List<String> similar = similarNames(nsName[0], nsName[1]);
            throw new QueryException(similar.isEmpty() ? Message.of("query.error.noPod", name, snapshot.source())
                    : Message.of("query.error.noPodButSimilar", name, snapshot.source(), String.join(", ", similar)));
        }
        return new Target.Pods(t, pods);
    }

    /** An address: its pods, else a node's pod network when it lies in one, else the outside. */
    private Target address(String text, IpAddress address) {
        List<Pod> owners = snapshot.pods().stream().filter(p -> !p.hostNetwork() && p.hasIp(address)).toList();
        if (!owners.isEmpty()) {
            return new Target.Pods(text, owners);
        }
        for (ClusterNode node : snapshot.nodes()) {
            for (Cidr cidr : node.podCidrs()) {
                if (cidr.v6() == address.v6() && cidr.contains(address)) {
                    return new Target.PodNetworkAddress(text, address, node.name(), cidr);
                }
            }
        }
        return new Target.Address(text, address);
    }

    /** {@code NAMESPACE/NAME}, or {@code NAME} in {@code default}. */
    private static String[] split(String nsName, String original) {
        int slash = nsName.indexOf('/');
        if (slash < 0 && !nsName.isEmpty()) {
            return new String[] {Namespace.DEFAULT, nsName};
        }
        if (slash == 0 || slash == nsName.length() - 1 || nsName.indexOf('/', slash + 1) >= 0) {
            throw new QueryException(Message.of("query.error.notEnd", original));
        }
        return new String[] {nsName.substring(0, slash), nsName.substring(slash + 1)};
    }

    /** A pod of that name, else the pods of a workload of that name (a Deployment through its ReplicaSets too). */
    private List<Pod> podsNamed(String namespace, String name) {
        List<Pod> exact = snapshot.pods().stream()
                .filter(p -> p.namespace().equals(namespace) && p.name().equals(name)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return snapshot.pods().stream()
                .filter(p -> p.namespace().equals(namespace) && ownedBy(p, name))
                .toList();
    }

    /** Up to five workload or pod names of the namespace that contain the name asked for. */
    private List<String> similarNames(String namespace, String name) {
        TreeSet<String> out = new TreeSet<>();
        for (Pod p : snapshot.pods()) {
            if (p.namespace().equals(namespace)) {
                if (p.owner().name().contains(name)) {
                    out.add(namespace + "/" + p.owner().name());
                } else if (p.name().contains(name)) {
                    out.add(namespace + "/" + p.name());
                }
            }
        }
        return out.stream().limit(5).toList();
    }

    /** Whether a pod belongs to a workload of this name: the one users name, or its direct controller. */
    private static boolean ownedBy(Pod pod, String workload) {
        if (pod.owner().name().equals(workload) || pod.controller().name().equals(workload)) {
            return true;
        }
        // a Deployment's ReplicaSet is named <deployment>-<pod-template-hash>
        WorkloadRef controller = pod.controller();
        String hash = pod.labels().get(TEMPLATE_HASH);
        return "ReplicaSet".equals(controller.kind()) && hash != null && controller.name().equals(workload + "-" + hash)
                || workloadName(pod).equals(workload);
    }

    /**
     * The name a person gives a pod's workload: a Deployment's rather than its ReplicaSet's
     * ({@code <deployment>-<pod-template-hash>}), a CronJob's rather than its Job's
     * ({@code <cronjob>-<minute>}), else the owner's.
     */
    public static String workloadName(Pod pod) {
        WorkloadRef owner = pod.owner();
        String hash = pod.labels().get(TEMPLATE_HASH);
        if ("ReplicaSet".equals(owner.kind()) && hash != null && owner.name().endsWith("-" + hash)) {
            return owner.name().substring(0, owner.name().length() - hash.length() - 1);
        }
        if ("Job".equals(owner.kind()) && CRON_JOB_SUFFIX.matcher(owner.name()).find()) {
            return CRON_JOB_SUFFIX.matcher(owner.name()).replaceFirst("");
        }
        return owner.name();
    }

    /**
     * Every name {@link #resolve} accepts for something of the snapshot, sorted: each pod and
     * workload as {@code NAMESPACE/NAME} (the owner's own name too) and each Service as
     * {@code svc:NAMESPACE/NAME}.
     */
    public List<String> names() {
        TreeSet<String> out = new TreeSet<>();
        for (Pod p : snapshot.pods()) {
            out.add(p.namespace() + "/" + p.name());
            out.add(p.namespace() + "/" + p.owner().name());
            out.add(p.namespace() + "/" + p.controller().name());
            out.add(p.namespace() + "/" + workloadName(p));
        }
        snapshot.services().forEach(s -> out.add(SERVICE_PREFIX + s.namespace() + "/" + s.name()));
        return List.copyOf(out);
    }
}
