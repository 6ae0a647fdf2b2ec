package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.model.Protocol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a pair's verdict")
class PairVerdictTest {

    @Test
    @DisplayName("follows the traffic verdict when every served connection can be judged")
    void followsTheTrafficVerdict() {
        assertThat(PairVerdict.of(TrafficVerdict.ALLOWED, ConnectionSet.none())).isEqualTo(PairVerdict.ALLOWED);
        assertThat(PairVerdict.of(TrafficVerdict.PARTIAL, ConnectionSet.none())).isEqualTo(PairVerdict.PARTIAL);
        assertThat(PairVerdict.of(TrafficVerdict.BLOCKED, ConnectionSet.none())).isEqualTo(PairVerdict.BLOCKED);
    }

    @Test
    @DisplayName("is unknown as soon as one served connection cannot be judged, whatever else is known")
    void unknownWins() {
        ConnectionSet oneUnknown = ConnectionSet.of(Protocol.TCP, PortSet.of(443));
        for (TrafficVerdict v : TrafficVerdict.values()) {
            assertThat(PairVerdict.of(v, oneUnknown)).isEqualTo(PairVerdict.UNKNOWN);
        }
    }

    @Test
    @DisplayName("combined: the same verdict stays, unknown wins, any other mix is partly allowed")
    void combines() {
        assertThat(PairVerdict.ALLOWED.and(PairVerdict.ALLOWED)).isEqualTo(PairVerdict.ALLOWED);
        assertThat(PairVerdict.BLOCKED.and(PairVerdict.BLOCKED)).isEqualTo(PairVerdict.BLOCKED);
        assertThat(PairVerdict.ALLOWED.and(PairVerdict.BLOCKED)).isEqualTo(PairVerdict.PARTIAL);
        assertThat(PairVerdict.BLOCKED.and(PairVerdict.UNKNOWN)).isEqualTo(PairVerdict.UNKNOWN);
        assertThat(PairVerdict.UNKNOWN.and(PairVerdict.ALLOWED)).isEqualTo(PairVerdict.UNKNOWN);
    }
}
