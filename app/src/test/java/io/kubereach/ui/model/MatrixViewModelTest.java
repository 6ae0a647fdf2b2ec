package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.ReachabilityMatrix;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the matrix tab's state (no JavaFX thread)")
class MatrixViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final MatrixViewModel matrix = app.matrix();

    @Test
    @DisplayName("is computed only once its tab is open, namespace × namespace first, then workload × workload on demand")
    void computedWhenWanted() {
        assertThat(matrix.matrixProperty().get()).isNull();
        matrix.wantedProperty().set(true);
        ReachabilityMatrix namespaces = matrix.matrixProperty().get();
        assertThat(namespaces.labels()).containsExactlyInAnyOrder("default", "kube-system", "monitoring", "payments", "shop");
        matrix.levelProperty().set(MatrixViewModel.Level.WORKLOADS);
        assertThat(matrix.matrixProperty().get().size()).isEqualTo(13);
    }

    @Test
    @DisplayName("a new cluster drops the old matrix until it is computed again")
    void newClusterDropsTheMatrix() {
        matrix.wantedProperty().set(true);
        ReachabilityMatrix before = matrix.matrixProperty().get();
        matrix.wantedProperty().set(false);
        app.workspace().refresh();
        assertThat(matrix.matrixProperty().get()).isNull();
        matrix.wantedProperty().set(true);
        assertThat(matrix.matrixProperty().get()).isNotNull().isNotSameAs(before);
    }
}
