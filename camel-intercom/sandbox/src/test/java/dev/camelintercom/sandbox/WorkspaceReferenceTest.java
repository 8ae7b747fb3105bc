/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelintercom.testsupport.GeneratedFiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The table of {@link Workspace}'s methods in docs/sandbox.md, written from Workspace's source: each public method
 * with its parameters and its Javadoc, in the order of the source. The build fails when the table is stale;
 * {@code -Dcatalogue.write=true} rewrites it.
 */
class WorkspaceReferenceTest {

    private static final Path SOURCE = Path.of("src/main/java/dev/camelintercom/sandbox/Workspace.java");
    private static final Path PAGE = Path.of("docs/sandbox.md");
    private static final String START = "<!-- Workspace's methods: written by WorkspaceReferenceTest -->";
    private static final String END = "<!-- end of Workspace's methods -->";
    private static final Pattern METHOD = Pattern.compile(
            "(/\\*\\*(?:(?!\\*/).)*\\*/)\\n {4}public ([\\w<>, ?]+) (\\w+)\\(([^)]*)\\) \\{", Pattern.DOTALL);

    @Test
    void theTableOfSandboxMdIsWorkspacesApi() throws IOException {
        String source = Files.readString(SOURCE);
        List<String> rows = new ArrayList<>(List.of("| Method | Answers | What it does |", "|---|---|---|"));
        Set<String> documented = new TreeSet<>();
        Matcher m = METHOD.matcher(source);
        while (m.find()) {
            documented.add(m.group(3) + "/" + parameterCount(m.group(4)));
            rows.add("| `" + m.group(3) + "(" + m.group(4) + ")` | `" + m.group(2) + "` | " + text(m.group(1)) + " |");
        }
        assertEquals(publicMethods(), documented, "public methods of Workspace (left) and those with Javadoc (right)");

        GeneratedFiles files = new GeneratedFiles(Path.of("../.."), "mvn -B verify -pl camel-intercom/sandbox -am "
                                                                     + "-Dtest=WorkspaceReferenceTest -Dcatalogue.write=true");
        files.expect(PAGE, GeneratedFiles.between(files.read(PAGE), START, END, String.join("\n", rows) + "\n"));
        files.checkOrWrite(Boolean.getBoolean("catalogue.write"));
    }

    private static Set<String> publicMethods() {
        Set<String> methods = new TreeSet<>();
        Arrays.stream(Workspace.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .forEach(method -> methods.add(method.getName() + "/" + method.getParameterCount()));
        return methods;
    }

    private static int parameterCount(String parameters) {
        String withoutTypeArguments = parameters.replaceAll("<[^<>]*>", "");
        return withoutTypeArguments.isBlank() ? 0 : withoutTypeArguments.split(",").length;
    }

    /** A Javadoc comment as one line of Markdown. */
    private static String text(String javadoc) {
        String text = javadoc.replaceAll("^/\\*\\*|\\*/$", "").replaceAll("\\n\\s*\\* ?", " ").strip();
        return text.replaceAll("\\{@(?:code|link) ([^{}]*(?:\\{[^{}]*}[^{}]*)*)}", "`$1`").replace("|", "\\|");
    }
}
