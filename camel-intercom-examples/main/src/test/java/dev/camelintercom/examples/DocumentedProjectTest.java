/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelintercom.testsupport.DocumentedProject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project {@code camel-intercom-examples/getting-started}, which the build compiles and tests, is the new project
 * the README, docs/getting-started.md and docs/sandbox.md tell a user to write: every file of it is shown whole on one
 * of those pages ({@code <!-- file: path -->} before the block), every block so marked is its file to the character,
 * and a block marked {@code <!-- part of: path -->} stands in its file as it is (but for indentation). A marked path
 * is relative to that project; one that leaves it ({@code ../main/...}) names a file of another example, such as the
 * README's consumer route. This is the one test of these pages' blocks against the files ({@link DocumentedProject}
 * compares them; {@link FrameworkPagesTest} does the same for the Spring Boot and Quarkus pages). Since the project's
 * tests run with camel-test-junit5 on the class path, which brings most Camel components, the checks that a route's
 * components and placeholders are in the pom and the properties are made here, from the files.
 */
class DocumentedProjectTest {

    private static final Path PROJECT = Path.of("../getting-started");
    private static final List<Path> PAGES = List.of(Path.of("../../README.md"), Path.of("../../docs/getting-started.md"),
            Path.of("../../docs/sandbox.md"));
    private static final Pattern ANY_BLOCK = Pattern.compile("(<!-- (?:file|part of): \\S+ -->\n)?```([a-z]*)\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}:]+)(:[^}]*)?}}");

    private static final DocumentedProject DOCUMENTED = new DocumentedProject(PROJECT, PAGES);

    @Test
    void everyFileOfTheProjectIsShownWholeOnAPage() throws IOException {
        assertEquals(DOCUMENTED.files(), DOCUMENTED.shownWhole(),
                "files of " + PROJECT + " (left) and files shown whole on the pages (right)");
    }

    @Test
    void everyMarkedBlockIsItsFile() {
        assertEquals(List.of(), DOCUMENTED.blocksThatDifferFromTheirFiles());
    }

    /**
     * A YAML block, a route builder or a test on the getting-started and sandbox pages is a file to copy, not a
     * fragment to fit somewhere.
     */
    @Test
    void everyRouteAndTestOnThePagesIsAMarkedFile() throws IOException {
        List<String> fragments = new ArrayList<>();
        for (Path page : List.of(PAGES.get(1), PAGES.get(2))) {
            Matcher m = ANY_BLOCK.matcher(read(page));
            while (m.find()) {
                boolean route = m.group(2).equals("yaml") || m.group(3).contains("extends RouteBuilder")
                                || m.group(3).contains("@Test");
                if (route && m.group(1) == null) {
                    fragments.add(page + ":\n" + m.group(3));
                }
            }
        }
        assertEquals(List.of(), fragments, "unmarked routes");
    }

    /** camel-intercom brings camel-http and little else: each scheme a route uses needs its component in the pom. */
    @Test
    void thePomHasTheComponentOfEveryEndpointAndLanguageTheRoutesUse() throws IOException {
        String routes = read(PROJECT.resolve("src/main/java/com/example/ImportLeadsRoute.java"))
                        + read(PROJECT.resolve("src/main/resources/routes/close-stale.yaml"));
        Set<String> needed = new TreeSet<>(Set.of("camel-intercom", "camel-main", "camel-yaml-dsl"));
        Matcher uri = Pattern.compile("(?:from\\(\"|to\\(\"|uri: )([a-z]+):").matcher(routes);
        while (uri.find()) {
            needed.add("camel-" + uri.group(1));
        }
        if (Pattern.compile("\\$\\{(body|header\\.\\w+)\\.\\w+").matcher(routes).find()) {
            // simple expressions that call methods ask the bean language
            needed.add("camel-bean");
        }
        Set<String> compile = new TreeSet<>();
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                .matcher(section(read(PROJECT.resolve("pom.xml")), "</dependencyManagement>", "</dependencies>"));
        while (dependency.find()) {
            if (!dependency.group(1).contains("<scope>")) {
                compile.add(tag(dependency.group(1), "artifactId"));
            }
        }
        needed.removeAll(compile);
        assertEquals(Set.of(), needed, "used by the routes, not compile dependencies of the pom");
    }

    /** A placeholder without a default is defined in application.properties or comes from the environment, as shown. */
    @Test
    void everyPlaceholderIsDefinedOrTakenFromTheEnvironment() throws IOException {
        String properties = read(PROJECT.resolve("src/main/resources/application.properties"));
        Properties defined = new Properties();
        defined.load(new java.io.StringReader(properties));
        String page = read(PAGES.get(1));
        Map<String, String> problems = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(properties + read(PROJECT.resolve("src/main/java/com/example/ImportLeadsRoute.java"))
                                        + read(PROJECT.resolve("src/main/resources/routes/close-stale.yaml")));
        while (m.find()) {
            String name = m.group(1);
            String variable = name.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_");
            boolean fromEnvironment = properties.contains("environment variable\n# " + variable)
                                      || properties.contains("environment variable " + variable);
            if (m.group(2) == null && !defined.containsKey(name)
                && !(fromEnvironment && page.contains("| `" + name + "` | `" + variable + "` |"))) {
                problems.put(name, "neither defined in application.properties nor named with " + variable
                                   + " there and in the table of getting-started.md");
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void everyPropertyThePomUsesIsDefinedInIt() throws IOException {
        String pom = read(PROJECT.resolve("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
        Set<String> undefined = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(pom);
        while (m.find()) {
            if (!m.group(1).startsWith("project.") && !pom.contains("<" + m.group(1) + ">")) {
                undefined.add(m.group(1));
            }
        }
        assertEquals(Set.of(), undefined, "properties the pom uses but does not define");
    }

    @Test
    void theReadmeGivesTheVersionThePomUsesAndItsCommands() throws IOException {
        String readme = read(PAGES.get(0));
        String version = tag(read(PROJECT.resolve("pom.xml")), "camel-intercom.version");
        assertTrue(readme.contains("<artifactId>camel-intercom</artifactId>\n    <version>" + version + "</version>"),
                "README's Maven coordinates: version " + version);
        assertTrue(readme.contains("\n    mvn -B install -DskipTests\n"), "README: the jars without the tests");
        assertTrue(readme.contains("\n    mvn -B verify\n"), "README: the test command");
        assertTrue(readme.contains("\n    mvn -B -q package -Pmain-job\n"), "README: the run command");
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start));
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(xml);
        assertTrue(m.find(), "no <" + name + ">");
        return m.group(1).strip();
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
