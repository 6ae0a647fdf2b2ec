package io.kubereach.source;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PolicySubject;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The namespaces that pods use but nobody declares: such a namespace carries only the label
 * {@code kubernetes.io/metadata.name}, so a namespaceSelector on any other label can never select
 * it, though the real namespace may well carry that label. That is said once, naming the
 * namespaces and the policies, rather than left for {@code describe} to reveal.
 */
final class UndeclaredNamespaces {

    private UndeclaredNamespaces() {
    }

    /** The warning, when pods live in undeclared namespaces that a selector on other labels passes over. */
    static Optional<Message> warning(Set<String> declared, Collection<Pod> pods, Collection<NetworkPolicy> policies,
            Collection<AdminPolicy> adminPolicies) {
        Set<String> undeclared = new TreeSet<>();
        pods.stream().map(Pod::namespace).filter(n -> !declared.contains(n)).forEach(undeclared::add);
        if (undeclared.isEmpty()) {
            return Optional.empty();
        }
        Set<String> passedOver = new TreeSet<>();
        Set<String> by = new TreeSet<>();
        for (NetworkPolicy policy : policies) {
            for (LabelSelector selector : selectors(policy)) {
                if (passesOver(selector, undeclared, passedOver)) {
                    by.add("NetworkPolicy " + policy.qualifiedName());
                }
            }
        }
        for (AdminPolicy policy : adminPolicies) {
            for (LabelSelector selector : selectors(policy)) {
                if (passesOver(selector, undeclared, passedOver)) {
                    by.add(policy.kind().kindName() + " " + policy.name());
                }
            }
        }
        if (by.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Message.of("sourceWarning.undeclaredNamespaces", Message.names(List.copyOf(passedOver)),
                Message.names(List.copyOf(by)), Namespace.NAME_LABEL));
    }

    /** Whether a selector on other labels than the name passes over undeclared namespaces; notes which. */
    private static boolean passesOver(LabelSelector selector, Set<String> undeclared, Set<String> passedOver) {
        boolean otherLabels = selector.matchLabels().keySet().stream().anyMatch(k -> !k.equals(Namespace.NAME_LABEL))
                || selector.requirements().stream().map(LabelRequirement::key).anyMatch(k -> !k.equals(Namespace.NAME_LABEL));
        if (!otherLabels) {
            return false;
        }
        List<String> missed = undeclared.stream().filter(n -> !selector.matches(Namespace.implied(n).labels())).toList();
        passedOver.addAll(missed);
        return !missed.isEmpty();
    }

    private static List<LabelSelector> selectors(NetworkPolicy policy) {
        List<LabelSelector> out = new ArrayList<>();
        for (Direction d : Direction.values()) {
            for (PolicyRule rule : policy.rules(d)) {
                for (PolicyPeer peer : rule.peers()) {
                    if (peer instanceof PolicyPeer.Selectors s) {
                        s.namespaceSelector().ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static List<LabelSelector> selectors(AdminPolicy policy) {
        List<LabelSelector> out = new ArrayList<>();
        if (policy.subject() instanceof PolicySubject.Namespaces n) {
            out.add(n.namespaces());
        } else if (policy.subject() instanceof PolicySubject.Pods p) {
            out.add(p.namespaces());
        }
        for (Direction d : Direction.values()) {
            for (AdminRule rule : policy.rules(d)) {
                for (AdminPeer peer : rule.peers()) {
                    if (peer instanceof AdminPeer.Namespaces n) {
                        out.add(n.namespaces());
                    } else if (peer instanceof AdminPeer.Pods p) {
                        out.add(p.namespaces());
                    }
                }
            }
        }
        return out;
    }
}
