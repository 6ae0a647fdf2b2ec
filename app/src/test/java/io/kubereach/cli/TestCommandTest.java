package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("kubereach test: expected reachability checked, for CI")
class TestCommandTest {

    @TempDir
    Path dir;

    private Path cluster;

    @BeforeEach
    void shop() throws Exception {
        cluster = dir.resolve("cluster");
        Files.createDirectories(cluster);
        Files.writeString(cluster.resolve("shop.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: frontend, namespace: shop, labels: {app: frontend}}
                spec: {containers: [{name: web, image: web, ports: [{name: http, containerPort: 8080}]}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: db, namespace: shop, labels: {app: db}}
                spec: {containers: [{name: db, image: postgres, ports: [{name: pg, containerPort: 5432}]}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db-from-frontend, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: db}}
                  ingress: [{from: [{podSelector: {matchLabels: {app: frontend}}}], ports: [{port: 5432}]}]
                """);
    }

    @Test
    @DisplayName("every expectation gets PASS or FAIL, a failure its deciding reasons, and the exit code says whether all held")
    void passAndFail() throws Exception {
        Path tests = Files.writeString(dir.resolve("tests.yaml"), """
                expectations:
                  - name: the frontend reaches the database
                    from: shop/frontend
                    to: shop/db
                    port: 5432
                    expect: allowed
                  - name: nobody else reaches the database
                    from: 203.0.113.0/24
                    to: shop/db
                    port: pg
                    expect: denied
                  - name: the database reaches the frontend (wrongly expected denied)
                    from: shop/db
                    to: shop/frontend
                    port: http
                    expect: denied
                """);

        Cli.Run run = Cli.run("test", "-i", cluster.toString(), tests.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("""
                PASS  the frontend reaches the database: shop/frontend shop/db 5432/TCP allowed
                PASS  nobody else reaches the database: 203.0.113.0/24 shop/db pg/TCP denied
                FAIL  the database reaches the frontend (wrongly expected denied): shop/db shop/frontend http/TCP allowed, expected denied\
                 (%s expectation 3)
                """.formatted(tests));
        assertThat(run.out()).contains("      ingress at shop/frontend").endsWith("3 expectations: 2 passed, 1 failed, 0 errors\n");
    }

    @Test
    @DisplayName("--junit writes a JUnit XML report: a suite per file, a testcase per expectation, failures and errors with their reasons")
    void junitReport() throws Exception {
        Path tests = Files.writeString(dir.resolve("tests.yaml"), """
                - {from: shop/frontend, to: shop/db, port: 5432, expect: allowed}
                - {name: "db is private <really> & closed", from: shop/db, to: shop/frontend, port: 8080, expect: denied}
                - {name: a typo, from: shop/frontnd, to: shop/db, port: 5432, expect: allowed}
                - {name: a bad word, from: shop/frontend, to: shop/db, port: 5432, expect: yes}
                """);
        Path report = dir.resolve("reports/kubereach.xml");

        Cli.Run run = Cli.run("test", "-i", cluster.toString(), tests.toString(), "--junit", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("ERROR a typo: " + tests + " expectation 3: no pod or workload shop/frontnd",
                "ERROR a bad word: " + tests + " expectation 4: expect must be allowed, denied, partial or unknown, not 'yes'",
                "4 expectations: 1 passed, 1 failed, 2 errors");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("4");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("errors")).isEqualTo("2");
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo(tests.toString());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("shop/frontend shop/db 5432/TCP allowed");
        assertThat(((Element) cases.item(0)).getChildNodes().getLength()).isZero();
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("db is private <really> & closed");
        assertThat(failure.getAttribute("message")).isEqualTo("expected denied, got allowed");
        assertThat(failure.getTextContent()).startsWith("shop/db shop/frontend 8080/TCP allowed\n").contains("ingress at shop/frontend");
        Element error = (Element) ((Element) cases.item(2)).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).startsWith("no pod or workload shop/frontnd");
        assertThat(Files.list(report.getParent())).singleElement().isEqualTo(report);
    }

    @Test
    @DisplayName("a test file that is not a list of expectations, or is missing, is one error line, exit 2")
    void badFiles() throws Exception {
        Path notAList = Files.writeString(dir.resolve("tests.yaml"), "from: a\n");

        Cli.Run bad = Cli.run("test", "-i", cluster.toString(), notAList.toString());
        Cli.Run missing = Cli.run("test", "-i", cluster.toString(), dir.resolve("nope.yaml").toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("kubereach: error: " + notAList
                + ": expected a list of expectations (from, to, port, expect), or a map with one under 'expectations'\n");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("test file not found: ");
    }
}
