package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.ManifestException;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.source.ClusterSource;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the line that says why a source cannot be shown")
class SourceProblemTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    @DisplayName("a source error is shown in the UI's language, even wrapped in another error")
    void inTheUiLanguage() {
        ManifestException e = new ManifestException(Message.of("sourceError.noSuchPath", "/tmp/nowhere"));
        assertThat(SourceProblem.lineOf(e)).isEqualTo("/tmp/nowhere: no such file or folder");
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(SourceProblem.lineOf(e)).isEqualTo("/tmp/nowhere：没有这个文件或文件夹");
        assertThat(SourceProblem.lineOf(new CompletionException(e))).isEqualTo("/tmp/nowhere：没有这个文件或文件夹");
        assertThat(SourceProblem.lineOf(new ClusterAccessException(Message.of("clusterError.interrupted")))).isEqualTo("连接时被中断");
    }

    @Test
    @DisplayName("a problem shown in one language reads in the other after a switch")
    void followsTheLanguage() {
        SourceProblem problem = SourceProblem.of(new ClusterSource.Demo(),
                new ManifestException(Message.of("sourceError.noSuchPath", "/tmp/nowhere")), false);
        assertThat(problem.message()).isEqualTo("/tmp/nowhere: no such file or folder");
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(problem.message()).isEqualTo("/tmp/nowhere：没有这个文件或文件夹");
    }

    @Test
    @DisplayName("an error without a message of its own falls back to its first line, or its type")
    void fallsBackToText() {
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(SourceProblem.lineOf(new IllegalStateException("layout failed\nat line 2"))).isEqualTo("layout failed");
        assertThat(SourceProblem.lineOf(new UncheckedIOException(null, new java.io.IOException("disk full")))).isEqualTo("disk full");
        assertThat(SourceProblem.lineOf(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(SourceProblem.lineOf(new ManifestException(Message.verbatim("verbatim words")))).isEqualTo("verbatim words");
    }
}
