package io.kubereach.cli;

import io.kubereach.text.Language;
import io.kubereach.text.TextBundle;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Puts the help of a whole command tree in one language: each command's description and
 * headings, and through picocli's resource bundle every option's and parameter's
 * {@code descriptionKey}. The texts live in the command line's bundle ({@link CliText}). Only the help
 * changes: what the commands print stays the same in every language.
 */
final class HelpLanguage {

    /**
     * Keys of the command line's bundle that picocli itself reads once the bundle is set: the help texts of
     * the standard {@code --help} and {@code --version} options and of the {@code help} command.
     */
    static final List<String> PICOCLI_KEYS = List.of("mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version",
            "helpCommand.help", "helpCommand.command");

    /**
     * Each command's description: its one-sentence summary (listed by {@code kubereach --help}),
     * then the details, split into lines at each line break.
     */
    private static final Map<String, List<String>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("kubereach", List.of("cli.kubereach.summary")),
            Map.entry("list", List.of("cli.list.summary", "cli.list.details")),
            Map.entry("diff", List.of("cli.diff.summary", "cli.diff.details")),
            Map.entry("can-reach", List.of("cli.canReach.summary", "cli.canReach.details")),
            Map.entry("test", List.of("cli.test.summary", "cli.test.details")),
            Map.entry("describe", List.of("cli.describe.summary", "cli.describe.details")),
            Map.entry("simulate", List.of("cli.simulate.summary", "cli.simulate.details")),
            Map.entry("cni", List.of("cli.cni.summary", "cli.cni.details")),
            Map.entry("export", List.of("cli.export.summary", "cli.export.details")),
            Map.entry("gui", List.of("cli.gui.summary", "cli.gui.details")),
            Map.entry("contexts", List.of("cli.contexts.summary", "cli.contexts.details")),
            Map.entry("snapshot", List.of("cli.snapshot.summary", "cli.snapshot.details")),
            Map.entry("watch", List.of("cli.watch.summary", "cli.watch.details")),
            Map.entry("generate", List.of("cli.generate.summary", "cli.generate.details")),
            Map.entry("bench", List.of("cli.bench.summary", "cli.bench.details")),
            Map.entry("help", List.of("cli.help.summary", "cli.help.details")));

    private HelpLanguage() {
    }

    /** Puts the help of the tree {@code cli} belongs to (from its root down) in {@code language}. */
    static void apply(CommandLine cli, Language language) {
        CommandLine root = cli;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        TextBundle words = CliText.in(language);
        translate(root, words, new FormattedBundle(words));
    }

    /**
     * The language {@code code} names, after putting the help of the tree {@code cli} belongs to
     * in it; an unknown code is a usage error of that command.
     */
    static Language choose(CommandLine cli, String code) {
        Language language = Language.parse(code).orElseThrow(() -> new UnknownLanguage(cli,
                CliText.in(Language.system()).get("cli.lang.unknown", code)));
        apply(cli, language);
        return language;
    }

    private static void translate(CommandLine cli, TextBundle words, ResourceBundle bundle) {
        CommandSpec spec = cli.getCommandSpec();
        spec.resourceBundle(bundle);
        List<String> keys = DESCRIPTIONS.getOrDefault(spec.name(), List.of());
        spec.usageMessage()
                .description(keys.stream().flatMap(key -> Arrays.stream(words.get(key).split("\n", -1))).toArray(String[]::new))
                .header(new String[0])
                .synopsisHeading(words.get("cli.usage.synopsisHeading"))
                .commandListHeading(words.get("cli.usage.commandListHeading"));
        cli.getSubcommands().values().stream().distinct().forEach(sub -> translate(sub, words, bundle));
    }

    /** A bad {@code --lang}: reported in one line, exit code 2. */
    static final class UnknownLanguage extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        UnknownLanguage(CommandLine cli, String message) {
            super(cli, message);
        }
    }

    /**
     * The command line's bundle as picocli reads it, each text formatted like every other message
     * (so an apostrophe is written {@code ''} in the bundle as everywhere else).
     */
    private static final class FormattedBundle extends ResourceBundle {
        private final TextBundle words;

        FormattedBundle(TextBundle words) {
            this.words = words;
        }

        @Override
        protected Object handleGetObject(String key) {
            return words.contains(key) ? words.get(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(words.keys());
        }
    }
}
