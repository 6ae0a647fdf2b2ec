package io.kubereach.engine;

import io.kubereach.model.ClusterSnapshot;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Every ReachabilityEngine implementation, so one parameterized suite holds them all to the same answers. */
public final class Engines {

    private Engines() {
    }

    public static Stream<Named<Function<ClusterSnapshot, ReachabilityEngine>>> all() {
        return allWithOptions().map(n -> Named.of(n.getName(), s -> n.getPayload().apply(s, EngineOptions.DEFAULTS)));
    }

    public static Stream<Named<BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine>>> allWithOptions() {
        return Stream.of(Named.of("literal", LiteralEngine::new));
    }
}
