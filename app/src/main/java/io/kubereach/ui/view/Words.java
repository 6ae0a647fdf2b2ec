package io.kubereach.ui.view;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.diagram.Grouping;
import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.engine.TierKind;
import io.kubereach.graph.Layer;
import io.kubereach.graph.PairVerdict;
import io.kubereach.model.AdminPolicy;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.ExportViewModel;
import io.kubereach.ui.model.LabelFilterException;
import io.kubereach.ui.model.MatrixViewModel;
import io.kubereach.ui.model.StatusWarning;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.JobStep;
import java.nio.file.Path;

/**
 * The words for the view models' data in the language in use: steps, layers, groupings, sources,
 * warnings. Every key is written out, so the bundle test sees it.
 */
final class Words {

    private Words() {
    }

    static String text(String key, Object... args) {
        return Messages.text(key, args);
    }

    static String step(JobStep step) {
        return text(switch (step) {
            case CONNECTING -> "step.CONNECTING";
            case READING -> "step.READING";
            case ANALYSING -> "step.ANALYSING";
            case LAYING_OUT -> "step.LAYING_OUT";
            case MATRIX -> "step.MATRIX";
            case DETAILS -> "step.DETAILS";
            case SIMULATING -> "step.SIMULATING";
            case EXPORTING -> "step.EXPORTING";
        });
    }

    static String layer(Layer layer) {
        return text(switch (layer) {
            case CONTAINERS -> "layer.CONTAINERS";
            case SERVICES -> "layer.SERVICES";
            case INGRESS -> "layer.INGRESS";
            case EXTERNAL -> "layer.EXTERNAL";
            case ALLOWED_EDGES -> "layer.ALLOWED_EDGES";
            case BLOCKED_EDGES -> "layer.BLOCKED_EDGES";
        });
    }

    /** A tier of the walk by its short name. */
    static String tier(TierKind tier) {
        return text(switch (tier) {
            case UNEVALUATED -> "tier.UNEVALUATED";
            case ADMIN -> "tier.ADMIN";
            case CALICO -> "tier.CALICO";
            case CILIUM_DENY -> "tier.CILIUM_DENY";
            case NETWORK_POLICY -> "tier.NETWORK_POLICY";
            case BASELINE -> "tier.BASELINE";
        });
    }

    /** A policy language, as the badge of the ports it decided. */
    static String language(PolicyLanguage language) {
        return text(switch (language) {
            case KUBERNETES -> "language.KUBERNETES";
            case CLUSTER_WIDE -> "language.CLUSTER_WIDE";
            case CILIUM -> "language.CILIUM";
            case CALICO -> "language.CALICO";
            case UNEVALUATED -> "language.UNEVALUATED";
        });
    }

    /** A cluster-wide policy with its tier and priority: "Admin · AdminNetworkPolicy deny-x (priority 3)". */
    static String clusterPolicy(AdminPolicy policy) {
        String tier = text(policy.tier() == AdminPolicy.Tier.ADMIN ? "tier.ADMIN" : "tier.BASELINE");
        return policy.hasPriority() ? text("clusterPolicy.named", tier, policy.kind().kindName(), policy.name(), String.valueOf(policy.priority()))
                : text("clusterPolicy.namedNoPriority", tier, policy.kind().kindName(), policy.name());
    }

    /** Where a cluster-wide policy is walked: "Admin tier, priority 3". */
    static String clusterPolicyPlace(AdminPolicy policy) {
        String tier = text(policy.tier() == AdminPolicy.Tier.ADMIN ? "tier.ADMIN" : "tier.BASELINE");
        return policy.hasPriority() ? text("details.clusterPolicy.place", tier, String.valueOf(policy.priority()))
                : text("details.clusterPolicy.placeLast", tier);
    }

    static String grouping(Grouping grouping) {
        return text(switch (grouping) {
            case NODE -> "grouping.NODE";
            case NAMESPACE -> "grouping.NAMESPACE";
        });
    }

    static String level(MatrixViewModel.Level level) {
        return text(switch (level) {
            case NAMESPACES -> "matrix.NAMESPACES";
            case WORKLOADS -> "matrix.WORKLOADS";
        });
    }

    /** A pair's verdict in a few words: allowed, partly allowed, blocked, cannot be judged. */
    static String pairVerdict(PairVerdict verdict) {
        return text(switch (verdict) {
            case ALLOWED -> "pair.ALLOWED";
            case PARTIAL -> "pair.PARTIAL";
            case BLOCKED -> "pair.BLOCKED";
            case UNKNOWN -> "pair.UNKNOWN";
        });
    }

    static String format(ExportViewModel.Format format) {
        return text(switch (format) {
            case PNG -> "export.PNG";
            case PNG_2X -> "export.PNG_2X";
            case SVG -> "export.SVG";
        });
    }

    static String enforcement(PolicyEnforcement enforcement) {
        return text(switch (enforcement) {
            case ENFORCED -> "enforcement.ENFORCED";
            case NOT_ENFORCED -> "enforcement.NOT_ENFORCED";
            case UNKNOWN -> "enforcement.UNKNOWN";
        });
    }

    static String labelProblem(LabelFilterException e) {
        return text(switch (e.problem()) {
            case UNBALANCED_PARENTHESES -> "filter.labels.UNBALANCED_PARENTHESES";
            case EMPTY_REQUIREMENT -> "filter.labels.EMPTY_REQUIREMENT";
            case BAD_KEY -> "filter.labels.BAD_KEY";
            case BAD_VALUE -> "filter.labels.BAD_VALUE";
        }, e.part());
    }

    /** A source in a few words: "demo", a file or folder (and how many more), a context. */
    static String source(ClusterSource source) {
        if (source instanceof ClusterSource.Demo) {
            return text("source.demo");
        }
        if (source instanceof ClusterSource.Manifests m) {
            return m.paths().size() == 1 ? text("source.manifests", name(m.paths().get(0)))
                    : text("source.manifestsMore", name(m.paths().get(0)), m.paths().size() - 1);
        }
        if (source instanceof ClusterSource.Snapshot s) {
            return text("source.snapshot", name(s.file()));
        }
        return text("source.context", ((ClusterSource.Kubeconfig) source).context());
    }

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** What may be opened: every or no connection in words, else the protocols and ports as the engine writes them. */
    static String connections(ConnectionSet allowed) {
        if (allowed.isAll()) {
            return text("connections.all");
        }
        return allowed.isEmpty() ? text("connections.none") : allowed.toString();
    }

    /** One warning of the status bar in a line. */
    static String warning(StatusWarning w) {
        String examples = w.count() > w.examples().size() && !w.examples().isEmpty()
                ? text("warning.examplesMore", String.join(", ", w.examples())) : String.join(", ", w.examples());
        String detail = Messages.text(w.reason());
        String subject = Messages.text(w.subject());
        return switch (w.kind()) {
            case POLICY_NOT_ENFORCED -> text("warning.notEnforced", subject, detail);
            case SOURCE_GAP -> examples.isEmpty() ? text("warning.gap", subject, detail)
                    : text("warning.gapIn", subject, examples, detail);
            case SOURCE_WARNING -> text("warning.source", detail);
            case HOST_NETWORK -> text("warning.hostNetwork", w.count(), examples);
            case PORT_CONFLICT -> text("warning.portConflict", subject, detail, examples);
            case SERVICE_UNREACHABLE -> text("warning.service", subject, detail);
        };
    }

    /** Shows the values of a choice box in words; the box is never typed in. */
    static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
