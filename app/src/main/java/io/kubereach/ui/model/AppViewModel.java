package io.kubereach.ui.model;

import io.kubereach.text.Language;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.Theme;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.JobRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The whole window's state, one view model per panel, wired together: the workspace (source,
 * analysis, picture), the filter, the selection and its details, search, matrix, simulation,
 * export and status; plus the theme and the language, remembered between runs.
 */
public final class AppViewModel {

    private final AppPreferences preferences;
    private final Activity activity = new Activity();
    private final WorkspaceViewModel workspace;
    private final FilterViewModel filter;
    private final SelectionViewModel selection;
    private final QuestionViewModel question;
    private final SearchViewModel search;
    private final MatrixViewModel matrix;
    private final SimulationViewModel simulation;
    private final ExportViewModel export;
    private final StatusViewModel status;
    private final WhatIfViewModel whatIf;
    private final ExposureLayer exposure;
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Language> language;

    public AppViewModel(SourceLoader loader, JobRunner runner, AppPreferences preferences) {
        this.preferences = preferences;
        this.workspace = new WorkspaceViewModel(loader, runner, preferences, activity);
        this.filter = new FilterViewModel(workspace);
        this.whatIf = new WhatIfViewModel(workspace, runner);
        this.selection = new SelectionViewModel(workspace, whatIf.judgementProperty(), whatIf.marked(), runner);
        this.question = new QuestionViewModel(workspace, selection);
        this.search = new SearchViewModel(workspace);
        this.matrix = new MatrixViewModel(workspace, selection, runner, activity);
        this.simulation = new SimulationViewModel(workspace, runner);
        this.status = new StatusViewModel(workspace);
        this.exposure = new ExposureLayer(workspace, runner);
        this.export = new ExportViewModel(workspace, selection, exposure, whatIf.judgementProperty(), preferences, runner, activity);
        this.theme = new SimpleObjectProperty<>(this, "theme", preferences.theme());
        this.language = workspace.languageProperty();
        language.set(preferences.language().orElse(Language.system()));
        theme.addListener((obs, old, now) -> preferences.rememberTheme(now));
    }

    /** Opens a source, else the last one, else the demo. */
    public void start(java.util.Optional<io.kubereach.ui.source.ClusterSource> first) {
        workspace.start(first);
    }

    /** Switches the language (and remembers the choice). */
    public void chooseLanguage(Language chosen) {
        preferences.rememberLanguage(chosen);
        language.set(chosen);
    }

    /** Remembers the window size. */
    public void windowResized(double width, double height) {
        preferences.rememberWindowSize(width, height);
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public Activity activity() {
        return activity;
    }

    /** The exposure layer: marks on the exposed workloads' boxes, on or off. */
    public ExposureLayer exposure() {
        return exposure;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public FilterViewModel filter() {
        return filter;
    }

    public SelectionViewModel selection() {
        return selection;
    }

    public QuestionViewModel question() {
        return question;
    }

    public SearchViewModel search() {
        return search;
    }

    public MatrixViewModel matrix() {
        return matrix;
    }

    public SimulationViewModel simulation() {
        return simulation;
    }

    public ExportViewModel export() {
        return export;
    }

    public StatusViewModel status() {
        return status;
    }

    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    /** The theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The language of every text; follows the system until one is chosen. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
