package io.kubereach.ui.view;

import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The right panel: the details of the selection, drawn by one pane per kind (traffic, pod,
 * workload, Service, policy, anything else); a hint when nothing is selected, and a way back
 * after following a link. During a what-if, the edited cluster's details under what the edits
 * change. Details that take a moment to work out (a cold click at 10,000 pods) are announced
 * with a progress line, the details before faded under it.
 */
final class DetailsView extends ScrollPane {

    private final AppViewModel vm;
    private final VBox content = new VBox(10);
    /** How long details may take before the progress line shows: a quick answer never flickers. */
    static final javafx.util.Duration PATIENCE = javafx.util.Duration.millis(250);

    DetailsView(AppViewModel vm, ViewScope scope) {
        this.vm = vm;
        content.setPadding(new Insets(12));
        content.setFillWidth(true);
        setContent(new VBox(busyLine(vm, scope), content));
        setFitToWidth(true);
        // long names and labels wrap (at spaces and dashes, chips at their boundaries): the details never scroll sideways
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(400);
        setMinWidth(260);
        setId("details");
        getStyleClass().add("details");
        scope.showNow(vm.selection().detailsProperty(), (obs, old, now) -> show(now));
        // an edit that leaves the details as they were still changes what the what-if says about them
        scope.listenNow(vm.selection().whatIfProperty(), (obs, old, now) -> show(vm.selection().detailsProperty().get()));
        scope.listen(vm.exposure().exposedProperty(), (obs, old, now) -> show(vm.selection().detailsProperty().get()));
    }

    /** "Working out the details…" with a spinner, shown while the details take longer than {@link #PATIENCE}. */
    private javafx.scene.layout.HBox busyLine(AppViewModel vm, ViewScope scope) {
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator(-1);
        spinner.setPrefSize(16, 16);
        javafx.scene.control.Label words = scope.texted(new javafx.scene.control.Label(), "details.working");
        words.getStyleClass().add("text-muted");
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(8, spinner, words);
        line.setId("details-working");
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.setPadding(new Insets(12, 12, 0, 12));
        line.managedProperty().bind(line.visibleProperty());
        line.setVisible(false);
        javafx.animation.PauseTransition patience = new javafx.animation.PauseTransition(PATIENCE);
        patience.setOnFinished(e -> {
            content.setOpacity(0.45);
            line.setVisible(true);
        });
        scope.listenNow(vm.selection().busyProperty(), (obs, old, now) -> {
            if (now) {
                patience.playFromStart();
            } else {
                patience.stop();
                line.setVisible(false);
                content.setOpacity(1);
            }
        });
        return line;
    }

    private void show(Details details) {
        DetailSections sections = new DetailSections(vm.languageProperty().get());
        content.getChildren().clear();
        if (vm.selection().canGoBack()) {
            Hyperlink back = DetailSections.link("← " + Words.text("details.back"), () -> vm.selection().back());
            back.setId("details-back");
            content.getChildren().add(back);
        }
        vm.selection().whatIfProperty().get().ifPresent(w -> content.getChildren().add(WhatIfDetails.of(vm, w)));
        ExposureNote.of(vm, details).ifPresent(content.getChildren()::add);
        content.getChildren().add(pane(details, sections));
    }

    private Node pane(Details details, DetailSections sections) {
        if (details instanceof Details.Traffic t) {
            return new TrafficDetailsPane(vm, t, sections);
        }
        if (details instanceof Details.ExposureInfo x) {
            return new ExposurePane(vm, x);
        }
        if (details instanceof Details.Answer a) {
            return new AnswerDetailsPane(a, vm.languageProperty().get());
        }
        if (details instanceof Details.NamespacePair n) {
            return new NamespacePairPane(vm, n);
        }
        if (details instanceof Details.Aggregate a) {
            return TrafficDetailsPane.aggregate(a);
        }
        if (details instanceof Details.PodInfo p) {
            return new PodDetailsPane(vm, p, sections);
        }
        if (details instanceof Details.WorkloadInfo w) {
            return PodDetailsPane.workload(vm, w);
        }
        if (details instanceof Details.ServiceInfo s) {
            return new ServiceDetailsPane(vm, s, sections);
        }
        if (details instanceof Details.PolicyInfo p) {
            return new PolicyDetailsPane(vm, p, sections);
        }
        if (details instanceof Details.NamespaceInfo n) {
            return new NamespaceDetailsPane(vm, n);
        }
        if (details instanceof Details.ClusterPolicyInfo c) {
            return PolicyDetailsPane.cluster(vm, c, sections);
        }
        if (details instanceof Details.CniPolicyInfo c) {
            return PolicyDetailsPane.cni(vm, c, sections);
        }
        if (details instanceof Details.NodeInfo n) {
            return OtherDetailsPane.node(n, sections);
        }
        if (details instanceof Details.Other o) {
            return new OtherDetailsPane(o, sections);
        }
        if (details instanceof Details.Failed f) {
            VBox failed = new VBox(8, DetailSections.heading(Words.text("details.failed.title")),
                    DetailSections.paragraph(Words.text("details.failed.hint", f.reason())));
            failed.setId("details-failed");
            return failed;
        }
        VBox hint = new VBox(8, DetailSections.heading(Words.text("details.nothing.title")),
                DetailSections.paragraph(Words.text("details.nothing.hint")));
        hint.setId("details-nothing");
        return hint;
    }
}
