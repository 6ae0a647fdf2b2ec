package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.report.FieldText;
import io.kubereach.source.ManifestSource;
import io.kubereach.text.VisibleText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;

/**
 * Issue 18, finding 5: whatever names a hostile manifest or API server gives its namespaces and
 * pods, every output stays what it claims to be — one txt line and one Markdown row per
 * connection, JSON and CSV that parse back to the very names, a Graphviz file whose edges name the
 * right peers, an SVG that is XML — and stderr carries one line per warning, no terminal escape.
 */
class HostileNamesPropertyTest {

    /** Characters that break one format or another, among ordinary ones. */
    private static final char[] ALPHABET = ("abcz09-._A /\n\r\t\u001b\u0000\u0007\"\\|<>&,;[]{}=:'*`#"
            + "\u202e\u2066\u2028\u0085\u009b\uffff中").toCharArray();

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> plain = Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(16).filter(s -> !s.isBlank());
        return Arbitraries.oneOf(plain, plain.map(s -> s + "\uD83D\uDE00"), Arbitraries.of("evil\n=> forged : All Connections",
                "<script>alert(1)</script>", "a\u001b[2J\u001b[31mred", "ns|x", "q\"uote\\"));
    }

    @Property(tries = 12)
    void everyFormatSurvivesHostileNames(@ForAll("names") String namespace, @ForAll("names") String pod) throws Exception {
        Path dir = Files.createTempDirectory("hostile-names");
        try {
            Path snapshot = dir.resolve("cluster.json");
            Files.writeString(snapshot, manifest(namespace, pod), StandardCharsets.UTF_8);
            String input = snapshot.toString();

            Cli.Run json = Cli.run("list", "-i", input, "-o", "json");
            assertThat(json.exitCode()).as(json.err()).isZero();
            stderrIsOneLinePerWarning(json.err());
            List<Map<String, Object>> rows = jsonRows(json.out());
            assertThat(rows).isNotEmpty();
            assertThat(rows).anyMatch(r -> r.get("dst").equals(namespace + "/" + pod + "[Pod]"));

            Cli.Run csv = Cli.run("list", "-i", input, "-o", "csv");
            List<List<String>> records = csvRecords(csv.out());
            assertThat(records).hasSize(rows.size() + 1);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(records.get(i + 1)).containsExactly((String) rows.get(i).get("src"), (String) rows.get(i).get("dst"),
                        (String) rows.get(i).get("conn"));
            }

            Cli.Run txt = Cli.run("list", "-i", input, "-o", "txt");
            List<String> lines = txt.out().lines().toList();
            assertThat(lines).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(lines.get(i)).isEqualTo(FieldText.text((String) rows.get(i).get("src")) + " => "
                        + FieldText.text((String) rows.get(i).get("dst")) + " : " + rows.get(i).get("conn"));
                assertThat(VisibleText.isPlain(lines.get(i).replace("\\", ""))).as(lines.get(i)).isTrue();
            }

            Cli.Run md = Cli.run("list", "-i", input, "-o", "md");
            List<String> table = md.out().lines().toList();
            assertThat(table).hasSize(rows.size() + 2);
            for (int i = 0; i < rows.size(); i++) {
                // a Markdown cell drops the blanks around its text, as every renderer does
                assertThat(cells(table.get(i + 2))).containsExactly(FieldText.markdown((String) rows.get(i).get("src")).strip(),
                        FieldText.markdown((String) rows.get(i).get("dst")).strip(), (String) rows.get(i).get("conn"));
                assertThat(table.get(i + 2)).doesNotContain("<");
            }

            Cli.Run dot = Cli.run("list", "-i", input, "-o", "dot");
            List<String[]> edges = DotEdges.of(dot.out());
            assertThat(edges).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(edges.get(i)).containsExactly(VisibleText.of((String) rows.get(i).get("src")),
                        VisibleText.of((String) rows.get(i).get("dst")));
            }

            Path svg = dir.resolve("cluster.svg");
            Cli.Run export = Cli.run("export", "-i", input, "-o", svg.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = xml.newDocumentBuilder().parse(svg.toFile());
            assertThat(document.getElementsByTagName("text").getLength()).isPositive();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A snapshot-like v1 List: a namespace, a pod in it and a pod elsewhere, nothing that denies. */
    private static String manifest(String namespace, String pod) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[\n"
                + "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":" + quote(namespace) + "}},\n"
                + podJson(namespace, pod) + ",\n" + podJson("other", "client") + "]}\n";
    }

    private static String podJson(String namespace, String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":" + quote(name) + ",\"namespace\":"
                + quote(namespace) + ",\"labels\":{\"app\":\"x\"}},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"i\"}]}}";
    }

    /** A JSON string that is also a YAML one: what YAML does not allow raw (controls, U+FFFE/F) as escapes. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c >= 0xfffe) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void stderrIsOneLinePerWarning(String err) {
        for (String line : err.lines().toList()) {
            assertThat(line).startsWith("kubereach: warning: ");
            assertThat(VisibleText.isPlain(line.replace("\\", ""))).as(line).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonRows(String json) {
        return ManifestSource.serialization().unmarshal(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), List.class);
    }

    /** RFC 4180: fields split at commas outside quotes, {@code ""} a quote inside them, records at line breaks outside quotes. */
    private static List<List<String>> csvRecords(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** The cells of a Markdown table row, split at the pipes no backslash escapes. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells.subList(1, cells.size());
    }

    /** The edges of a Graphviz file, read by a tokenizer of its own: quoted IDs unescaped, {@code A -> B} pairs in order. */
    private static final class DotEdges {
        static List<String[]> of(String dot) {
            List<String> tokens = new ArrayList<>();
            int depth = 0;
            for (int i = 0; i < dot.length(); i++) {
                char c = dot.charAt(i);
                if (c == '"') {
                    StringBuilder id = new StringBuilder();
                    for (i++; dot.charAt(i) != '"'; i++) {
                        if (dot.charAt(i) == '\\') {
                            i++;
                            id.append(dot.charAt(i) == '"' ? "\"" : "\\" + dot.charAt(i));
                        } else {
                            id.append(dot.charAt(i));
                        }
                    }
                    tokens.add("\"" + id);
                } else if (c == '-' && dot.charAt(i + 1) == '>') {
                    tokens.add("->");
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth < 0) {
                        throw new UncheckedIOException(new IOException("unbalanced braces"));
                    }
                } else if (c == '\n' || c == '\r') {
                    tokens.add("\n");
                }
            }
            assertThat(depth).as("balanced braces").isZero();
            List<String[]> edges = new ArrayList<>();
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).equals("->")) {
                    edges.add(new String[] {tokens.get(i - 1).substring(1), tokens.get(i + 1).substring(1)});
                }
            }
            return edges;
        }
    }
}
