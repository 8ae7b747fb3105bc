/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelintercom.testsupport.DocumentedProject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/spring-boot.md and docs/quarkus.md show a new application from an empty folder: the Spring Boot and Quarkus
 * examples, which the build compiles, tests and packages, are those applications. Each marked block of a page is its
 * file of the example (or part of it), and each page shows whole what the application needs to build, run, answer
 * its health endpoint and pass a test: the pom, the properties, a route, the code they use and a test. The examples
 * are standalone projects, as a user's are, so their versions are checked here against the root pom's.
 */
class FrameworkPagesTest {

    private static final Path ROOT_POM = Path.of("../../pom.xml");
    private static final DocumentedProject SPRING_BOOT = new DocumentedProject(Path.of("../spring-boot"),
            List.of(Path.of("../../docs/spring-boot.md")));
    private static final DocumentedProject QUARKUS = new DocumentedProject(Path.of("../quarkus"),
            List.of(Path.of("../../docs/quarkus.md")));

    @Test
    void everyMarkedBlockIsItsFile() {
        assertEquals(List.of(), SPRING_BOOT.blocksThatDifferFromTheirFiles());
        assertEquals(List.of(), QUARKUS.blocksThatDifferFromTheirFiles());
    }

    @Test
    void theSpringBootPageShowsTheApplicationWhole() {
        String code = "src/main/java/dev/camelintercom/examples/springboot/";
        assertShownWhole(SPRING_BOOT, "pom.xml", "src/main/resources/application.properties",
                "src/main/resources/routes/triage-conversations.yaml", code + "IntercomSpringBootApplication.java",
                code + "SandboxOrLive.java",
                "src/test/java/dev/camelintercom/examples/springboot/TriageConversationsTest.java");
    }

    @Test
    void theQuarkusPageShowsTheApplicationWhole() {
        String tests = "src/test/java/dev/camelintercom/examples/quarkus/";
        assertShownWhole(QUARKUS, "pom.xml", "src/main/resources/application.properties",
                "src/main/resources/routes/triage-conversations.yaml",
                "src/main/java/dev/camelintercom/examples/quarkus/CamelHealthChecks.java", tests + "SandboxResource.java",
                tests + "TriageConversationsTest.java", tests + "HealthTest.java");
    }

    /** Every file of src/main of the Quarkus example is shown: the page's application is the whole example. */
    @Test
    void theQuarkusPageShowsEveryFileOfTheApplication() {
        Set<String> main = new TreeSet<>(QUARKUS.files());
        main.removeIf(file -> file.startsWith("src/test/"));
        assertEquals(Set.of(), difference(main, QUARKUS.shownWhole()), "files of the Quarkus example not on its page");
    }

    @Test
    void theExamplesUseTheVersionsTheProjectIsBuiltWith() throws IOException {
        String root = Files.readString(ROOT_POM);
        String springBoot = Files.readString(SPRING_BOOT.project().resolve("pom.xml"));
        String quarkus = Files.readString(QUARKUS.project().resolve("pom.xml"));
        String project = tag(root, "version");

        assertEquals(tag(root, "spring-boot.version"), tag(section(springBoot, "<parent>"), "version"), "Spring Boot");
        assertEquals(tag(root, "camel-spring-boot.version"), tag(section(springBoot, "camel-spring-boot-bom"), "version"),
                "camel-spring-boot-bom");
        assertEquals(tag(root, "quarkus.platform.version"), tag(quarkus, "quarkus.platform.version"), "Quarkus platform");
        assertEquals(tag(root, "maven.compiler.release"), tag(quarkus, "maven.compiler.release"), "Java release");
        assertEquals(tag(root, "maven-compiler-plugin.version"), tag(section(quarkus, "maven-compiler-plugin"), "version"));
        assertEquals(tag(root, "maven-surefire-plugin.version"), tag(section(quarkus, "maven-surefire-plugin"), "version"));
        for (String pom : List.of(springBoot, quarkus)) {
            assertEquals(project, tag(pom, "camel-intercom.version"), "camel-intercom.version");
            assertEquals(project, tag(pom.substring(pom.indexOf("</parent>") + 1), "version"), "the example's version");
        }
    }

    private static void assertShownWhole(DocumentedProject page, String... files) {
        assertEquals(Set.of(), difference(new TreeSet<>(List.of(files)), page.shownWhole()),
                "files of " + page.project() + " its page does not show whole");
    }

    private static Set<String> difference(Set<String> files, Set<String> shown) {
        Set<String> missing = new TreeSet<>(files);
        missing.removeAll(shown);
        return missing;
    }

    /** The pom from the first occurrence of {@code text} on. */
    private static String section(String pom, String text) {
        int at = pom.indexOf(text);
        assertTrue(at >= 0, "no " + text);
        return pom.substring(at);
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
        assertTrue(m.find(), "no <" + name + ">");
        return m.group(1).strip();
    }
}
