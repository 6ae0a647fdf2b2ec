package io.kubereach.cli;

import io.kubereach.diagram.DiagramTheme;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.diff.DiffFormat;
import io.kubereach.proxy.IpvsScheduler;
import io.kubereach.proxy.ProxyMode;
import io.kubereach.report.ConnlistFormat;
import io.kubereach.text.MessageText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Every option type that is one of a fixed set of words, each with the line a wrong word gets:
 * registered on the whole command tree, so a command declares its option with the type and
 * receives it typed.
 */
final class Choices {

    private Choices() {
    }

    /** Registers every choice on {@code cli} and all its subcommands. */
    static void register(CommandLine cli) {
        cli.registerConverter(ConnlistFormat.class, Choice.named("cli.choice.listFormat", ConnlistFormat.values()));
        cli.registerConverter(DiffFormat.class, Choice.named("cli.choice.diffFormat", DiffFormat.values()));
        cli.registerConverter(ExportCommand.PictureFormat.class,
                Choice.named("cli.choice.pictureFormat", ExportCommand.PictureFormat.values()));
        cli.registerConverter(DiagramTheme.class, Choice.named("cli.choice.theme", DiagramTheme.values()));
        cli.registerConverter(Grouping.class, Choice.parsed("cli.choice.groupBy", Choice.words(Grouping.values()), Grouping::parse));
        cli.registerConverter(ExportCommand.Containers.class, Choice.named("cli.choice.containers", ExportCommand.Containers.values()));
        cli.registerConverter(PictureLevel.class, Choice.named("cli.choice.level", PictureLevel.values()));
        cli.registerConverter(TrafficShown.class, Choice.named("cli.choice.verdict", TrafficShown.values()));
        cli.registerConverter(EngineKind.class, Choice.named("cli.choice.engine", EngineKind.values()));
        cli.registerConverter(ShapeOption.Size.class, Choice.named("cli.choice.shape", ShapeOption.Size.values()));
        cli.registerConverter(ProxyMode.class,
                Choice.parsed("cli.choice.proxyMode", Arrays.stream(ProxyMode.values()).map(ProxyMode::word).toList(), ProxyMode::parse));
        cli.registerConverter(IpvsScheduler.class,
                Choice.explained(IpvsScheduler::parse, word -> MessageText.english(IpvsScheduler.whyNotSimulated(word))));
    }

    /** {@code --scale}: 1 or 2 pixels per diagram unit. */
    static final class Scale implements CommandLine.ITypeConverter<Integer> {
        private final Choice<Integer> choice = Choice.parsed("cli.choice.scale", List.of("1", "2"), Scale::parse);

        @Override
        public Integer convert(String word) {
            return choice.convert(word);
        }

        private static Optional<Integer> parse(String word) {
            try {
                int scale = Integer.parseInt(word.trim());
                return scale == 1 || scale == 2 ? Optional.of(scale) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
