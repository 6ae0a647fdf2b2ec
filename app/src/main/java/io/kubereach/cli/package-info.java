/**
 * The command line ({@code kubereach list}, {@code can-reach}, {@code describe}, {@code simulate},
 * {@code cni}, {@code export}, {@code snapshot}, {@code watch}, {@code generate}, {@code bench}),
 * picocli commands that each run source → snapshot → engine → report or diagram. Help and errors
 * come from the command line's own bundle in English or Simplified Chinese ({@link
 * io.kubereach.cli.CliText}); what commands print for scripts is the same in every language.
 *
 * <p>Place in the data flow: a thin front over the whole pipeline. Depends on everything in
 * graph-model, {@code source} and {@code diagram}; never on {@code ui}: the desktop app is handed
 * in as a {@link io.kubereach.cli.DesktopApp}.
 */
package io.kubereach.cli;
