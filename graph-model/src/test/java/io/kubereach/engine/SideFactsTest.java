package io.kubereach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a side's facts and a pair of them are shared instances equal to the facts they stand for")
class SideFactsTest {

    private static final boolean[] BOTH = {false, true};

    @Test
    @DisplayName("each of the eight facts is one shared instance with exactly the asked values")
    void everyFactIsSharedAndExact() {
        Set<SideFacts> seen = new HashSet<>();
        for (boolean allows : BOTH) {
            for (boolean isolated : BOTH) {
                for (boolean admitted : BOTH) {
                    SideFacts facts = SideFacts.of(allows, isolated, admitted);
                    assertThat(facts).isEqualTo(new SideFacts(allows, isolated, admitted));
                    assertThat(SideFacts.of(allows, isolated, admitted)).isSameAs(facts);
                    seen.add(facts);
                }
            }
        }
        assertThat(seen).hasSize(8);
    }

    @Test
    @DisplayName("each of the 64 pairs is one shared instance with exactly the asked sides, in order")
    void everyPairIsSharedAndExact() {
        Set<SideFacts.Pair> seen = new HashSet<>();
        for (int e = 0; e < 8; e++) {
            for (int i = 0; i < 8; i++) {
                SideFacts egress = new SideFacts((e & 4) != 0, (e & 2) != 0, (e & 1) != 0);
                SideFacts ingress = new SideFacts((i & 4) != 0, (i & 2) != 0, (i & 1) != 0);
                SideFacts.Pair pair = SideFacts.Pair.of(egress, ingress);
                assertThat(pair).isEqualTo(new SideFacts.Pair(egress, ingress));
                assertThat(pair.egress()).isEqualTo(egress);
                assertThat(pair.ingress()).isEqualTo(ingress);
                assertThat(SideFacts.Pair.of(egress, ingress)).isSameAs(pair);
                seen.add(pair);
            }
        }
        assertThat(seen).hasSize(64);
    }
}
