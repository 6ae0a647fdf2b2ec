package io.kubereach.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every package of both modules says what it holds and where it sits in the data flow. */
class PackageDocsTest {

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("graph-model/src/main/java"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the project root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    @Test
    @DisplayName("every package of graph-model and app has a package-info.java that gives its place in the data flow")
    void everyPackageSaysItsPlace() throws IOException {
        Path root = projectRoot();
        Set<String> packages = new TreeSet<>();
        Set<String> undocumented = new TreeSet<>();
        for (String module : List.of("graph-model", "app")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path dir : files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().toList()) {
                    String name = sources.relativize(dir).toString().replace(java.io.File.separatorChar, '.');
                    packages.add(name);
                    Path info = dir.resolve("package-info.java");
                    if (!Files.exists(info) || !Files.readString(info).contains("Place in the data flow")) {
                        undocumented.add(name);
                    }
                }
            }
        }
        assertThat(packages).contains("io.kubereach.model", "io.kubereach.engine", "io.kubereach.ui.view");
        assertThat(undocumented).as("packages without a package-info.java saying 'Place in the data flow'").isEmpty();
    }
}
