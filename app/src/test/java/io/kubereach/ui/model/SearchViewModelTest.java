package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("search (no JavaFX thread)")
class SearchViewModelTest {

    private final SearchViewModel search = Workspaces.demoApp().search();

    @Test
    @DisplayName("by name: the exact name first, then names that contain it; Enter again steps to the next")
    void byName() {
        search.queryProperty().set("redis-0");
        assertThat(search.next()).contains("pod:default/redis-0");
        assertThat(search.hitCountProperty().get()).isEqualTo(1);
        search.queryProperty().set("redis");
        String first = search.next().orElseThrow();
        assertThat(first).isIn("svc:default/redis", "workload:default/StatefulSet/redis");
        assertThat(search.hitCountProperty().get()).isGreaterThanOrEqualTo(4);
        assertThat(search.next()).isNotEqualTo(first);
        assertThat(search.hitIndexProperty().get()).isEqualTo(1);
    }

    @Test
    @DisplayName("by label: the pods whose labels match")
    void byLabel() {
        search.queryProperty().set("role=db");
        assertThat(search.next()).hasValueSatisfying(id -> assertThat(id).startsWith("pod:default/redis-"));
        assertThat(search.hitCountProperty().get()).isEqualTo(2);
    }

    @Test
    @DisplayName("by IP: the pod that has it, a Service's cluster IP, an address block that holds it")
    void byIp() {
        search.queryProperty().set("10.244.0.10");
        assertThat(search.next()).contains("pod:default/redis-0");
        search.queryProperty().set("203.0.113.10");
        assertThat(search.next()).hasValueSatisfying(id -> assertThat(id).startsWith("block:203.0.113.10"));
    }

    @Test
    @DisplayName("nothing found: no hit, and a blank query is no search")
    void nothing() {
        search.queryProperty().set("no-such-thing");
        assertThat(search.next()).isEmpty();
        assertThat(search.hitCountProperty().get()).isZero();
        search.queryProperty().set(" ");
        assertThat(search.next()).isEmpty();
        assertThat(search.hitCountProperty().get()).isEqualTo(-1);
    }
}
