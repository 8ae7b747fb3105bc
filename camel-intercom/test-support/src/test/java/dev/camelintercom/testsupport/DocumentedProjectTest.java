/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentedProjectTest {

    private static final String JAVA = "package com.example;\n\nclass App {\n    int answer() {\n        return 42;\n    }\n}\n";
    private static final String PROPERTIES = "greeting = hello\n";

    @TempDir
    Path dir;

    private Path project;
    private Path page;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(project.resolve("src/main/java/com/example"));
        Files.writeString(project.resolve("pom.xml"), "<!--\n\n    Copyright 2026 The camel-intercom Authors\n"
                                                      + "    SPDX-License-Identifier: Apache-2.0\n\n-->\n<project/>\n");
        Files.writeString(project.resolve("src/main/java/com/example/App.java"), "/*\n * Copyright 2026 The camel-intercom "
                                                                                 + "Authors\n * SPDX-License-Identifier: Apache-2.0\n */\n" + JAVA);
        Files.writeString(project.resolve("src/app.properties"), "#\n# Copyright 2026 The camel-intercom Authors\n"
                                                                 + "# SPDX-License-Identifier: Apache-2.0\n#\n\n" + PROPERTIES);
        page = dir.resolve("page.md");
    }

    @Test
    void blocksThatAreTheirFilesWithoutTheLicenceHeaderOrPartOfThemPass() throws IOException {
        Files.writeString(page, "<!-- file: pom.xml -->\n```xml\n<project/>\n```\n\n<!-- file: src/main/java/com/example/App.java -->\n"
                                + "```java\n" + JAVA + "```\n\n<!-- part of: src/main/java/com/example/App.java -->\n```java\n"
                                + "int answer() {\n    return 42;\n}\n```\n");
        DocumentedProject documented = new DocumentedProject(project, List.of(page));

        assertEquals(List.of(), documented.blocksThatDifferFromTheirFiles());
        assertEquals(Set.of("pom.xml", "src/main/java/com/example/App.java"), documented.shownWhole());
        assertEquals(Set.of("pom.xml", "src/main/java/com/example/App.java", "src/app.properties"), documented.files());
        assertEquals(PROPERTIES, documented.shown("src/app.properties"));
    }

    @Test
    void aDifferentBlockAPartNotInItsFileAndAMissingFileAreNamed() throws IOException {
        Files.writeString(page, "<!-- file: src/app.properties -->\n```properties\ngreeting = hi\n```\n\n"
                                + "<!-- part of: src/main/java/com/example/App.java -->\n```java\nreturn 43;\n```\n\n"
                                + "<!-- file: src/Missing.java -->\n```java\nclass Missing {}\n```\n");

        assertEquals(List.of(page + ": the block differs from " + project.resolve("src/app.properties"),
                page + ": the block is not part of " + project.resolve("src/main/java/com/example/App.java") + ":\nreturn 43;\n",
                page + ": src/Missing.java is not a file (paths are relative to " + project + ")"),
                new DocumentedProject(project, List.of(page)).blocksThatDifferFromTheirFiles());
    }
}
