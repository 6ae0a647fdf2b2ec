package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChoicesTest {

    /** A file that does not exist: an option error must come before the input is read. */
    private static final String MISSING = "no-such-input.yaml";

    static Stream<Arguments> everyChoice() {
        String[] simulate = {"simulate", "-i", MISSING, "--from", "a/b", "--to", "svc:a/b", "--port", "80"};
        return Stream.of(
                Arguments.of(args("list", "-i", MISSING, "-o", "yaml"), "unknown format 'yaml': choose txt, json, csv, md or dot"),
                Arguments.of(args("list", "-i", MISSING, "--engine", "fast"), "unknown engine 'fast': choose indexed or literal"),
                Arguments.of(args("diff", "--ref1", MISSING, "--ref2", MISSING, "-o", "json"), "unknown format 'json': choose txt, csv, md or dot"),
                Arguments.of(args("diff", "--ref1", MISSING, "--ref2", MISSING, "--engine", "x"), "unknown engine 'x': choose indexed or literal"),
                Arguments.of(args("export", "-i", MISSING, "-o", "x.png", "--format", "gif"), "unknown format 'gif': choose png or svg"),
                Arguments.of(args("export", "-i", MISSING, "-o", "x.png", "--scale", "3"), "--scale must be 1 or 2, not 3"),
                Arguments.of(args("export", "-i", MISSING, "-o", "x.png", "--scale", "big"), "--scale must be 1 or 2, not big"),
                Arguments.of(args("export", "-i", MISSING, "-o", "x.png", "--theme", "sepia"), "unknown --theme 'sepia': choose light or dark"),
                Arguments.of(args("export", "-i", MISSING, "-o", "x.png", "--group-by", "zone"), "unknown --group-by 'zone': choose node or namespace"),
                Arguments.of(args("export", "-i", MISSING, "-o", "x.png", "--containers", "some"), "unknown --containers 'some': choose auto, on or off"),
                Arguments.of(args("generate", "-o", "out", "--shape", "huge"), "unknown shape 'huge': choose small, medium, large, small-tiers, medium-tiers, large-tiers, small-cni, medium-cni or large-cni"),
                Arguments.of(args("bench", "--shape", "huge"), "unknown shape 'huge': choose small, medium, large, small-tiers, medium-tiers, large-tiers, small-cni, medium-cni or large-cni"),
                Arguments.of(args(simulate, "--proxy-mode", "userspace"), "unknown proxy mode 'userspace': choose iptables, ipvs or nftables"),
                Arguments.of(args(simulate, "--scheduler", "xyz"), "'xyz' is no IPVS scheduler; choose rr, wrr, lc, wlc, sh, dh, sed or nq"));
    }

    private static String[] args(String... args) {
        return args;
    }

    private static String[] args(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyChoice")
    @DisplayName("a word that is none of an option's choices is one line naming every choice, exit code 2, before the input is read")
    void unknownWordIsOneLineListingTheChoices(String[] args, String message) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kubereach: error: " + message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("choices are read case-insensitively, and a picture's format follows the file name unless --format says otherwise")
    void choicesIgnoreCase(@TempDir Path dir) {
        Cli.Run list = Cli.run("list", "--demo", "-o", "CSV", "--engine", "Literal");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("src,dst,conn\n");
        Cli.Run svg = Cli.run("export", "--demo", "-o", dir.resolve("a.svg").toString(), "--theme", "DARK", "--containers", "Off");
        assertThat(svg.out()).as(svg.err()).contains("units");
        Cli.Run png = Cli.run("export", "--demo", "-o", dir.resolve("b.svg").toString(), "--format", "PNG", "--group-by", "ns");
        assertThat(png.out()).as(png.err()).contains(" px,");
    }
}
