package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("can-reach: batches that answer every line they can, named ports, bare names")
class CanReachBatchTest {

    @TempDir
    Path dir;

    @BeforeEach
    void cluster() throws Exception {
        Files.writeString(dir.resolve("app.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: client, labels: {role: client}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: web}}
                spec: {containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress: [{from: [{podSelector: {matchLabels: {role: client}}}], ports: [{port: http}]}]
                """);
    }

    @Test
    @DisplayName("--batch answers every line it can and prints 'error: REASON' for the others, exit 2 after all answers")
    void batchAnswersWhatItCan() throws Exception {
        Path batch = Files.writeString(dir.resolve("questions.txt"), """
                # client to web
                client web 8080
                client nowhere 80
                client web
                client svc:web http
                web client 80
                """);

        Cli.Run run = Cli.run("can-reach", "-i", dir.toString(), "--batch", batch.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly(
                "client web 8080/TCP allowed",
                "client nowhere 80 error: no pod or workload default/nowhere in " + dir + " (write NAMESPACE/NAME, svc:NAMESPACE/NAME,"
                        + " an IP address or a CIDR)",
                "client web error: " + batch + " line 4: expected FROM TO PORT[/PROTO]",
                "client svc:web http/TCP allowed",
                "web client 80/TCP allowed");
    }

    @Test
    @DisplayName("a batch whose every line is answered keeps the usual exit codes: 1 when one is not allowed")
    void batchWithoutErrors() throws Exception {
        Path batch = Files.writeString(dir.resolve("questions.txt"), "client web http\nweb client 80\nweb web 9999\n");

        Cli.Run run = Cli.run("can-reach", "-i", dir.toString(), "--batch", batch.toString());

        assertThat(run.out()).isEqualTo("client web http/TCP allowed\nweb client 80/TCP allowed\nweb web 9999/TCP allowed\n");
        assertThat(run.exitCode()).isZero();
        assertThat(Cli.run("can-reach", "-i", dir.toString(), "client", "web", "9090").exitCode()).isEqualTo(1);
    }

    @Test
    @DisplayName("a single question that names nothing known is still an error, exit 2, with a hint for a Service and a bad port")
    void singleQuestionErrors() {
        Cli.Run service = Cli.run("can-reach", "-i", dir.toString(), "client", "default/web-svc", "80");
        Cli.Run hint = Cli.run("can-reach", "-i", dir.toString(), "client", "web", "HTTP!");

        assertThat(service.exitCode()).isEqualTo(2);
        assertThat(hint.exitCode()).isEqualTo(2);
        assertThat(hint.err()).contains("is not PORT[/PROTO]");
    }
}
