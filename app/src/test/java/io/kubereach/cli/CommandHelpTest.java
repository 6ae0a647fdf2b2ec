package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help of every command comes from the ui bundles, in the language {@code --lang} or the system picks. */
@DisplayName("the help of every command")
class CommandHelpTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern COMMAND_ROW = Pattern.compile("^  (\\S[^ ]*(?:, \\S+)?)\\s{2,}(\\S.*)$");

    /** Every command of the tree once, the root first. */
    private static List<CommandLine> commands(Language language) {
        CommandLine root = KubeReachCommand.commandLine(DesktopApp.NONE);
        HelpLanguage.apply(root, language);
        List<CommandLine> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(CommandLine cli, List<CommandLine> out) {
        out.add(cli);
        cli.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, out));
    }

    private static String joined(String[] lines) {
        return String.join(" ", lines).trim();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    @DisplayName("every command, option and positional parameter has a description in each language")
    void everythingIsDescribed(Language language) {
        List<CommandLine> commands = commands(language);
        assertThat(commands).extracting(c -> c.getCommandSpec().name())
                .contains("kubereach", "list", "can-reach", "describe", "simulate", "cni", "export", "gui", "contexts",
                        "snapshot", "watch", "generate", "bench", "help");
        List<String> undescribed = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (CommandLine cli : commands) {
            CommandSpec spec = cli.getCommandSpec();
            String name = spec.qualifiedName();
            List<String> texts = new ArrayList<>();
            texts.add(joined(spec.usageMessage().description()));
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                String text = joined(arg.description());
                String label = name + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
                if (text.isEmpty()) {
                    undescribed.add(label);
                }
                texts.add(text);
            }
            if (texts.get(0).isEmpty()) {
                undescribed.add(name);
            }
            texts.stream().filter(t -> !t.isEmpty())
                    .filter(t -> HAN.matcher(t).find() != (language == Language.SIMPLIFIED_CHINESE))
                    .forEach(t -> untranslated.add(name + ": " + t));
        }
        assertThat(undescribed).as("help without a description in " + language).isEmpty();
        assertThat(untranslated).as("help texts not in " + language).isEmpty();
    }

    /** The rows of the command list of {@code kubereach --help}: command name to summary, wrapped lines joined. */
    private static Map<String, String> commandList(String help) {
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> lines = help.lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.equals("Commands:") || l.equals("命令：")).findFirst().orElseThrow());
        String current = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            Matcher row = COMMAND_ROW.matcher(line);
            if (row.matches()) {
                current = row.group(1);
                rows.put(current, row.group(2).trim());
            } else if (current != null && line.startsWith("    ")) {
                String sep = HAN.matcher(rows.get(current)).find() ? "" : " ";
                rows.put(current, rows.get(current) + sep + line.trim());
            }
        }
        return rows;
    }

    @Test
    @DisplayName("kubereach --help in English sums up every command in one complete sentence")
    void englishSummaries() {
        Cli.Run run = Cli.run("--lang", "en", "--help");
        assertThat(run.exitCode()).isZero();
        Map<String, String> rows = commandList(run.out());
        assertThat(rows.keySet()).contains("list", "can-reach", "describe", "simulate", "cni", "export", "gui, ui", "contexts",
                "snapshot", "watch", "generate", "bench", "help");
        assertThat(rows.keySet()).hasSize(commands(Language.ENGLISH).size() - 1);
        rows.forEach((command, summary) -> assertThat(summary).as(command)
                .matches("[A-Z][^.]*(\\.[^ .][^.]*)*\\.")
                .doesNotMatch(".*\\p{IsHan}.*"));
    }

    @Test
    @DisplayName("kubereach --lang zh --help sums up every command in Chinese")
    void chineseSummaries() {
        Cli.Run run = Cli.run("--lang", "zh", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：kubereach");
        Map<String, String> rows = commandList(run.out());
        assertThat(rows).hasSize(commandList(Cli.run("--lang", "en", "--help").out()).size());
        rows.forEach((command, summary) -> assertThat(summary).as(command)
                .containsPattern("\\p{IsHan}")
                .endsWith("。")
                .doesNotContainPattern("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+"));
    }

    @Test
    @DisplayName("--lang works after --help, on subcommands, and on the help command")
    void langAnywhere() {
        assertThat(Cli.run("list", "--help", "--lang", "zh").out())
                .startsWith("用法：kubereach list").contains("输出格式（默认：txt）。", "在线集群").doesNotContain("Output format");
        assertThat(Cli.run("list", "--lang", "en", "--help").out())
                .startsWith("Usage: kubereach list").contains("Output format (default: txt).", "A live cluster");
        assertThat(Cli.run("help", "can-reach", "--lang", "zh").out()).startsWith("用法：kubereach can-reach").contains("退出码");
        assertThat(Cli.run("--lang", "zh", "help", "simulate").out()).startsWith("用法：kubereach simulate");
    }

    @Test
    @DisplayName("without --lang the help follows the system language")
    void systemLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Cli.run("cni", "--help").out()).startsWith("用法：kubereach cni").contains("识别 CNI");
            Locale.setDefault(Locale.US);
            assertThat(Cli.run("cni", "--help").out()).startsWith("Usage: kubereach cni").contains("Recognises the CNI");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("an unknown --lang on any command is a one-line error with exit code 2")
    void unknownLanguage() {
        for (String[] args : List.of(new String[] {"--lang", "fr", "--help"}, new String[] {"list", "--demo", "--lang", "fr"},
                new String[] {"help", "--lang", "klingon"})) {
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).as(String.join(" ", args)).contains("unknown language '" + args[args.length - 1 - (args[0].equals("--lang") ? 1 : 0)] + "'");
        }
    }

    @Test
    @DisplayName("every default value an English option help names is the option's real default")
    void defaultsInTheHelpAreTheRealOnes() {
        List<String> wrong = new ArrayList<>();
        for (CommandLine cli : commands(Language.ENGLISH)) {
            for (OptionSpec option : cli.getCommandSpec().options()) {
                String text = joined(option.description());
                if (option.defaultValue() != null && !option.hidden() && !text.contains(option.defaultValue())) {
                    wrong.add(cli.getCommandSpec().qualifiedName() + " " + option.longestName() + " (default " + option.defaultValue() + "): " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
        String limit = String.format(java.util.Locale.ROOT, "%,d", ExportCommand.MAX_SIDE);
        assertThat(Cli.run("export", "--help", "--lang", "en").out().replaceAll("\\s+", " ")).contains("at most " + limit + " pixels a side");
        assertThat(Cli.run("export", "--help", "--lang", "zh").out().replaceAll("\\s+", "")).contains("单边不超过" + limit + "像素");
    }

    @Test
    @DisplayName("--lang zh leaves what list, can-reach, simulate and cni print and their exit codes unchanged")
    void outputDoesNotFollowTheLanguage() {
        List<String[]> runs = List.of(
                new String[] {"list", "--demo"},
                new String[] {"list", "--demo", "--format", "json"},
                new String[] {"can-reach", "--demo", "default/frontend-6d4cf56db6-2kq8m", "default/redis-0", "6379", "--explain"},
                new String[] {"can-reach", "--demo", "default/redis-0", "kube-system/coredns-5dd5756b68-7xk2p", "53/UDP"},
                new String[] {"simulate", "--demo", "--from", "shop/web-5f7c9b8d4-jx2lp", "--to", "svc:payments/payments-api", "--port", "443",
                        "--connections", "20"},
                new String[] {"cni", "--demo"});
        for (String[] args : runs) {
            String what = String.join(" ", args);
            Cli.Run en = Cli.run(Stream.concat(Stream.of(args), Stream.of("--lang", "en")).toArray(String[]::new));
            Cli.Run zh = Cli.run(Stream.concat(Stream.of(args), Stream.of("--lang", "zh")).toArray(String[]::new));
            assertThat(en.out()).as(what).isNotEmpty();
            assertThat(zh.out()).as(what).isEqualTo(en.out());
            assertThat(zh.err()).as(what).isEqualTo(en.err());
            assertThat(zh.exitCode()).as(what).isEqualTo(en.exitCode());
        }
    }
}
