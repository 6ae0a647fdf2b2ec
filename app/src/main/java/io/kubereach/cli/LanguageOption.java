package io.kubereach.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang en|zh} option every command accepts: the language of the help (by default
 * the system language). What the commands print for scripts does not depend on it.
 */
final class LanguageOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    /** The option for a command built without annotations (picocli's {@code help}). */
    static LanguageOption of(CommandSpec command) {
        LanguageOption option = new LanguageOption();
        option.mixee = command;
        return option;
    }

    @Option(names = "--lang", paramLabel = "en|zh", descriptionKey = "cli.option.lang")
    void language(String code) {
        HelpLanguage.choose(mixee.commandLine(), code);
    }
}
