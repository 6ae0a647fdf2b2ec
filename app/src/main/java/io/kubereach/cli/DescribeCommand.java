package io.kubereach.cli;

import io.kubereach.describe.AdminPolicyDescriber;
import io.kubereach.describe.CalicoPolicyDescriber;
import io.kubereach.describe.CiliumPolicyDescriber;
import io.kubereach.describe.PolicyDescriber;
import io.kubereach.describe.PolicySentences;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import io.kubereach.text.TextBundle;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kubereach describe}: one NetworkPolicy ({@code NAMESPACE/NAME}), cluster-wide policy
 * ({@code anp/NAME}, {@code banp/default}, {@code cnp/NAME}), Cilium policy ({@code cilium/NS/NAME},
 * {@code ccnp/NAME}) or Calico policy ({@code calico/NS/NAME}, {@code gnp/NAME}) in plain words, in
 * English or Simplified Chinese. The output and the help follow {@code --lang}; by default the system language.
 */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DescribeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAMESPACE/NAME", descriptionKey = "cli.describe.policy")
    String policyName;

    @Option(names = "--all", descriptionKey = "cli.describe.all")
    boolean all;

    private Language language = Language.system();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The language of the description, and through {@link HelpLanguage} of the help. */
    @Option(names = "--lang", paramLabel = "en|zh", descriptionKey = "cli.describe.lang")
    void language(String code) {
        language = HelpLanguage.choose(spec.commandLine(), code);
    }

    @Override
    public Integer call() throws Exception {
        if (all == (policyName != null)) {
            throw UserError.in(language, "cli.describe.oneOrAll");
        }
        ClusterSnapshot snapshot = input.snapshot();
        PolicyDescriber describer = new PolicyDescriber(snapshot);
        AdminPolicyDescriber adminDescriber = new AdminPolicyDescriber(snapshot);
        CiliumPolicyDescriber ciliumDescriber = new CiliumPolicyDescriber(snapshot);
        CalicoPolicyDescriber calicoDescriber = new CalicoPolicyDescriber(snapshot);
        List<NetworkPolicy> policies;
        List<AdminPolicy> adminPolicies = List.of();
        List<CiliumPolicy> cilium = List.of();
        List<CalicoPolicy> calico = List.of();
        if (all) {
            cilium = snapshot.cniPolicies().cilium().stream().sorted(Comparator.comparing(CiliumPolicy::qualifiedName)).toList();
            calico = snapshot.cniPolicies().calico().stream().sorted(Comparator.comparing(CalicoPolicy::qualifiedName)).toList();
            policies = snapshot.policies().stream()
                    .sorted(Comparator.comparing(NetworkPolicy::namespace).thenComparing(NetworkPolicy::name))
                    .toList();
            adminPolicies = snapshot.adminPolicies().stream()
                    .sorted(Comparator.comparing(AdminPolicy::tier).thenComparing(AdminPolicy::priority).thenComparing(AdminPolicy::name))
                    .toList();
        } else if (CniPolicyNames.prefixed(policyName)) {
            policies = List.of();
            CniPolicyNames.Name name = CniPolicyNames.parse(policyName)
                    .orElseThrow(() -> UserError.in(language, "cli.describe.badName", policyName));
            switch (name.kind()) {
                case CILIUM, CILIUM_CLUSTERWIDE -> cilium = List.of(ciliumDescriber.find(name.namespace(), name.name())
                        .orElseThrow(() -> unknown(snapshot, policyName.trim())));
                default -> calico = List.of(calicoDescriber.find(name.namespace(), name.name())
                        .orElseThrow(() -> unknown(snapshot, policyName.trim())));
            }
        } else {
            String[] parts = qualified(policyName).split("/", 2);
            Optional<NetworkPolicy> found = describer.find(parts[0], parts[1]);
            Optional<AdminPolicy.Kind> kind = ClusterPolicyNames.kind(parts[0]);
            if (found.isEmpty() && kind.isPresent()) {
                policies = List.of();
                adminPolicies = List.of(adminDescriber.find(kind, parts[1]).orElseThrow(() -> unknown(snapshot, parts[0] + "/" + parts[1])));
            } else {
                policies = List.of(found.orElseThrow(() -> unknown(snapshot, parts[0] + "/" + parts[1])));
            }
        }
        MessageText text = MessageText.in(language);
        StringBuilder out = new StringBuilder();
        for (NetworkPolicy policy : policies) {
            out.append(out.length() == 0 ? "" : "\n").append(text.text(PolicySentences.of(describer.describe(policy))));
        }
        for (AdminPolicy policy : adminPolicies) {
            out.append(out.length() == 0 ? "" : "\n").append(text.text(adminDescriber.describe(policy).sentences()));
        }
        for (CiliumPolicy policy : cilium) {
            out.append(out.length() == 0 ? "" : "\n").append(text.text(ciliumDescriber.describe(policy).sentences()));
        }
        for (CalicoPolicy policy : calico) {
            out.append(out.length() == 0 ? "" : "\n").append(text.text(calicoDescriber.describe(policy).sentences()));
        }
        Warnings.print(snapshot, spec.commandLine().getErr());
        PrintWriter stdout = VisibleOutput.of(spec.commandLine().getOut());
        stdout.print(out);
        stdout.flush();
        return 0;
    }

    private String qualified(String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("/") || trimmed.endsWith("/") || trimmed.chars().filter(c -> c == '/').count() > 1) {
            throw UserError.in(language, "cli.describe.badName", name);
        }
        return trimmed.contains("/") ? trimmed : Namespace.DEFAULT + "/" + trimmed;
    }

    private UserError unknown(ClusterSnapshot snapshot, String wanted) {
        List<String> known = new java.util.ArrayList<>(snapshot.policies().stream().map(NetworkPolicy::qualifiedName).toList());
        snapshot.adminPolicies().forEach(p -> known.add(ClusterPolicyNames.shortName(p.kind()) + "/" + p.name()));
        snapshot.cniPolicies().cilium().forEach(p -> known.add(CniPolicyNames.of(p.clusterwide() ? CniPolicyNames.Kind.CILIUM_CLUSTERWIDE
                : CniPolicyNames.Kind.CILIUM, p.namespace(), p.name())));
        snapshot.cniPolicies().calico().forEach(p -> known.add(CniPolicyNames.of(p.namespace().isPresent() ? CniPolicyNames.Kind.CALICO
                : CniPolicyNames.Kind.CALICO_GLOBAL, p.namespace(), p.name())));
        TextBundle words = CliText.in(language);
        if (known.isEmpty()) {
            return UserError.in(words, "cli.describe.noPolicies", wanted);
        }
        List<String> similar = NameSuggestions.similar(wanted, known);
        if (similar.isEmpty()) {
            List<String> some = NameSuggestions.closest(wanted, known);
            return UserError.in(words, "cli.describe.unknownPolicyKnown", wanted, String.join(", ", some), known.size());
        }
        return UserError.in(words, "cli.describe.unknownPolicy", wanted, String.join(", ", similar));
    }
}
