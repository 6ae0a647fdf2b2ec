package io.kubereach.cni;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the CNI-specific policies of a snapshot are enforced by the cluster's CNI: Cilium's
 * policies only under Cilium, Calico's under Calico or canal (Calico's policy engine with
 * flannel's network). They are evaluated whatever the CNI — the answers say what they intend —
 * but where the recognised CNI is another one they are flagged "not enforced here". An
 * unrecognised CNI flags nothing (most manifest sets hold no CNI objects).
 */
public final class CniPolicyLanguages {

    /** A policy language that only its own CNI enforces. */
    public enum Language {
        CILIUM("Cilium"), CALICO("Calico");

        private final String title;

        Language(String title) {
            this.title = title;
        }

        /** The project's name. */
        public String title() {
            return title;
        }

        /** Whether a recognised CNI enforces this language. */
        public boolean enforcedBy(CniPlugin plugin) {
            return switch (this) {
                case CILIUM -> plugin == CniPlugin.CILIUM;
                case CALICO -> plugin == CniPlugin.CALICO || plugin == CniPlugin.CANAL;
            };
        }
    }

    private final CniInfo cni;

    public CniPolicyLanguages(CniInfo cni) {
        this.cni = cni;
    }

    /** Whether the recognised CNI is known not to enforce the language's policies. */
    public boolean notEnforced(Language language) {
        return cni.plugin().filter(p -> !language.enforcedBy(p)).isPresent();
    }

    /** The trap a policy of the language falls into on this cluster, if its CNI does not enforce it. */
    public Optional<Message> notEnforcedHere(Language language) {
        return notEnforced(language) ? Optional.of(Message.of("cni.notEnforcedHere", cni.title(), language.title())) : Optional.empty();
    }

    /** One finding per language whose policies the snapshot has but its CNI does not enforce. */
    public List<Message> findings(ClusterSnapshot snapshot) {
        List<Message> out = new ArrayList<>();
        int cilium = snapshot.cniPolicies().cilium().size();
        int calico = snapshot.cniPolicies().calico().size();
        if (cilium > 0 && notEnforced(Language.CILIUM)) {
            out.add(Message.of("cni.policiesNotEnforced", cilium, Language.CILIUM.title(), cni.title()));
        }
        if (calico > 0 && notEnforced(Language.CALICO)) {
            out.add(Message.of("cni.policiesNotEnforced", calico, Language.CALICO.title(), cni.title()));
        }
        return out;
    }
}
