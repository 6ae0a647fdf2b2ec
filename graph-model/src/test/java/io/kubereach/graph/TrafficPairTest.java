package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.engine.ConnectionSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a traffic pair")
class TrafficPairTest {

    @Test
    @DisplayName("has the id of the traffic edge between its ends, and reads it back")
    void idOfTheEdge() {
        GraphEdge.Traffic edge = new GraphEdge.Traffic("workload:shop/ReplicaSet/web", "pod:default/redis-0", TrafficVerdict.ALLOWED,
                ConnectionSet.all(), ConnectionSet.all());
        TrafficPair pair = new TrafficPair(edge.sourceId(), edge.targetId());
        assertThat(pair.id()).isEqualTo(edge.id());
        assertThat(TrafficPair.parse(edge.id())).hasValue(pair);
        assertThat(TrafficPair.parse("traffic:ns:shop>ns:default")).hasValue(new TrafficPair("ns:shop", "ns:default"));
    }

    @Test
    @DisplayName("reads nothing from ids that name no pair")
    void notAPair() {
        assertThat(TrafficPair.parse("pod:default/redis-0")).isEmpty();
        assertThat(TrafficPair.parse("traffic:ns:a")).isEmpty();
        assertThat(TrafficPair.parse("traffic:>ns:a")).isEmpty();
        assertThat(TrafficPair.parse("traffic:ns:a>")).isEmpty();
        assertThat(TrafficPair.parse("traffic:a>b>c")).isEmpty();
        assertThatThrownBy(() -> new TrafficPair("", "ns:a")).isInstanceOf(IllegalArgumentException.class);
    }
}
