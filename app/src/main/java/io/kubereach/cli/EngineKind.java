package io.kubereach.cli;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;

/** The engine {@code --engine} chooses. */
enum EngineKind {
    /** The indexed engine, the default: fast on large clusters. */
    INDEXED,
    /** The literal engine, the reference: reads the specification sentence by sentence. */
    LITERAL;

    /** This engine over a snapshot. */
    ReachabilityEngine over(ClusterSnapshot snapshot, EngineOptions options) {
        return switch (this) {
            case INDEXED -> new IndexedEngine(snapshot, options);
            case LITERAL -> new LiteralEngine(snapshot, options);
        };
    }
}
