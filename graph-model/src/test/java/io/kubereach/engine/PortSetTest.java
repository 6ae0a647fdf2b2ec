package io.kubereach.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortSetTest {

    @Test
    void unionMergesOverlappingAndAdjacentRanges() {
        PortSet ports = PortSet.range(80, 90).union(PortSet.range(91, 100)).union(PortSet.range(95, 120));

        assertThat(ports).isEqualTo(PortSet.range(80, 120));
        assertThat(ports.intervals()).hasSize(1);
    }

    @Test
    void unionKeepsSeparateRangesApartAndSorted() {
        PortSet ports = PortSet.of(443).union(PortSet.of(80));

        assertThat(ports.toString()).isEqualTo("80,443");
        assertThat(ports.contains(80)).isTrue();
        assertThat(ports.contains(81)).isFalse();
    }

    @Test
    void intersectKeepsOnlyCommonPorts() {
        PortSet a = PortSet.range(1, 100).union(PortSet.range(200, 300));
        PortSet b = PortSet.range(50, 250);

        assertThat(a.intersect(b)).isEqualTo(PortSet.range(50, 100).union(PortSet.range(200, 250)));
        assertThat(PortSet.of(80).intersect(PortSet.of(81)).isEmpty()).isTrue();
    }

    @Test
    void complementOfAPortSplitsTheWholeRange() {
        assertThat(PortSet.of(80).complement().toString()).isEqualTo("1-79,81-65535");
        assertThat(PortSet.none().complement().isAll()).isTrue();
        assertThat(PortSet.all().complement().isEmpty()).isTrue();
    }

    @Test
    void everyPortIsEqualToTheFullRange() {
        assertThat(PortSet.range(1, 65535)).isEqualTo(PortSet.all());
        assertThat(PortSet.range(1, 65534).union(PortSet.of(65535)).isAll()).isTrue();
    }

    @Test
    void rangesOutsideValidPortsAreRejected() {
        assertThatThrownBy(() -> PortSet.range(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortSet.range(10, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortSet.of(65536)).isInstanceOf(IllegalArgumentException.class);
    }
}
