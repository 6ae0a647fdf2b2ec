package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("indices sorted by their keys")
class ByKeyTest {

    @Test
    @DisplayName("come out in the order of their keys, those of equal keys in the order they came, as a stable sort would")
    void stableByKey() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 2, 3, 17, 1000}) {
            long[] keys = random.longs(size, 0, 12).toArray();
            int[] indices = IntStream.range(0, size).map(i -> size - 1 - i).toArray();
            int[] expected = IntStream.of(indices).boxed().sorted(Comparator.comparingLong(i -> keys[i])).mapToInt(Integer::intValue).toArray();
            assertThat(ByKey.sorted(indices.clone(), keys)).as("size " + size).containsExactly(expected);
        }
    }
}
