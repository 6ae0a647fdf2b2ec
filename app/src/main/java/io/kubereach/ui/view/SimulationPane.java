package io.kubereach.ui.view;

import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.proxy.BackendLoad;
import io.kubereach.proxy.IpvsScheduler;
import io.kubereach.proxy.ProxyMode;
import io.kubereach.proxy.SimulationResult;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.SimulationViewModel;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The load-balancing simulation of a Service: choose a client, a port, the proxy mode (iptables,
 * ipvs with a scheduler, nftables) and a number of connections; a bar per backend shows how many
 * kube-proxy sent there, green for those policy lets through and red for those it drops.
 */
final class SimulationPane extends VBox {

    /** Held by the pane, so the weak listener lives exactly as long as it. */
    private final javafx.beans.value.ChangeListener<SimulationResult> onResult;

    SimulationPane(AppViewModel vm, Service service) {
        super(6);
        setId("simulation");
        SimulationViewModel sim = vm.simulation();
        sim.prepare(service);
        getChildren().add(DetailSections.section(Words.text("simulation.title")));
        getChildren().add(DetailSections.muted(Words.text("simulation.hint")));

        ComboBox<SimulationViewModel.Client> client = new ComboBox<>(sim.clients());
        client.valueProperty().bindBidirectional(sim.clientProperty());
        client.setMaxWidth(Double.MAX_VALUE);
        ComboBox<ServicePort> port = new ComboBox<>(sim.ports());
        port.valueProperty().bindBidirectional(sim.portProperty());
        port.setConverter(Words.converter(p -> p.portProtocol() + (p.name().isEmpty() ? "" : " (" + p.name() + ")")));
        ComboBox<ProxyMode> mode = new ComboBox<>(FXCollections.observableArrayList(ProxyMode.values()));
        mode.valueProperty().bindBidirectional(sim.modeProperty());
        mode.setConverter(Words.converter(ProxyMode::word));
        mode.setId("simulation-mode");
        ComboBox<IpvsScheduler> scheduler = new ComboBox<>(FXCollections.observableArrayList(IpvsScheduler.values()));
        scheduler.valueProperty().bindBidirectional(sim.schedulerProperty());
        scheduler.setConverter(Words.converter(IpvsScheduler::word));
        scheduler.disableProperty().bind(sim.modeProperty().isNotEqualTo(ProxyMode.IPVS));
        Spinner<Integer> connections = new Spinner<>(1, 1_000_000, sim.connectionsProperty().get(), 100);
        connections.setEditable(true);
        connections.valueProperty().addListener((obs, old, now) -> sim.connectionsProperty().set(now));
        connections.setPrefWidth(110);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        form.addRow(0, label("simulation.client"), client);
        form.addRow(1, label("simulation.port"), port);
        form.addRow(2, label("simulation.mode"), mode);
        form.addRow(3, label("simulation.scheduler"), scheduler);
        form.addRow(4, label("simulation.connections"), connections);
        Button run = new Button(Words.text("simulation.run"));
        run.setId("simulate");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> sim.run());
        HBox actions = new HBox(8, run);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(form, actions);

        VBox result = new VBox(4);
        Label problem = DetailSections.warning("");
        problem.textProperty().bind(sim.problemProperty());
        problem.visibleProperty().bind(sim.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(problem, result);
        onResult = (obs, old, now) -> show(now, result);
        sim.resultProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onResult));
    }

    private static Label label(String key) {
        Label l = new Label(Words.text(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static void show(SimulationResult result, VBox into) {
        into.getChildren().clear();
        if (result == null) {
            return;
        }
        into.getChildren().add(DetailSections.muted(Words.text("simulation.header", result.header().settings().mode().word(),
                result.header().settings().scheduler().map(s -> s.word()).orElse(Words.text("simulation.noScheduler")),
                result.header().affinityWord())));
        // horizontal bars: one row per backend, its name on the left, allowed then dropped connections
        NumberAxis x = new NumberAxis();
        x.setLabel(Words.text("simulation.axis"));
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        StackedBarChart<Number, String> chart = new StackedBarChart<>(x, y);
        chart.setId("simulation-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(90 + 42 * result.rows().size());
        chart.setCategoryGap(10);
        XYChart.Series<Number, String> allowed = new XYChart.Series<>();
        allowed.setName(Words.text("simulation.allowed"));
        XYChart.Series<Number, String> denied = new XYChart.Series<>();
        denied.setName(Words.text("simulation.denied"));
        for (BackendLoad row : result.rows()) {
            String name = shortName(row.backend().peer().toString());
            allowed.getData().add(new XYChart.Data<>(row.allowed(), name));
            denied.getData().add(new XYChart.Data<>(row.denied(), name));
        }
        chart.getData().add(allowed);
        chart.getData().add(denied);
        chart.getStyleClass().add("simulation-chart");
        into.getChildren().add(chart);
        for (BackendLoad row : result.rows()) {
            into.getChildren().add(DetailSections.paragraph(Words.text("simulation.row", row.backend().peer().toString(),
                    row.connections(), row.allowed(), row.denied())));
        }
        Label failed = DetailSections.paragraph(Words.text("simulation.failed", result.failed(), result.header().connections()));
        if (result.failed() > 0) {
            failed.getStyleClass().add("details-warning");
        }
        into.getChildren().add(failed);
        result.noteMessages().forEach(n -> into.getChildren().add(DetailSections.muted(Messages.text(n))));
    }

    /** A backend's name short enough for the chart: without its namespace, and its end kept when long. */
    static String shortName(String peer) {
        String name = peer.contains("/") ? peer.substring(peer.indexOf('/') + 1) : peer;
        return name.length() <= 24 ? name : "…" + name.substring(name.length() - 23);
    }
}
