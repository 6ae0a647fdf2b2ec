package io.kubereach.ui.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.source.DemoCluster;
import io.kubereach.source.ManifestException;
import io.kubereach.text.Message;
import io.kubereach.ui.task.JobCancelledException;
import io.kubereach.ui.task.JobControl;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the first source read ahead while the window starts")
class ReadAheadTest {

    private static final ClusterSource FILES = new ClusterSource.Manifests(List.of(Path.of("/tmp/cluster")));

    /** A loader that counts its reads and answers the demo cluster. */
    private static final class CountingLoader implements SourceLoader {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public LoadedCluster load(ClusterSource source, JobControl control) throws Exception {
            reads.incrementAndGet();
            return LoadedCluster.of(DemoCluster.snapshot());
        }
    }

    @Test
    @DisplayName("the first opening of the files read ahead takes that read; a later one (a refresh) reads again")
    void takenOnce() throws Exception {
        CountingLoader loader = new CountingLoader();
        ReadAhead ahead = ReadAhead.start(FILES, loader, ReadAhead.FollowUp.NONE);
        Optional<LoadedCluster> first = ahead.take(FILES, JobControl.none());
        assertThat(first).isPresent();
        assertThat(first.get().snapshot().pods()).isNotEmpty();
        assertThat(ahead.take(FILES, JobControl.none())).isEmpty();
        assertThat(loader.reads).hasValue(1);
    }

    @Test
    @DisplayName("once taken, the cluster read ahead is no longer held by it: another source opened later can replace it in the heap")
    void releasedOnceTaken() throws Exception {
        ReadAhead ahead = ReadAhead.start(FILES, new CountingLoader(), ReadAhead.FollowUp.NONE);
        java.lang.ref.WeakReference<LoadedCluster> taken = new java.lang.ref.WeakReference<>(ahead.take(FILES, JobControl.none()).orElseThrow());
        for (int i = 0; i < 50 && taken.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(taken.get()).as("collected while the read ahead is still reachable").isNull();
        assertThat(ahead.take(FILES, JobControl.none())).isEmpty();
    }

    @Test
    @DisplayName("another source than the one read ahead is not answered from it")
    void otherSourceReadsItself() throws Exception {
        ReadAhead ahead = ReadAhead.start(FILES, new CountingLoader(), ReadAhead.FollowUp.NONE);
        ClusterSource other = new ClusterSource.Manifests(List.of(Path.of("/tmp/other")));
        assertThat(ahead.take(other, JobControl.none())).isEmpty();
        assertThat(ahead.take(new ClusterSource.Demo(), JobControl.none())).isEmpty();
        assertThat(ahead.take(FILES, JobControl.none())).isPresent();
    }

    @Test
    @DisplayName("a live cluster is not read ahead: its connection is made by an opening the user sees and can cancel")
    void notLive() throws Exception {
        CountingLoader loader = new CountingLoader();
        ClusterSource live = new ClusterSource.Kubeconfig(Optional.empty(), "prod");
        assertThat(ReadAhead.start(live, loader, ReadAhead.FollowUp.NONE).take(live, JobControl.none())).isEmpty();
        assertThat(loader.reads).hasValue(0);
    }

    @Test
    @DisplayName("the demo is read ahead like files, and its first opening takes that read")
    void demoReadAhead() throws Exception {
        CountingLoader loader = new CountingLoader();
        ClusterSource demo = new ClusterSource.Demo();
        ReadAhead ahead = ReadAhead.start(demo, loader, ReadAhead.FollowUp.NONE);
        assertThat(ahead.take(demo, JobControl.none())).hasValueSatisfying(c -> assertThat(c.snapshot().pods()).isNotEmpty());
        assertThat(ahead.take(demo, JobControl.none())).isEmpty();
        assertThat(loader.reads).hasValue(1);
    }

    @Test
    @DisplayName("what the read ahead could not read fails the opening with the same one-line message")
    void failurePassedOn() {
        SourceLoader broken = (source, control) -> {
            throw new ManifestException(Message.of("sourceError.yamlAt", "/tmp/cluster/pods.yaml", "3", "1", "bad"));
        };
        ReadAhead ahead = ReadAhead.start(FILES, broken, ReadAhead.FollowUp.NONE);
        assertThatThrownBy(() -> ahead.take(FILES, JobControl.none()))
                .isInstanceOf(ManifestException.class)
                .hasMessage("/tmp/cluster/pods.yaml: YAML syntax error at line 3, column 1: bad");
    }

    @Test
    @DisplayName("an opening cancelled while the read ahead is still going stops waiting for it")
    void cancelWhileWaiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SourceLoader slow = (source, control) -> {
            release.await();
            return LoadedCluster.of(DemoCluster.snapshot());
        };
        ReadAhead ahead = ReadAhead.start(FILES, slow, ReadAhead.FollowUp.NONE);
        JobControl cancelled = new JobControl() {
            @Override
            public void progress(double fraction, io.kubereach.ui.task.JobStep step) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try {
            assertThatThrownBy(() -> ahead.take(FILES, cancelled)).isInstanceOf(JobCancelledException.class);
        } finally {
            release.countDown();
        }
    }

    @Test
    @DisplayName("the app's reader answers the first opening of the files read ahead from that read")
    void readerTakesIt() throws Exception {
        CountingLoader loader = new CountingLoader();
        ClusterSourceLoader reader = new ClusterSourceLoader(io.kubereach.source.live.Environment.system(), ReadAhead.start(FILES, loader, ReadAhead.FollowUp.NONE));
        LoadedCluster opened = reader.load(FILES, JobControl.none());
        assertThat(opened.snapshot().pods()).isNotEmpty();
        assertThat(loader.reads).hasValue(1);
    }
}
