package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * A command line that starts with a subcommand's name gets a command tree with that subcommand
 * alone (building every subcommand's model is a fifth of a second of a cold start), which parses
 * and helps exactly as the whole tree does.
 */
@DisplayName("the command tree of one subcommand")
class OneSubcommandTreeTest {

    private static List<String> subcommandNames() {
        List<String> names = new ArrayList<>(KubeReachCommand.commandLine(DesktopApp.NONE).getSubcommands().keySet());
        names.remove("help");
        return names;
    }

    @Test
    @DisplayName("a command line starting with a subcommand's name or alias builds that subcommand alone")
    void aSubcommandsNameBuildsItAlone() {
        for (String name : subcommandNames()) {
            Class<?> command = KubeReachCommand.named(name, "--help").orElseThrow();
            CommandLine lean = KubeReachCommand.commandLine(DesktopApp.NONE, command);
            List<Object> built = lean.getSubcommands().values().stream().map(c -> (Object) c.getCommandSpec().userObject().getClass()).toList();
            assertThat(built).as(name).containsOnly(command);
            assertThat(lean.getSubcommands()).as(name).containsKey(name);
        }
        assertThat(KubeReachCommand.named("ui")).contains(GuiCommand.class);
    }

    @Test
    @DisplayName("help, an option first, an unknown word or no word at all build the whole tree")
    void otherCommandLinesBuildTheWholeTree() {
        assertThat(KubeReachCommand.named("help", "export")).isEmpty();
        assertThat(KubeReachCommand.named("--lang", "zh", "export")).isEmpty();
        assertThat(KubeReachCommand.named("exprot")).isEmpty();
        assertThat(KubeReachCommand.named()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    @DisplayName("each subcommand alone prints the help it prints in the whole tree, in each language")
    void eachSubcommandAloneHelpsAsInTheWholeTree(Language language) {
        CommandLine whole = KubeReachCommand.commandLine(DesktopApp.NONE);
        HelpLanguage.apply(whole, language);
        for (String name : subcommandNames()) {
            CommandLine lean = KubeReachCommand.commandLine(DesktopApp.NONE, KubeReachCommand.named(name).orElseThrow());
            HelpLanguage.apply(lean, language);
            assertThat(lean.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
        }
    }

    @Test
    @DisplayName("a subcommand alone rejects an unknown option and shows its usage")
    void aSubcommandAloneRejectsAnUnknownOption() {
        Cli.Run run = Cli.run("export", "--no-such-option", "-o", "x.png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'", "Usage: kubereach export");
    }
}
