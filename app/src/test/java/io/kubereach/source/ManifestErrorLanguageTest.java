package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a manifest cannot be read is kept as a keyed message: in English it reads word for word
 * as the command line has always printed it, and in Chinese it is Chinese and still names the
 * file and the object (and keeps a parser's own words as they are).
 */
@DisplayName("a manifest that cannot be read, in both languages")
class ManifestErrorLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    private ManifestException readFailing(String name, String yaml) {
        ManifestFolder folder = new ManifestFolder(dir.resolve(name + ".d"));
        folder.write(name, yaml);
        return catchThrowableOfType(ManifestException.class, folder::readStrictly);
    }

    /** Where {@link #readFailing} writes a file, each in a folder of its own. */
    private Path file(String name) {
        return dir.resolve(name + ".d").resolve(name);
    }

    private static String chinese(ManifestException e) {
        return MessageText.in(Language.SIMPLIFIED_CHINESE).render(e.reason());
    }

    @Test
    @DisplayName("broken YAML: the English line is unchanged; the Chinese line names the file, the place and the parser's words")
    void brokenYaml() {
        ManifestException e = readFailing("broken.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: [unclosed
                """);
        Path file = file("broken.yaml");
        assertThat(e.getMessage()).isEqualTo(file + ": YAML syntax error at line 5, column 1: expected ',' or ']', but got <stream end>");
        assertThat(MessageText.english(e.reason())).isEqualTo(e.getMessage());
        assertThat(chinese(e)).isEqualTo(file + "：第 5 行第 1 列有 YAML 语法错误：expected ',' or ']', but got <stream end>");
    }

    @Test
    @DisplayName("an invalid NetworkPolicy: the English line is unchanged; the Chinese line names the file and the policy")
    void invalidPolicy() {
        ManifestException e = readFailing("policy.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: bad, namespace: shop}
                spec:
                  podSelector: {}
                  ingress:
                  - ports: [{port: 70000}]
                """);
        Path file = file("policy.yaml");
        assertThat(e.getMessage()).isEqualTo(file + ": NetworkPolicy shop/bad: ingress rule 1 port 1: port 70000 is not within 1..65535");
        assertThat(chinese(e)).isEqualTo(file + "：NetworkPolicy shop/bad：入站规则 1 的端口 1：端口 70000 不在 1..65535 范围内");
    }

    @Test
    @DisplayName("a CIDR that is none and a protocol that is none: English unchanged, Chinese names the object")
    void invalidFields() {
        ManifestException cidr = readFailing("cidr.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: wide, namespace: shop}
                spec:
                  podSelector: {}
                  egress:
                  - to: [{ipBlock: {cidr: 10.0.0.0/33}}]
                """);
        assertThat(cidr.getMessage()).isEqualTo(file("cidr.yaml")
                + ": NetworkPolicy shop/wide: egress rule 1 peer 1 ipBlock cidr '10.0.0.0/33' is not a CIDR");
        assertThat(chinese(cidr)).contains("NetworkPolicy shop/wide", "出站规则 1 的对端 1 的 ipBlock cidr '10.0.0.0/33' 不是 CIDR");

        ManifestException protocol = readFailing("svc.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec:
                  ports: [{port: 80, protocol: ICMP}]
                """);
        assertThat(protocol.getMessage()).endsWith(": Service shop/web: port 1: protocol 'ICMP' is not TCP, UDP or SCTP");
        assertThat(chinese(protocol)).endsWith("：Service shop/web：端口 1：协议 'ICMP' 不是 TCP、UDP 或 SCTP");
    }

    @Test
    @DisplayName("a path that does not exist: English unchanged, Chinese names the path")
    void missingPath() {
        Path missing = dir.resolve("nowhere");
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> new ManifestSource().read(missing));
        assertThat(e.getMessage()).isEqualTo(missing + ": no such file or folder");
        assertThat(chinese(e)).isEqualTo(missing + "：没有这个文件或文件夹");
    }

    @Test
    @DisplayName("every Chinese line has Chinese words in it")
    void chineseHasHan() {
        ManifestException e = readFailing("w.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec: {replicas: -1, template: {spec: {containers: []}}}
                """);
        assertThat(e.getMessage()).isEqualTo(file("w.yaml") + ": Deployment shop/web: replicas -1 is negative");
        assertThat(chinese(e)).contains("Deployment shop/web", "-1").containsPattern(HAN);
    }
}
