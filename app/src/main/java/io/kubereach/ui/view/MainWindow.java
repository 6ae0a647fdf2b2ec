package io.kubereach.ui.view;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.Theme;
import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menu and toolbar on top, filters on the left, the diagram and matrix tabs in
 * the centre, the details on the right, the status bar at the bottom. The views only bind to the
 * {@link AppViewModel}. They are built once; a language switch re-texts them in place
 * ({@link ViewScope#showLanguage}), so zoom, position, selection, open tab and panes stay as they are.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private final Stage stage;
    private final AppViewModel vm;
    private final WindowActions actions;
    private final Scene scene;
    private final ViewScope scope;
    private QuestionBar question;

    public MainWindow(Stage stage, AppViewModel vm, FileDialogs dialogs, KubeconfigPicker kubeconfigPicker) {
        this.stage = stage;
        this.vm = vm;
        Messages.use(vm.languageProperty().get());
        this.scope = new ViewScope(); // in the language just put in use
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] size = vm.preferences().windowSize().orElse(new double[] {Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight())});
        this.scene = new Scene(new BorderPane(), size[0], size[1]);
        this.actions = new WindowActions(vm, dialogs, stage, kubeconfigPicker);
        scene.getStylesheets().add(MainWindow.class.getResource("/io/kubereach/ui/app.css").toExternalForm());
        // Ctrl+Plus in every form: Ctrl+= and Ctrl+Shift+= (where + is), the + key of some layouts, the keypad's
        for (KeyCode plus : new KeyCode[] {KeyCode.EQUALS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(plus, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), actions::zoomIn);
        }
        for (KeyCode minus : new KeyCode[] {KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(minus, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), actions::zoomOut);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), actions::zoomToFit);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD1, KeyCombination.SHORTCUT_DOWN), actions::actualSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), actions::cancel);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> question.focusFrom());
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        vm.languageProperty().addListener((obs, old, now) -> showLanguage(now));
        stage.setScene(scene);
        scene.setRoot(build(scope));
        applyTheme(vm.themeProperty().get());
        applyFont(vm.languageProperty().get());
        stage.titleProperty().bind(scope.text("app.title"));
        PulseGaps.startIfAsked();
        vm.workspace().layoutProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends io.kubereach.diagram.DiagramLayout> value,
                    io.kubereach.diagram.DiagramLayout old, io.kubereach.diagram.DiagramLayout now) {
                value.removeListener(this); // once, when the first picture is shown
                ExportDialog.warmUp();
            }
        });
        stage.setOnHidden(e -> vm.windowResized(stage.getWidth(), stage.getHeight()));
    }

    /**
     * Opens a source, else the last one, else the demo, and shows the window: the opening starts
     * first, so that the scene drawn off screen is the one the window shows first (the opening card
     * with its progress).
     */
    public void show(Optional<ClusterSource> first) {
        vm.start(first);
        drawOffScreen();
        stage.show();
    }

    /**
     * Draws the window's scene once into an image before the window exists. The first frame on
     * screen otherwise pays, between two pulses of a window the user already sees, for rasterising
     * every glyph of its texts and for loading and compiling the renderer's code for each kind of
     * shape, clip and text in it (the pulse probe at 10,000 pods: software renderer 70–90 ms CPU and
     * about 190 classes in the first pulses, against 30–45 ms and 16–32 classes once drawn here, at
     * the screen's scale).
     */
    private void drawOffScreen() {
        Screen screen = Screen.getPrimary();
        SnapshotParameters atScreenScale = new SnapshotParameters();
        atScreenScale.setTransform(Transform.scale(screen.getOutputScaleX(), screen.getOutputScaleY()));
        scene.getRoot().snapshot(atScreenScale, null);
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(theme.isDark() ? "theme-dark" : "theme-light");
    }

    /** Shows the window in another language: the same views, re-texted in place. */
    private void showLanguage(Language language) {
        Messages.use(language);
        scope.showLanguage(language);
        applyFont(language);
    }

    private void applyFont(Language language) {
        if (language == Language.SIMPLIFIED_CHINESE) {
            CjkFont.family().ifPresent(f -> scene.getRoot().setStyle("-fx-font-family: \"" + f + "\";"));
        } else {
            scene.getRoot().setStyle("");
        }
    }

    private Parent build(ViewScope views) {
        DiagramTab diagram = new DiagramTab(vm, views);
        ToolbarView toolbar = new ToolbarView(vm, actions, views);
        actions.attach(diagram.canvas(), toolbar.searchField(), diagram::reveal);

        Tab diagramTab = views.texted(new Tab(null, diagram), "tab.diagram");
        diagramTab.setClosable(false);
        diagramTab.setId("tab-diagram");
        // the matrix is built when its tab is first selected: a start shows the diagram only
        Tab matrixTab = views.texted(new Tab(), "tab.matrix");
        matrixTab.setClosable(false);
        matrixTab.setId("tab-matrix");
        FirstUse<MatrixView> matrix = new FirstUse<>(() -> new MatrixView(vm, views));
        TabPane tabs = new TabPane(diagramTab, matrixTab);
        views.listenNow(tabs.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now == matrixTab && matrixTab.getContent() == null) {
                matrixTab.setContent(matrix.get());
            }
            vm.matrix().wantedProperty().set(now == matrixTab);
        });

        // the what-if panel opens under the diagram, so the lines it changes stay in sight
        SplitPane diagramAndWhatIf = new SplitPane(tabs);
        diagramAndWhatIf.setOrientation(javafx.geometry.Orientation.VERTICAL);
        FirstUse<WhatIfPane> whatIf = new FirstUse<>(() -> new WhatIfPane(vm, actions, views));
        views.listenNow(vm.whatIf().shownProperty(), (obs, old, on) -> {
            if (on && !diagramAndWhatIf.getItems().contains(whatIf.get())) {
                diagramAndWhatIf.getItems().add(whatIf.get());
                diagramAndWhatIf.setDividerPositions(0.5);
            } else if (!on) {
                whatIf.ifBuilt().ifPresent(diagramAndWhatIf.getItems()::remove);
            }
        });
        javafx.scene.layout.StackPane middle = new javafx.scene.layout.StackPane(diagramAndWhatIf, new OpeningPane(vm, actions, views));
        SplitPane centre = new SplitPane(new SidebarView(vm, views), middle, new DetailsView(vm, views));
        centre.setDividerPositions(0.17, 0.72);
        SplitPane.setResizableWithParent(centre.getItems().get(0), false);
        SplitPane.setResizableWithParent(centre.getItems().get(2), false);

        BorderPane root = new BorderPane(centre);
        question = new QuestionBar(vm.question(), views);
        root.setTop(new VBox(new AppMenuBar(vm, actions, views), toolbar, question));
        root.setBottom(new StatusBarView(vm, actions, views));
        root.setId("main-window");
        // sheets (the Export dialog) are shown over the window in its own scene, not in windows of their own
        javafx.scene.layout.StackPane layers = new javafx.scene.layout.StackPane(root);
        layers.setId("window-layers");
        actions.sheetsOn(layers);
        return layers;
    }

    /** The actions of the window (for tests and the launcher). */
    public WindowActions actions() {
        return actions;
    }
}
