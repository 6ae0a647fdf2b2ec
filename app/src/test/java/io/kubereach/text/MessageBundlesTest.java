package io.kubereach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundle family under {@code io/kubereach} in {@code src/main/resources} of both modules
 * (graph-model's sentences; the command line's, the diagram's and the desktop app's words in
 * app) has an English base file and a {@code _zh_CN} file with the same keys and the same
 * placeholders, and every key is used by the code: its literal {@code "key"} appears in
 * {@code src/main/java} of graph-model or app. No prefix scheme: keys are written out in full
 * where they are used. Conversely, a literal in the code that looks like a key of a known prefix
 * must be in the bundles (catches typos), and only code that reads a family may use its keys.
 */
@DisplayName("the message bundles")
class MessageBundlesTest {

    private static final List<String> MODULES = List.of("graph-model", "app");
    private static final String ZH = "_zh_CN";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)+)\"");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /** One bundle family: its folder and base name, with both language files. */
    private record Family(Path folder, String baseName) {
        String name() {
            return ROOT.relativize(folder.resolve(baseName)).toString();
        }

        Properties english() {
            return load(folder.resolve(baseName + ".properties"));
        }

        Properties chinese() {
            return load(folder.resolve(baseName + ZH + ".properties"));
        }
    }

    /**
     * Which sources read each family, so may use its keys: graph-model's sentences are made
     * anywhere; the command line, the diagram and the app each read their own bundle (and the
     * app the diagram's after its own, through {@code Messages}).
     */
    private static final Map<String, List<String>> READERS = Map.of(
            "graph-model/src/main/resources/io/kubereach/text/messages", List.of("graph-model/src/main/java/", "app/src/main/java/"),
            "app/src/main/resources/io/kubereach/cli/messages", List.of("app/src/main/java/io/kubereach/cli/"),
            "app/src/main/resources/io/kubereach/diagram/messages",
                    List.of("app/src/main/java/io/kubereach/diagram/", "app/src/main/java/io/kubereach/ui/"),
            "app/src/main/resources/io/kubereach/ui/messages", List.of("app/src/main/java/io/kubereach/ui/"));

    private static final Path ROOT = projectRoot();
    private static final List<Family> FAMILIES = families();
    private static final Map<String, String> FILES = sourceFiles();
    private static final String SOURCES = String.join("\n", FILES.values());

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("graph-model/src/main/java")) && Files.isDirectory(dir.resolve("app/src/main/java")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (with graph-model/ and app/) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Every {@code X_zh_CN.properties} and every {@code messages.properties} under io/kubereach names a family. */
    private static List<Family> families() {
        Set<Family> out = new java.util.LinkedHashSet<>();
        for (String module : MODULES) {
            Path resources = ROOT.resolve(module).resolve("src/main/resources/io/kubereach");
            if (!Files.isDirectory(resources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(resources)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    String name = f.getFileName().toString();
                    if (name.endsWith(ZH + ".properties")) {
                        out.add(new Family(f.getParent(), name.substring(0, name.length() - (ZH + ".properties").length())));
                    } else if (name.equals("messages.properties")) {
                        out.add(new Family(f.getParent(), "messages"));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /** The text of every Java file of src/main/java in both modules, by its path from the project root. */
    private static Map<String, String> sourceFiles() {
        Map<String, String> all = new TreeMap<>();
        for (String module : MODULES) {
            Path java = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(java)) {
                List<Path> list = files.filter(f -> f.toString().endsWith(".java")).toList();
                if (list.isEmpty()) {
                    throw new IllegalStateException("no Java sources under " + java + ": the key usage scan would prove nothing");
                }
                for (Path f : list) {
                    all.put(ROOT.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sources under " + java, e);
            }
        }
        return all;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    @DisplayName("the scan finds every family, each with its readers, and the Java sources of both modules")
    void scanSeesWhatItChecks() {
        assertThat(FAMILIES).extracting(Family::name).containsExactlyInAnyOrderElementsOf(READERS.keySet());
        assertThat(SOURCES).contains("class PolicySentences", "class Messages", "class CliText", "class DiagramText");
    }

    @Test
    @DisplayName("a key is used only where its family is read (a command-line key in the app would fail at run time)")
    void keysAreUsedWhereTheirFamilyIsRead() {
        Map<String, Set<String>> readersOfKey = new TreeMap<>();
        FAMILIES.forEach(f -> f.english().stringPropertyNames()
                .forEach(k -> readersOfKey.computeIfAbsent(k, x -> new TreeSet<>()).addAll(READERS.getOrDefault(f.name(), List.of()))));
        Set<String> misplaced = new TreeSet<>();
        FILES.forEach((file, text) -> {
            Matcher m = LITERAL.matcher(text);
            while (m.find()) {
                Set<String> readers = readersOfKey.get(m.group(1));
                if (readers != null && readers.stream().noneMatch(file::startsWith)) {
                    misplaced.add(m.group(1) + " in " + file + " (read by " + readers + ")");
                }
            }
        });
        assertThat(misplaced).as("keys used by code that does not read their bundle").isEmpty();
    }

    @TestFactory
    @DisplayName("each family: both languages exist and have the same keys")
    Stream<DynamicTest> sameKeys() {
        return FAMILIES.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            assertThat(f.folder().resolve(f.baseName() + ".properties")).as("English base file of " + f.name()).exists();
            assertThat(f.folder().resolve(f.baseName() + ZH + ".properties")).as("Chinese file of " + f.name()).exists();
            Set<String> en = f.english().stringPropertyNames();
            Set<String> zh = f.chinese().stringPropertyNames();
            Set<String> missingInZh = new TreeSet<>(en);
            missingInZh.removeAll(zh);
            Set<String> missingInEn = new TreeSet<>(zh);
            missingInEn.removeAll(en);
            assertThat(missingInZh).as("keys of " + f.name() + " missing in " + ZH).isEmpty();
            assertThat(missingInEn).as("keys of " + f.name() + ZH + " missing in the English base file").isEmpty();
            assertThat(en).as("keys of " + f.name()).isNotEmpty();
        }));
    }

    @TestFactory
    @DisplayName("each family: every pattern parses, has no stray quote, and both languages use the same placeholders")
    Stream<DynamicTest> patternsAgree() {
        return FAMILIES.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            Properties en = f.english();
            Properties zh = f.chinese();
            Map<String, String> problems = new TreeMap<>();
            for (String key : en.stringPropertyNames()) {
                for (Properties p : List.of(en, zh)) {
                    String value = p.getProperty(key);
                    if (value == null) {
                        continue;
                    }
                    if (value.isBlank()) {
                        problems.put(key, "empty value");
                    } else if (LONE_QUOTE.matcher(value).find()) {
                        problems.put(key, "a single quote starts MessageFormat quoting; write '' for an apostrophe: " + value);
                    } else {
                        try {
                            new MessageFormat(value);
                        } catch (IllegalArgumentException e) {
                            problems.put(key, "not a MessageFormat pattern (" + e.getMessage() + "): " + value);
                        }
                    }
                }
                if (zh.getProperty(key) != null && !placeholders(en.getProperty(key)).equals(placeholders(zh.getProperty(key)))) {
                    problems.put(key, "placeholders differ: " + placeholders(en.getProperty(key)) + " vs " + placeholders(zh.getProperty(key)));
                }
                if (en.getProperty(key).equals(zh.getProperty(key)) && LATIN_WORD.matcher(en.getProperty(key)).results().count() >= 3) {
                    problems.put(key, "the Chinese text is the English text, untranslated: " + en.getProperty(key));
                }
            }
            assertThat(problems).as("pattern problems in " + f.name()).isEmpty();
        }));
    }

    @TestFactory
    @DisplayName("each family: every key is used in the code, written out in full")
    Stream<DynamicTest> everyKeyIsUsed() {
        return FAMILIES.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            List<String> unused = new ArrayList<>();
            for (String key : new TreeSet<>(f.english().stringPropertyNames())) {
                if (!SOURCES.contains("\"" + key + "\"")) {
                    unused.add(key);
                }
            }
            assertThat(unused).as("keys of " + f.name() + " that no src/main/java of " + MODULES + " uses").isEmpty();
        }));
    }

    @Test
    @DisplayName("every key-shaped literal of a known prefix in the code is in a bundle")
    void everyKeyInTheCodeExists() {
        Set<String> keys = new TreeSet<>();
        FAMILIES.forEach(f -> keys.addAll(f.english().stringPropertyNames()));
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        Matcher m = LITERAL.matcher(SOURCES);
        while (m.find()) {
            String literal = m.group(1);
            if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !keys.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("literals that look like message keys but are in no bundle").isEmpty();
    }
}
