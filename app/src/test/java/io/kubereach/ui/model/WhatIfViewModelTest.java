package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diff.ChangeKind;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.model.WorkloadRef;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.text.Language;
import io.kubereach.whatif.PolicyTemplate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A what-if session on the demo")
class WhatIfViewModelTest {

    private static final String NIGHTLY = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "Job", "nightly-report-28735140"));
    private static final String REDIS_POLICY = "NetworkPolicy default/test-network-policy";

    /** An AdminNetworkPolicy denying every ingress into the monitoring namespace. */
    static final String DENY_INTO_MONITORING = """
                apiVersion: policy.networking.k8s.io/v1alpha1
                kind: AdminNetworkPolicy
                metadata: {name: deny-into-monitoring}
                spec:
                  priority: 10
                  subject:
                    namespaces:
                      matchLabels: {kubernetes.io/metadata.name: monitoring}
                  ingress:
                  - name: deny-all
                    action: Deny
                    from:
                    - namespaces: {}
                """;

    private AppViewModel app;
    private WhatIfViewModel whatIf;

    @BeforeEach
    void open() {
        Messages.use(Language.ENGLISH);
        app = Workspaces.demoApp();
        whatIf = app.whatIf();
    }

    @AfterEach
    void back() {
        Messages.use(Language.system());
    }

    private WhatIfPolicy policy(String name) {
        return whatIf.policies().stream().filter(p -> p.key().toString().equals(name)).findFirst().orElseThrow();
    }

    /** The demo's redis policy admitting the nightly report job (role: batch) too. */
    private String admittingNightly() {
        return policy(REDIS_POLICY).text().replace("role: frontend", "role: frontend\n    - podSelector:\n        matchLabels:\n          role: batch");
    }

    @Test
    @DisplayName("a keystroke replaces only the edited policy in the listing; the others stay the very same entries; an added policy is listed")
    void keystrokeReplacesOnlyTheEditedPolicy() {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        java.util.List<WhatIfPolicy> before = java.util.List.copyOf(whatIf.policies());
        java.util.List<String> changes = new java.util.ArrayList<>();
        whatIf.policies().addListener((javafx.collections.ListChangeListener<WhatIfPolicy>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ") + c.getFrom() + "-" + c.getTo());
            }
        });

        whatIf.type(admittingNightly());

        int edited = before.indexOf(before.stream().filter(p -> p.key().toString().equals(REDIS_POLICY)).findFirst().orElseThrow());
        assertThat(changes).containsExactly("replaced " + edited + "-" + (edited + 1));
        assertThat(whatIf.policies().get(edited).state()).isEqualTo(WhatIfPolicy.State.EDITED);
        for (int i = 0; i < before.size(); i++) {
            if (i != edited) {
                assertThat(whatIf.policies().get(i)).isSameAs(before.get(i));
            }
        }

        whatIf.add(PolicyTemplate.DEFAULT_DENY, "default");
        assertThat(whatIf.policies()).hasSize(before.size() + 1);
        assertThat(whatIf.policies()).filteredOn(p -> p.state() == WhatIfPolicy.State.ADDED).hasSize(1);
    }

    @Test
    @DisplayName("lists every policy of the cluster, unchanged, and judges nothing while there is no edit")
    void startsWithTheClusterAsItIs() {
        assertThat(whatIf.policies()).isNotEmpty().allSatisfy(p -> assertThat(p.state()).isEqualTo(WhatIfPolicy.State.UNCHANGED));
        assertThat(whatIf.policies()).extracting(p -> p.key().toString()).contains(REDIS_POLICY);
        assertThat(whatIf.judgementProperty().get()).isEmpty();
        assertThat(whatIf.nextUndoProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("editing test-network-policy to admit the nightly report turns exactly that line from blocked to allowed")
    void editAdmitsNightlyReport() {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        String edited = admittingNightly();
        assertThat(edited).isNotEqualTo(policy(REDIS_POLICY).text());
        whatIf.type(edited);

        assertThat(whatIf.problemProperty().get()).isEmpty();
        assertThat(policy(REDIS_POLICY).state()).isEqualTo(WhatIfPolicy.State.EDITED);
        assertThat(whatIf.changes()).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo(NIGHTLY);
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(c.before().orElseThrow().verdict()).isNotEqualTo(c.after().orElseThrow().verdict());
        });
        assertThat(whatIf.summaryProperty().get()).isEqualTo("+1 allowed, \u22120 blocked, 0 changed");
        assertThat(whatIf.judgementProperty().get().orElseThrow().touched()).as("only redis is judged again").hasSize(1);
    }

    @Test
    @DisplayName("a text that does not read shows the problem at its line in the UI's language, and keeps the last valid version applied")
    void invalidTextShowsTheLine() {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        whatIf.type(admittingNightly());
        whatIf.type(admittingNightly() + "  bad: [unclosed\n");

        var problem = whatIf.problemProperty().get().orElseThrow();
        assertThat(problem.line()).isPresent();
        assertThat(problem.line().getAsInt()).isGreaterThan(10);
        assertThat(Messages.text(problem.message())).contains("YAML").contains("line");
        assertThat(whatIf.changes()).hasSize(1);

        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(Messages.text(problem.message())).contains("行");
    }

    @Test
    @DisplayName("a valid YAML that is not a policy, or a policy the API server would refuse, is an error naming it")
    void notAPolicyIsAnError() {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        whatIf.type("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: default}\n");
        assertThat(Messages.text(whatIf.problemProperty().get().orElseThrow().message())).contains("ConfigMap").contains("not a policy");
        whatIf.type(policy(REDIS_POLICY).text().replace("172.17.0.0/16", "172.17.0.0/99"));
        assertThat(Messages.text(whatIf.problemProperty().get().orElseThrow().message())).contains("test-network-policy");
        assertThat(whatIf.editsProperty().get().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("undo takes back a run of typing in one step and redo takes it again; a new edit clears redo")
    void undoAndRedo() {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        String original = policy(REDIS_POLICY).text();
        whatIf.type(admittingNightly());
        whatIf.type(admittingNightly().replace("6379", "6380"));
        assertThat(whatIf.nextUndoProperty().get().orElseThrow().kind()).isEqualTo(WhatIfStep.Kind.EDIT);

        whatIf.undo();
        assertThat(whatIf.editsProperty().get().isEmpty()).isTrue();
        assertThat(whatIf.textProperty().get()).isEqualTo(original);
        assertThat(whatIf.changes()).isEmpty();
        assertThat(whatIf.nextUndoProperty().get()).isEmpty();

        whatIf.redo();
        assertThat(whatIf.textProperty().get()).contains("6380").contains("batch");
        assertThat(policy(REDIS_POLICY).state()).isEqualTo(WhatIfPolicy.State.EDITED);

        whatIf.undo();
        whatIf.add(PolicyTemplate.DEFAULT_DENY, "default");
        assertThat(whatIf.nextRedoProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("adding a default-deny policy blocks lines; deleting it again (or undoing) brings the cluster back")
    void addAndDelete() {
        whatIf.add(PolicyTemplate.DEFAULT_DENY, "shop");
        WhatIfPolicy added = whatIf.selectedProperty().get().orElseThrow();
        assertThat(added.state()).isEqualTo(WhatIfPolicy.State.ADDED);
        assertThat(whatIf.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isIn(ChangeKind.REMOVED, ChangeKind.CHANGED));

        whatIf.delete(added);
        assertThat(whatIf.policies()).noneMatch(p -> p.state() == WhatIfPolicy.State.ADDED);
        assertThat(whatIf.changes()).isEmpty();
        whatIf.undo();
        assertThat(whatIf.policies()).anyMatch(p -> p.state() == WhatIfPolicy.State.ADDED);
    }

    @Test
    @DisplayName("deleting a cluster policy marks it deleted and opens what it isolated; every template reads as a policy")
    void deleteClusterPolicyAndTemplates() {
        whatIf.delete(policy(REDIS_POLICY));
        assertThat(policy(REDIS_POLICY).state()).isEqualTo(WhatIfPolicy.State.DELETED);
        assertThat(whatIf.changes()).anyMatch(c -> c.sourceId().equals(NIGHTLY) && c.kind() == ChangeKind.ADDED);
        whatIf.clear();
        for (PolicyTemplate t : PolicyTemplate.values()) {
            whatIf.add(t, "default");
            assertThat(whatIf.selectedProperty().get()).as(t.name()).isPresent();
        }
        assertThat(whatIf.policies()).filteredOn(p -> p.state() == WhatIfPolicy.State.ADDED).hasSize(PolicyTemplate.values().length);
    }

    @Test
    @DisplayName("a copy of a policy is a new policy of another name that changes nothing on its own")
    void copyChangesNothing() {
        whatIf.copy(policy(REDIS_POLICY));
        WhatIfPolicy copy = whatIf.selectedProperty().get().orElseThrow();
        assertThat(copy.key().name()).isEqualTo("test-network-policy-copy");
        assertThat(whatIf.changes()).isEmpty();
        assertThat(whatIf.summaryProperty().get()).isEqualTo("No line changes");
    }

    @Test
    @DisplayName("the edits stay when the cluster is read again, applied to the new snapshot")
    void editsSurviveARefresh() {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        whatIf.type(admittingNightly());
        app.workspace().refresh();
        assertThat(policy(REDIS_POLICY).state()).isEqualTo(WhatIfPolicy.State.EDITED);
        assertThat(whatIf.changes()).extracting(TrafficChanges.EdgeChange::edgeId)
                .containsExactly(GraphEdge.Traffic.idOf(NIGHTLY, whatIf.changes().get(0).targetId()));
    }

    @Test
    @DisplayName("what would allow the blocked nightly report to redis: a proposal shown as a what-if that allows that line alone")
    void proposalAdmitsExactlyTheLine() {
        String redis = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "StatefulSet", "redis"));
        WhatIfLine before = whatIf.line(NIGHTLY, redis).orElseThrow();
        assertThat(before.blockedAfter()).isTrue();
        assertThat(before.admittedBy()).isEmpty();

        whatIf.proposeFor(NIGHTLY, redis);
        assertThat(whatIf.nextUndoProperty().get().orElseThrow().kind()).isEqualTo(WhatIfStep.Kind.PROPOSAL);
        assertThat(whatIf.changes()).singleElement().satisfies(c -> {
            assertThat(c.edgeId()).isEqualTo(GraphEdge.Traffic.idOf(NIGHTLY, redis));
            assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
        });
        WhatIfLine after = whatIf.line(NIGHTLY, redis).orElseThrow();
        assertThat(after.blockedAfter()).isFalse();
        assertThat(after.before()).isNotEqualTo(after.after());
        assertThat(after.beforeReasons()).isNotEmpty();
        assertThat(after.admittedBy()).anySatisfy(r -> assertThat(r).contains("test-network-policy").contains("ingress"));

        whatIf.undo();
        assertThat(whatIf.changes()).isEmpty();
    }

    @Test
    @DisplayName("saves one kubectl-ready manifest per edited policy and a patch summary, and the files read back as the edit")
    void savesManifests(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        whatIf.select(Optional.of(policy(REDIS_POLICY)));
        whatIf.type(admittingNightly());
        whatIf.delete(policy("NetworkPolicy " + whatIf.policies().stream().filter(p -> !p.key().toString().equals(REDIS_POLICY)
                && p.key().kind().equals("NetworkPolicy")).findFirst().orElseThrow().key().toString().substring("NetworkPolicy ".length())));
        java.util.List<java.nio.file.Path> files = whatIf.save(dir);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("networkpolicy-default-test-network-policy.yaml", "what-if-summary.md");
        io.kubereach.model.ClusterSnapshot read = new io.kubereach.source.ManifestSource().read(files.get(0));
        assertThat(read.policies()).singleElement().satisfies(p -> assertThat(p.ingress().get(0).peers()).hasSize(4));
        String summary = java.nio.file.Files.readString(files.get(1));
        assertThat(summary).contains("edited NetworkPolicy default/test-network-policy").contains("kubectl delete networkpolicy -n")
                .contains("allowed");
    }

    @Test
    @DisplayName("renaming a policy onto the name of another is refused with both names, nothing applied")
    void renameOntoAnotherIsRefused() {
        WhatIfPolicy other = whatIf.policies().stream().filter(p -> !p.key().toString().equals(REDIS_POLICY)).findFirst().orElseThrow();
        whatIf.select(Optional.of(other));
        whatIf.type(policy(REDIS_POLICY).text());
        assertThat(Messages.text(whatIf.problemProperty().get().orElseThrow().message()))
                .contains(other.key().toString()).contains("test-network-policy");
        assertThat(whatIf.editsProperty().get().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("an AdminNetworkPolicy is edited like a NetworkPolicy: a Deny rule into monitoring blocks lines, undo brings them back")
    void adminPolicyEdit() {
        whatIf.add(PolicyTemplate.BLANK_ADMIN_NETWORK_POLICY, "default");
        assertThat(whatIf.changes()).isEmpty();
        whatIf.type(DENY_INTO_MONITORING);
        assertThat(whatIf.problemProperty().get()).isEmpty();
        assertThat(whatIf.selectedProperty().get().orElseThrow().key().toString()).isEqualTo("AdminNetworkPolicy deny-into-monitoring");
        assertThat(whatIf.changes()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED);
            assertThat(c.targetId()).contains("monitoring/");
        });
        whatIf.undo();
        assertThat(whatIf.changes()).isEmpty();
    }

    @Test
    @DisplayName("a CiliumNetworkPolicy is a kind like the others: added as YAML, listed under its kind, judged, saved under its kind's file name")
    void ciliumPolicy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        whatIf.add(PolicyTemplate.BLANK_NETWORK_POLICY, "default");
        whatIf.type("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: only-own-namespace, namespace: default}
                spec:
                  endpointSelector: {}
                  ingress:
                  - fromEndpoints:
                    - {}
                """);
        assertThat(whatIf.problemProperty().get()).isEmpty();
        WhatIfPolicy cilium = whatIf.selectedProperty().get().orElseThrow();
        assertThat(cilium.key().toString()).isEqualTo("CiliumNetworkPolicy default/only-own-namespace");
        assertThat(cilium.state()).isEqualTo(WhatIfPolicy.State.ADDED);
        assertThat(whatIf.judgementProperty().get()).isPresent();
        assertThat(whatIf.summaryProperty().get()).isNotEmpty();
        assertThat(whatIf.save(dir)).extracting(f -> f.getFileName().toString()).contains("ciliumnetworkpolicy-default-only-own-namespace.yaml");
    }
}
