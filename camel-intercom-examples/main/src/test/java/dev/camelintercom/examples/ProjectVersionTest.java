/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The version of camel-intercom is set in one place, the root pom.xml (the modules' parent versions follow it: Maven
 * refuses a module whose parent version is not its parent's); every other place that states it for a user, the
 * getting-started project's {@code camel-intercom.version} and the dependency snippets of the README and the docs, is
 * checked against it here.
 */
class ProjectVersionTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern DEPENDENCY_VERSION = Pattern.compile(
            "<artifactId>(camel-intercom[a-z-]*)</artifactId>\\s*<version>([^<$]+)</version>");

    @Test
    void everyVersionAUserIsToldIsTheRootPomsVersion() throws IOException {
        String version = rootVersion();
        Map<String, String> stated = new TreeMap<>();
        Matcher property = Pattern.compile("<camel-intercom\\.version>([^<]+)</camel-intercom\\.version>")
                .matcher(read(ROOT.resolve("camel-intercom-examples/getting-started/pom.xml")));
        while (property.find()) {
            stated.put("camel-intercom-examples/getting-started/pom.xml camel-intercom.version", property.group(1));
        }
        for (Path page : pages()) {
            Matcher m = DEPENDENCY_VERSION.matcher(read(page));
            for (int i = 1; m.find(); i++) {
                stated.put(ROOT.relativize(page) + " " + m.group(1) + " #" + i, m.group(2));
            }
        }
        assertFalse(stated.isEmpty(), "no version found outside the root pom");
        Map<String, String> others = new TreeMap<>(stated);
        others.values().removeIf(version::equals);
        assertEquals(Map.of(), others, "versions that are not the root pom's " + version);
    }

    private static String rootVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>camel-intercom-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(ROOT.resolve("pom.xml")));
        assertTrue(m.find(), "the root pom's version");
        return m.group(1);
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"));
             Stream<Path> adoc = Files.list(ROOT.resolve("camel-intercom/component/src/main/docs"))) {
            Stream.concat(docs, adoc).filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".adoc"))
                    .sorted().forEach(pages::add);
        }
        return pages;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
