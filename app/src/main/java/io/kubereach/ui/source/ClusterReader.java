package io.kubereach.ui.source;

import io.kubereach.source.DemoCluster;
import io.kubereach.source.ManifestSource;
import io.kubereach.ui.task.JobControl;
import io.kubereach.ui.task.JobStep;

/**
 * The app's {@link SourceLoader}: the demo and manifest or snapshot files through the same
 * reader as the command line, live clusters through their kubeconfig.
 */
public final class ClusterReader implements SourceLoader {

    @Override
    public LoadedCluster load(ClusterSource source, JobControl control) throws Exception {
        control.progress(-1, JobStep.READING);
        if (source instanceof ClusterSource.Demo) {
            return LoadedCluster.of(DemoCluster.snapshot());
        }
        if (source instanceof ClusterSource.Manifests m) {
            return LoadedCluster.of(new ManifestSource().read(m.paths()));
        }
        if (source instanceof ClusterSource.Snapshot s) {
            return LoadedCluster.of(new ManifestSource().read(s.file()));
        }
        ClusterSource.Kubeconfig k = (ClusterSource.Kubeconfig) source;
        throw new IllegalStateException("live clusters are not available in this build (context " + k.context() + ")");
    }
}
