package io.kubereach.engine;

import io.kubereach.model.ClusterSnapshot;
import net.jqwik.api.Arbitrary;

/** The random clusters of {@link EnginesAgreeProperties}, for properties of other packages. */
public final class RandomClusters {

    private RandomClusters() {
    }

    /** Small clusters with every policy language, objects not evaluated, now and then a source gap. */
    public static Arbitrary<ClusterSnapshot> clusters() {
        return new EnginesAgreeProperties().clusters();
    }
}
