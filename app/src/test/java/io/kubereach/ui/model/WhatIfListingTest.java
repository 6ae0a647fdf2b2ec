package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.whatif.PolicyEdits;
import java.util.Optional;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The what-if's list of policies")
class WhatIfListingTest {

    private final ClusterSnapshot demo = Workspaces.demoApp().workspace().analysisProperty().get().snapshot();

    @Test
    @DisplayName("lists a new cluster's policies only when the list is next asked for, in the same list the panel shows")
    void listsWhenAskedFor() {
        WhatIfListing listing = new WhatIfListing();
        ObservableList<WhatIfPolicy> shown = listing.policies();

        listing.update(Optional.of(demo), PolicyEdits.NONE);

        assertThat(shown).as("not listed with the picture").isEmpty();
        assertThat(listing.policies()).isSameAs(shown);
        assertThat(shown).hasSize(io.kubereach.whatif.PolicyKinds.existing(demo).size()).isNotEmpty();
    }

    @Test
    @DisplayName("lists only the last of several changes made before it is asked for")
    void listsTheLastChange() {
        WhatIfListing listing = new WhatIfListing();
        listing.update(Optional.of(demo), PolicyEdits.NONE);
        listing.update(Optional.empty(), PolicyEdits.NONE);

        assertThat(listing.policies()).isEmpty();
    }
}
