package io.kubereach.whatif;

import io.kubereach.model.ClusterSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One policy kind the engine reads, as data: where a snapshot holds its policies, how a policy
 * is named and written as a manifest, and how a snapshot takes other policies of the kind. A new
 * policy language adds one entry to {@link PolicyKinds}; nothing else in the what-if changes.
 *
 * @param <P> the model record of a policy
 * @param kindName the manifest {@code kind}
 * @param apiVersion the manifest {@code apiVersion} new policies are written with
 * @param namespaced whether its policies live in a namespace
 * @param type the model record's class
 * @param policiesOf the policies of this kind in a snapshot
 * @param withPolicies a snapshot with the policies of this kind replaced
 * @param keyOf a policy's name
 * @param manifest a policy as a manifest that reads back into the same record
 */
public record PolicyKind<P>(String kindName, String apiVersion, boolean namespaced, Class<P> type,
        Function<ClusterSnapshot, List<P>> policiesOf, BiFunction<ClusterSnapshot, List<P>, ClusterSnapshot> withPolicies,
        Function<P, PolicyKey> keyOf, Function<P, String> manifest) {

    /** Every policy of the kind in a snapshot, with its name. */
    public List<TypedPolicy> existing(ClusterSnapshot snapshot) {
        List<TypedPolicy> out = new ArrayList<>();
        for (P policy : policiesOf.apply(snapshot)) {
            out.add(new TypedPolicy(keyOf.apply(policy), this, policy));
        }
        return out;
    }

    /** A policy of this kind, with its name. */
    public TypedPolicy typed(Object policy) {
        return new TypedPolicy(keyOf.apply(type.cast(policy)), this, policy);
    }

    /** The manifest of a policy of this kind. */
    String manifestOf(Object policy) {
        return manifest.apply(type.cast(policy));
    }

    /** The name of a policy of this kind. */
    PolicyKey keyOfPolicy(Object policy) {
        return keyOf.apply(type.cast(policy));
    }

    /**
     * A snapshot whose policies of this kind are those of {@code snapshot} not named in
     * {@code removed}, then {@code added}.
     */
    ClusterSnapshot replace(ClusterSnapshot snapshot, java.util.Set<PolicyKey> removed, List<Object> added) {
        List<P> kept = new ArrayList<>();
        for (P policy : policiesOf.apply(snapshot)) {
            if (!removed.contains(keyOf.apply(policy))) {
                kept.add(policy);
            }
        }
        added.stream().filter(type::isInstance).map(type::cast).filter(p -> keyOf.apply(p).kind().equals(kindName)).forEach(kept::add);
        return withPolicies.apply(snapshot, kept);
    }

    /**
     * A policy with its kind and name, as read from a cluster or a what-if text.
     *
     * @param key its name
     * @param kind its kind
     * @param policy the model record
     */
    public record TypedPolicy(PolicyKey key, PolicyKind<?> kind, Object policy) {
        /** Its manifest. */
        public String manifest() {
            return kind.manifestOf(policy);
        }
    }
}
