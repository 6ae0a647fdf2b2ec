package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.DemoCluster;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.LoadedCluster;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a cluster read ahead, judged on the read-ahead thread")
class AnalysisAheadTest {

    private static final ClusterSource FILES = new ClusterSource.Manifests(List.of(Path.of("/tmp/cluster")));

    @Test
    @DisplayName("the first opening of the cluster read ahead gets the judgement made ahead; a later one judges afresh")
    void judgedOnceAhead() throws Exception {
        LoadedCluster read = LoadedCluster.of(DemoCluster.snapshot());
        Analysis.judgedAhead(FILES).after(read).run();
        Analysis first = Analysis.of(FILES, read);
        Analysis again = Analysis.of(FILES, read);
        assertThat(first.snapshot()).isSameAs(read.snapshot());
        assertThat(again).isNotSameAs(first);
        assertThat(again.graph().trafficEdges()).hasSameSizeAs(first.graph().trafficEdges());
    }

    @Test
    @DisplayName("another cluster than the one read ahead gets its own judgement, never the one made ahead")
    void otherClusterJudgedItself() throws Exception {
        LoadedCluster readAhead = LoadedCluster.of(DemoCluster.snapshot());
        Analysis.judgedAhead(FILES).after(readAhead).run();
        LoadedCluster other = LoadedCluster.of(SyntheticCluster.snapshot(ClusterShape.small()));
        Analysis judged = Analysis.of(FILES, other);
        assertThat(judged.snapshot()).isSameAs(other.snapshot());
        assertThat(judged.snapshot().pods()).hasSameSizeAs(other.snapshot().pods());
    }
}
