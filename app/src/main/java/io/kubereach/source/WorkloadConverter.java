package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubereach.model.Pod;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a workload controller (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job, CronJob) into a {@link Workload}, with its template's containers
 * and the controller that owns it (a ReplicaSet's Deployment), and representative pods made
 * from its pod template.
 *
 * <p>Like netpol-analyzer, a workload gets one pod, or two when it asks for more than one
 * replica, named {@code <workload>-1} and {@code <workload>-2}: two pods are enough to show
 * whether replicas can reach each other, and any more would be indistinguishable copies.
 */
final class WorkloadConverter {

    /** The most representative pods one workload gets. */
    static final int MAX_REPRESENTATIVE_PODS = 2;

    /**
     * A converted workload and its representative pods.
     *
     * @param workload the workload
     * @param pods its pods, made from the template
     */
    record Result(Workload workload, List<Pod> pods) {
    }

    /**
     * What a workload declares, whatever its kind.
     *
     * @param kind its kind
     * @param template its pod template, null when it has none
     * @param replicas the pods it asks for, null when it leaves them out
     */
    private record Declared(String kind, PodTemplateSpec template, Integer replicas) {
    }

    private WorkloadConverter() {
    }

    /** Whether an object is one of the workload kinds this converter knows. */
    static boolean isWorkload(HasMetadata object) {
        return declared(object).isPresent();
    }

    private static Optional<Declared> declared(HasMetadata object) {
        if (object instanceof Deployment d) {
            var spec = d.getSpec();
            return Optional.of(new Declared("Deployment", spec == null ? null : spec.getTemplate(),
                    spec == null ? null : spec.getReplicas()));
        }
        if (object instanceof StatefulSet s) {
            var spec = s.getSpec();
            return Optional.of(new Declared("StatefulSet", spec == null ? null : spec.getTemplate(),
                    spec == null ? null : spec.getReplicas()));
        }
        if (object instanceof ReplicaSet r) {
            var spec = r.getSpec();
            return Optional.of(new Declared("ReplicaSet", spec == null ? null : spec.getTemplate(),
                    spec == null ? null : spec.getReplicas()));
        }
        if (object instanceof ReplicationController r) {
            var spec = r.getSpec();
            return Optional.of(new Declared("ReplicationController", spec == null ? null : spec.getTemplate(),
                    spec == null ? null : spec.getReplicas()));
        }
        if (object instanceof DaemonSet d) {
            // one pod per node; the node count is unknown here
            return Optional.of(new Declared("DaemonSet", d.getSpec() == null ? null : d.getSpec().getTemplate(), 1));
        }
        if (object instanceof Job j) {
            var spec = j.getSpec();
            return Optional.of(new Declared("Job", spec == null ? null : spec.getTemplate(),
                    spec == null ? null : spec.getParallelism()));
        }
        if (object instanceof CronJob c) {
            var job = c.getSpec() == null || c.getSpec().getJobTemplate() == null ? null : c.getSpec().getJobTemplate().getSpec();
            return Optional.of(new Declared("CronJob", job == null ? null : job.getTemplate(), 1));
        }
        return Optional.empty();
    }

    static Result convert(HasMetadata object, ObjectOrigin origin, Consumer<Message> warnings) throws ManifestException {
        Declared declared = declared(object).orElseThrow(() -> origin.error("sourceError.notWorkload"));
        String kind = declared.kind();
        PodTemplateSpec template = declared.template();
        Integer replicas = declared.replicas();
        if (template == null) {
            throw kind.equals("CronJob") ? origin.error("sourceError.noJobTemplate") : origin.error("sourceError.noTemplate");
        }
        int asked = replicas == null ? 1 : replicas;
        if (asked < 0) {
            throw origin.error("sourceError.negativeReplicas", String.valueOf(asked));
        }
        WorkloadRef ref = new WorkloadRef(origin.namespace(), kind, origin.name());
        int count = Math.min(Math.max(asked, 1), MAX_REPRESENTATIVE_PODS);
        Pod first = PodConverter.fromTemplate(template.getMetadata(), template.getSpec(), origin.name() + "-1", ref,
                origin, warnings);
        Workload workload = new Workload(ref, asked, first.labels(), first.containers(),
                PodConverter.controller(object.getMetadata(), origin.namespace()));
        List<Pod> pods = new ArrayList<>(List.of(first));
        for (int i = 2; i <= count; i++) {
            pods.add(new Pod(first.namespace(), origin.name() + "-" + i, first.labels(), first.ips(), first.node(),
                    first.owner(), first.hostNetwork(), first.containers(), first.ready(), first.controller(), first.serviceAccount()));
        }
        return new Result(workload, pods);
    }
}
