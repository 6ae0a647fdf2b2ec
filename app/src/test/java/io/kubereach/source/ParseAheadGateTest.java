package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the gate that lets a read parse ahead on the other cores")
class ParseAheadGateTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ParseAheadGate gate = new ParseAheadGate(now::get);

    @Test
    @DisplayName("a new gate is open, a closed one is shut until it is opened again")
    void closedUntilOpened() {
        assertThat(gate.isOpen()).isTrue();
        gate.close(Duration.ofSeconds(2));
        assertThat(gate.isOpen()).isFalse();
        now.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(gate.isOpen()).isFalse();
        gate.open();
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    @DisplayName("a gate nobody opens opens by itself once the time it was closed for has passed")
    void opensByItselfAfterItsTime() {
        gate.close(Duration.ofSeconds(2));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    @DisplayName("closing again gives the gate a new time from now")
    void closingAgainStartsANewTime() {
        gate.close(Duration.ofSeconds(1));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        gate.close(Duration.ofSeconds(1));
        assertThat(gate.isOpen()).isFalse();
    }
}
