package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the manifest reader skips is kept as keyed messages: in English the warnings read word
 * for word as the command line has always printed them, and in Chinese every one is Chinese.
 */
@DisplayName("the manifest reader's warnings in both languages")
class SourceWarningLanguageTest {

    private static final Path FILE = Path.of("src/test/resources/i18n/manifest-warnings.yaml");

    @Test
    @DisplayName("English: every kind of skip reads as the command line prints it, file and object first")
    void englishIsUnchanged() throws Exception {
        ClusterSnapshot s = new ManifestSource().read(FILE);
        String file = FILE.toString() + ": ";
        assertThat(s.warnings()).containsExactlyInAnyOrder(
                file + "document 1 is not a Kubernetes object (it has no kind or apiVersion): skipped",
                file + "document 2 is not a Kubernetes object: skipped",
                file + "document 3: List items is not a list: skipped",
                file + "Ingress x/old: the old Ingress schema of extensions/v1beta1 is not analysed; use networking.k8s.io/v1: skipped",
                file + "NetworkPolicy x/cal: read from crd.projectcalico.org/v1, Calico's storage form; projectcalico.org/v3 is the API users write",
                file + "document 13 List item 1 is not a Kubernetes object (it has no kind or apiVersion): skipped",
                file + "Pod x/p: container c port web has no containerPort: port skipped",
                file + "Pod x/p: is declared more than once; the last declaration is used",
                file + "EndpointSlice x/s: has no label kubernetes.io/service-name, so it serves no Service: skipped",
                file + "EndpointSlice x/s2: holds FQDN addresses, which are not analysed: skipped",
                file + "ConfigMap kube-system/kube-proxy: has no config.conf: kube-proxy's mode is unknown",
                file + "Ingress x/i: defaultBackend leads to a StorageBucket, not a Service: not analysed",
                file + "Ingress x/j: rule 1 path 1 leads to a StorageBucket, not a Service: not analysed");
    }

    @Test
    @DisplayName("Chinese: every warning is Chinese and still names the file and the object")
    void chineseWarnings() throws Exception {
        ClusterSnapshot s = new ManifestSource().read(FILE);
        MessageText chinese = MessageText.in(Language.SIMPLIFIED_CHINESE);
        List<String> zh = s.warningMessages().stream().map(chinese::render).toList();
        assertThat(zh).hasSize(13).allSatisfy(w -> assertThat(w).containsPattern("\\p{IsHan}").contains(FILE.toString())
                .doesNotContain("skipped").doesNotContain("not analysed").doesNotContain(" document "));
        assertThat(zh).anySatisfy(w -> assertThat(w).contains("EndpointSlice x/s2", "FQDN"))
                .anySatisfy(w -> assertThat(w).contains("Ingress x/j", "StorageBucket"));
    }
}
