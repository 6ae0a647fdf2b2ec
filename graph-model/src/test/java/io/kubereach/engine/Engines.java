package io.kubereach.engine;

import io.kubereach.model.ClusterSnapshot;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Every {@link ReachabilityEngine} implementation, for parameterized suites that hold them all
 * to the same answers: {@code @MethodSource("io.kubereach.engine.Engines#all")}.
 */
public final class Engines {

    private Engines() {
    }

    /** A factory per engine, named "literal" and "indexed", under the default options. */
    public static Stream<Named<Function<ClusterSnapshot, ReachabilityEngine>>> all() {
        return Stream.of(
                Named.of("literal", (Function<ClusterSnapshot, ReachabilityEngine>) LiteralEngine::new),
                Named.of("indexed", (Function<ClusterSnapshot, ReachabilityEngine>) IndexedEngine::new));
    }

    /** A factory per engine, named "literal" and "indexed", taking the options to build with. */
    public static Stream<Named<BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine>>> allWithOptions() {
        return Stream.of(
                Named.of("literal", (BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine>) LiteralEngine::new),
                Named.of("indexed", (BiFunction<ClusterSnapshot, EngineOptions, ReachabilityEngine>) IndexedEngine::new));
    }
}
