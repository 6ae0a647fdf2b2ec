package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.whatif.PolicyTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("what would allow a line an AdminNetworkPolicy denies, in the what-if (no JavaFX thread)")
class WhatIfTierProposalTest {

    private WhatIfViewModel whatIf;

    @BeforeEach
    void open() {
        Messages.use(Language.ENGLISH);
        whatIf = Workspaces.demoApp().whatIf();
    }

    @AfterEach
    void back() {
        Messages.use(Language.system());
    }

    @Test
    @DisplayName("the proposal is an AdminNetworkPolicy before the Deny, says why, and leaves the line allowed; undo takes it back")
    void adminDenyIsProposedAgainst() {
        whatIf.add(PolicyTemplate.BLANK_ADMIN_NETWORK_POLICY, "default");
        whatIf.type(WhatIfViewModelTest.DENY_INTO_MONITORING);
        TrafficChanges.EdgeChange blocked = whatIf.changes().get(0);
        int before = whatIf.changes().size();

        whatIf.proposeFor(blocked.sourceId(), blocked.targetId());

        assertThat(Messages.text(whatIf.proposalNoteProperty().get().orElseThrow()))
                .contains("AdminNetworkPolicy deny-into-monitoring", "no NetworkPolicy can override", "priority 9");
        assertThat(whatIf.policies()).anySatisfy(p -> {
            assertThat(p.key().toString()).startsWith("AdminNetworkPolicy allow-");
            assertThat(p.state()).isEqualTo(WhatIfPolicy.State.ADDED);
        });
        assertThat(whatIf.line(blocked.sourceId(), blocked.targetId()).orElseThrow().after()).hasValue(PairVerdict.ALLOWED);
        assertThat(whatIf.changes()).as("that line is no longer a change against the cluster as it is").hasSize(before - 1);
        whatIf.undo();
        assertThat(whatIf.line(blocked.sourceId(), blocked.targetId()).orElseThrow().after()).hasValue(PairVerdict.BLOCKED);
    }
}
