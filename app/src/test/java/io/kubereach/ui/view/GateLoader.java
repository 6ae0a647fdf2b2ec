package io.kubereach.ui.view;

import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.JobCancelledException;
import io.kubereach.ui.task.JobControl;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads clusters as the app does, except that while the gate is closed a load blocks (as a slow
 * cluster would) until the gate opens or the load is cancelled.
 */
final class GateLoader implements SourceLoader {

    private final ClusterSourceLoader reader = new ClusterSourceLoader();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicBoolean blocked = new AtomicBoolean();
    private final AtomicBoolean sawCancel = new AtomicBoolean();

    void close() {
        gate = new CountDownLatch(1);
        sawCancel.set(false);
    }

    void open() {
        gate.countDown();
    }

    boolean isBlocked() {
        return blocked.get();
    }

    boolean sawCancel() {
        return sawCancel.get();
    }

    @Override
    public LoadedCluster load(ClusterSource source, JobControl control) throws Exception {
        CountDownLatch mine = gate;
        blocked.set(mine.getCount() > 0);
        try {
            while (!mine.await(20, TimeUnit.MILLISECONDS)) {
                if (control.isCancelled()) {
                    sawCancel.set(true);
                    throw new JobCancelledException();
                }
            }
        } finally {
            blocked.set(false);
        }
        return reader.load(source, control);
    }
}
