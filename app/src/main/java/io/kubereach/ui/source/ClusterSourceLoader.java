package io.kubereach.ui.source;

import io.kubereach.source.DemoCluster;
import io.kubereach.source.KustomizeRenderer;
import io.kubereach.source.ManifestSource;
import io.kubereach.source.ParseAheadGate;
import io.kubereach.source.live.CancelToken;
import io.kubereach.source.live.ClusterEvent;
import io.kubereach.source.live.ClusterListener;
import io.kubereach.source.live.ClusterLoad;
import io.kubereach.source.live.ClusterObjects;
import io.kubereach.source.live.ClusterScope;
import io.kubereach.source.live.ClusterTarget;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.LiveCluster;
import io.kubereach.source.live.LoadProgress;
import io.kubereach.source.live.ResourceKind;
import io.kubereach.ui.task.JobControl;
import io.kubereach.ui.task.JobStep;
import java.util.Optional;

/**
 * The app's {@link SourceLoader}: the demo and manifest or snapshot files through the same
 * reader as the command line, live clusters through their kubeconfig (read-only: get, list and
 * watch), every namespace.
 */
public final class ClusterSourceLoader implements SourceLoader {

    private final Environment environment;
    private final ReadAhead readAhead;
    private final ParseAheadGate gate;

    /** A reader in this process's environment ({@code KUBECONFIG}, {@code HOME}, proxies). */
    public ClusterSourceLoader() {
        this(Environment.system());
    }

    /** A reader in a given environment. */
    public ClusterSourceLoader(Environment environment) {
        this(environment, ReadAhead.none());
    }

    /** A reader in a given environment whose first opening of the source read ahead takes that read. */
    public ClusterSourceLoader(Environment environment, ReadAhead readAhead) {
        this(environment, readAhead, ParseAheadGate.alwaysOpen());
    }

    private ClusterSourceLoader(Environment environment, ReadAhead readAhead, ParseAheadGate gate) {
        this.environment = environment;
        this.readAhead = readAhead;
        this.gate = gate;
    }

    /** This reader, parsing the pieces of manifests ahead on the other cores only while {@code parseAhead} is open. */
    public ClusterSourceLoader gatedBy(ParseAheadGate parseAhead) {
        return new ClusterSourceLoader(environment, readAhead, parseAhead);
    }

    @Override
    public LoadedCluster load(ClusterSource source, JobControl control) throws Exception {
        control.progress(-1, JobStep.READING);
        Optional<LoadedCluster> early = readAhead.take(source, control);
        if (early.isPresent()) {
            return early.get();
        }
        if (source instanceof ClusterSource.Demo) {
            return LoadedCluster.of(DemoCluster.snapshot());
        }
        if (source instanceof ClusterSource.Manifests m) {
            return LoadedCluster.of(manifests().read(m.paths()));
        }
        if (source instanceof ClusterSource.Snapshot s) {
            return LoadedCluster.of(manifests().read(s.file()));
        }
        ClusterSource.Kubeconfig k = (ClusterSource.Kubeconfig) source;
        control.progress(-1, JobStep.CONNECTING);
        ClusterObjects objects = ClusterLoad.read(target(k), environment, progress(control), token(control));
        return new LoadedCluster(objects.snapshot(), objects.context());
    }

    /** A tolerant manifest reader that builds kustomizations with the kustomize on this environment's {@code PATH}. */
    private ManifestSource manifests() {
        return new ManifestSource().withRenderer(KustomizeRenderer.onPath(environment.variable("PATH").orElse(""))).withGate(gate);
    }

    @Override
    public SourceWatch watch(ClusterSource source, JobControl control, ClusterNews news) throws Exception {
        if (!(source instanceof ClusterSource.Kubeconfig k)) {
            return SourceLoader.super.watch(source, control, news);
        }
        control.progress(-1, JobStep.CONNECTING);
        LiveCluster live = LiveCluster.start(target(k), environment, progress(control), token(control), LiveCluster.DEBOUNCE);
        String context = live.context().name();
        live.addListener(new ClusterListener() {
            @Override
            public void changed(ClusterEvent event) {
                news.changed(new LoadedCluster(event.snapshot(), context));
            }

            @Override
            public void connectionLost(String reason) {
                news.connectionLost(reason);
            }

            @Override
            public void connectionRestored() {
                news.connectionRestored();
            }
        });
        LoadedCluster first = new LoadedCluster(live.snapshot(), context);
        return new SourceWatch() {
            @Override
            public LoadedCluster first() {
                return first;
            }

            @Override
            public void close() {
                live.close();
            }
        };
    }

    private static ClusterTarget target(ClusterSource.Kubeconfig k) {
        return new ClusterTarget(k.kubeconfig(), Optional.of(k.context()), ClusterScope.all());
    }

    private static CancelToken token(JobControl control) {
        CancelToken token = new CancelToken();
        control.onCancel(token::cancel);
        return token;
    }

    /** Passes the load's progress on: kinds read of kinds to read. */
    private static LoadProgress progress(JobControl control) {
        return new LoadProgress() {
            @Override
            public void started(ResourceKind kind, int step, int steps) {
                control.progress(0.45 * (step - 1) / Math.max(1, steps), JobStep.READING);
            }
        };
    }
}
