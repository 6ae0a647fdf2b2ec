package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the cost of one of the window's first pulses")
class PulseCostsTest {

    @Test
    @DisplayName("is the CPU each thread used and the classes loaded since the pulse before, with the gap since it and the JVM uptime")
    void differencesSinceThePulseBefore() {
        PulseCosts.Reading before = new PulseCosts.Reading(1_200, 400_000_000, 60_000_000, 6_500);
        PulseCosts.Reading now = new PulseCosts.Reading(1_330, 412_500_000, 131_000_000, 6_646);

        assertThat(now.since(before, 3, 130)).isEqualTo("kubereach pulses: pulse 3 at 1330 ms since JVM start, 130 ms after the one before:"
                + " JavaFX thread 12 ms CPU, renderer 71 ms CPU, 146 classes loaded since");
    }

    @Test
    @DisplayName("counts the first pulse from the JVM's start")
    void firstFromTheStart() {
        PulseCosts.Reading first = new PulseCosts.Reading(1_400, 700_000_000, 120_000_000, 6_700);

        assertThat(first.since(PulseCosts.start(), 1, 0)).contains("pulse 1 at 1400 ms", "JavaFX thread 700 ms CPU", "renderer 120 ms CPU",
                "6700 classes loaded");
    }

    @Test
    @DisplayName("reads this thread's CPU time, growing as it works, and the classes this JVM has loaded")
    void readsThisJvm() {
        PulseCosts costs = new PulseCosts();
        PulseCosts.Reading first = costs.read();
        long sum = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sum += i % 7;
        }
        PulseCosts.Reading second = costs.read();

        assertThat(sum).isPositive();
        assertThat(second.fxNanos()).isGreaterThan(first.fxNanos());
        assertThat(second.classesLoaded()).isGreaterThanOrEqualTo(first.classesLoaded()).isPositive();
    }
}
