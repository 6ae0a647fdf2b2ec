package io.kubereach.ui.view;

import io.kubereach.ui.model.Activity;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.ReopenOffer;
import io.kubereach.ui.model.WorkspaceViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Over the diagram and matrix while no cluster is shown: what is being opened, by its real name,
 * the step it is at with its progress, and a way to stop it; or, instead of opening unasked a
 * source that took long last time (or whose opening was cancelled), the offer to open it or the
 * demo.
 */
final class OpeningPane extends StackPane {

    private final VBox opening = new VBox(10);
    private final VBox offer = new VBox(10);

    OpeningPane(AppViewModel vm, WindowActions actions, ViewScope scope) {
        WorkspaceViewModel workspace = vm.workspace();
        Activity activity = vm.activity();

        Label title = DetailSections.heading("");
        title.setId("opening-title");
        Label step = new Label();
        step.setId("opening-step");
        ProgressBar progress = new BusyBar(activity.progressProperty(), activity.runningProperty(), scope);
        progress.setPrefWidth(320);
        progress.setId("opening-progress");
        Button cancel = new Button(Words.text("statusbar.cancel"));
        cancel.setId("opening-cancel");
        cancel.setOnAction(e -> actions.cancel());
        opening.getChildren().addAll(title, step, progress, cancel);
        opening.setId("opening");

        Label question = DetailSections.heading("");
        question.setId("offer-title");
        Label why = DetailSections.paragraph("");
        why.setId("offer-why");
        Button open = new Button(Words.text("opening.offer.open"));
        open.setId("offer-open");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> workspace.acceptOffer());
        Button demo = new Button(Words.text("opening.offer.demo"));
        demo.setId("offer-demo");
        demo.setOnAction(e -> workspace.declineOffer());
        offer.getChildren().addAll(question, why, new HBox(8, open, demo));
        offer.setId("offer");

        for (VBox card : new VBox[] {opening, offer}) {
            card.setAlignment(Pos.CENTER_LEFT);
            card.setMaxSize(460, USE_PREF_SIZE);
            card.getStyleClass().add("opening-card");
        }
        getChildren().addAll(opening, offer);
        getStyleClass().add("opening-pane");
        setId("opening-pane");

        Runnable update = () -> {
            boolean nothingShown = workspace.analysisProperty().get() == null;
            boolean isOpening = nothingShown && workspace.openingProperty().get().isPresent();
            workspace.openingProperty().get().ifPresent(s -> title.setText(Words.text("opening.title", Words.source(s))));
            workspace.offerProperty().get().ifPresent(o -> {
                question.setText(Words.text("opening.offer.title", Words.source(o.source())));
                why.setText(reason(o));
            });
            boolean isOffered = workspace.offerProperty().get().isPresent() && !isOpening;
            opening.setVisible(isOpening);
            offer.setVisible(isOffered);
            setVisible(isOpening || isOffered);
        };
        scope.listenNow(workspace.openingProperty(), (obs, old, now) -> update.run());
        scope.listen(workspace.offerProperty(), (obs, old, now) -> update.run());
        scope.listen(workspace.analysisProperty(), (obs, old, now) -> update.run());
        scope.listenNow(activity.stepProperty(), (obs, old, now) -> step.setText(Words.step(now)));
    }

    private static String reason(ReopenOffer o) {
        return o.lastTime().map(cost -> Words.text("opening.offer.slow", Math.round(cost.millis() / 1000.0), cost.pods()))
                .orElse(Words.text("opening.offer.cancelled"));
    }
}
