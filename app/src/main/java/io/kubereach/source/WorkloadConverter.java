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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a workload controller (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job, CronJob) into a {@link Workload} and representative pods made
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

    private WorkloadConverter() {
    }

    /** Whether an object is one of the workload kinds this converter knows. */
    static boolean isWorkload(HasMetadata object) {
        return object instanceof Deployment || object instanceof StatefulSet || object instanceof DaemonSet
                || object instanceof ReplicaSet || object instanceof ReplicationController
                || object instanceof Job || object instanceof CronJob;
    }

    static Result convert(HasMetadata object, ObjectOrigin origin, Consumer<String> warnings) throws ManifestException {
        PodTemplateSpec template;
        Integer replicas;
        String kind;
        if (object instanceof Deployment d) {
            kind = "Deployment";
            template = d.getSpec() == null ? null : d.getSpec().getTemplate();
            replicas = d.getSpec() == null ? null : d.getSpec().getReplicas();
        } else if (object instanceof StatefulSet s) {
            kind = "StatefulSet";
            template = s.getSpec() == null ? null : s.getSpec().getTemplate();
            replicas = s.getSpec() == null ? null : s.getSpec().getReplicas();
        } else if (object instanceof ReplicaSet r) {
            kind = "ReplicaSet";
            template = r.getSpec() == null ? null : r.getSpec().getTemplate();
            replicas = r.getSpec() == null ? null : r.getSpec().getReplicas();
        } else if (object instanceof ReplicationController r) {
            kind = "ReplicationController";
            template = r.getSpec() == null ? null : r.getSpec().getTemplate();
            replicas = r.getSpec() == null ? null : r.getSpec().getReplicas();
        } else if (object instanceof DaemonSet d) {
            kind = "DaemonSet";
            template = d.getSpec() == null ? null : d.getSpec().getTemplate();
            replicas = 1; // one per node; the node count is unknown here
        } else if (object instanceof Job j) {
            kind = "Job";
            template = j.getSpec() == null ? null : j.getSpec().getTemplate();
            replicas = j.getSpec() == null ? null : j.getSpec().getParallelism();
        } else if (object instanceof CronJob c) {
            kind = "CronJob";
            template = c.getSpec() == null || c.getSpec().getJobTemplate() == null
                    || c.getSpec().getJobTemplate().getSpec() == null
                    ? null : c.getSpec().getJobTemplate().getSpec().getTemplate();
            replicas = 1;
        } else {
            throw origin.error("is not a workload kind");
        }
        if (template == null) {
            throw origin.error(kind.equals("CronJob") ? "has no spec.jobTemplate.spec.template" : "has no spec.template");
        }
        int asked = replicas == null ? 1 : replicas;
        if (asked < 0) {
            throw origin.error("replicas " + asked + " is negative");
        }
        WorkloadRef ref = new WorkloadRef(origin.namespace(), kind, origin.name());
        Workload workload = new Workload(ref, asked, ObjectOrigin.labels(
                template.getMetadata() == null ? null : template.getMetadata().getLabels()));
        int count = Math.min(Math.max(asked, 1), MAX_REPRESENTATIVE_PODS);
        List<Pod> pods = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            // warn about the template once, not once per pod
            Consumer<String> once = i == 1 ? warnings : w -> { };
            pods.add(PodConverter.fromTemplate(template.getMetadata(), template.getSpec(), origin.name() + "-" + i, ref,
                    origin, once));
        }
        return new Result(workload, pods);
    }
}
