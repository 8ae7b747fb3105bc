/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A project that the build compiles and tests, and the pages that show it: a block after {@code <!-- file: path -->}
 * is that file of the project to the character, one after {@code <!-- part of: path -->} stands in it as it is (but
 * for indentation). Paths are relative to the project; one that leaves it ({@code ../main/...}) names a file of a
 * neighbour. The files carry the repository's licence header, which the pages leave out.
 */
public final class DocumentedProject {

    private static final Pattern MARKED_BLOCK = Pattern.compile("<!-- (file|part of): (\\S+) -->\n```[a-z]*\n(.*?)```",
            Pattern.DOTALL);
    /** The licence header every file of the repository carries, which the pages leave out (it is ours, not the user's). */
    private static final Pattern LICENCE_HEADER = Pattern.compile(
            "/\\*\n \\* Copyright [^\n]*\n \\* SPDX-License-Identifier: Apache-2\\.0\n \\*/\n"
            + "|#\n# Copyright [^\n]*\n# SPDX-License-Identifier: Apache-2\\.0\n#\n\n?"
            + "|<!--\n\n {4}Copyright [^\n]*\n {4}SPDX-License-Identifier: Apache-2\\.0\n\n-->\n");

    /** A marked block: its page, {@code file} or {@code part of}, the path it names and its text. */
    public record Block(Path page, String kind, String path, String text) {

        public boolean wholeFile() {
            return kind.equals("file");
        }
    }

    private final Path project;
    private final List<Path> pages;

    public DocumentedProject(Path project, List<Path> pages) {
        this.project = project;
        this.pages = List.copyOf(pages);
    }

    public Path project() {
        return project;
    }

    /** The marked blocks of every page, in page order. */
    public List<Block> markedBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = MARKED_BLOCK.matcher(read(page));
            while (m.find()) {
                blocks.add(new Block(page, m.group(1), m.group(2), m.group(3)));
            }
        }
        return blocks;
    }

    /** The files of the project the pages show whole (not those of a neighbour). */
    public Set<String> shownWhole() {
        Set<String> shown = new TreeSet<>();
        markedBlocks().stream().filter(b -> b.wholeFile() && !b.path().startsWith("../")).forEach(b -> shown.add(b.path()));
        return shown;
    }

    /** The project's pom.xml and every file under its src/, as paths relative to it. */
    public Set<String> files() {
        Set<String> files = new TreeSet<>();
        files.add("pom.xml");
        try (Stream<Path> walk = Files.walk(project.resolve("src"))) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(project.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Each marked block that is not its file, or not part of it, described; empty when every block is right. */
    public List<String> blocksThatDifferFromTheirFiles() {
        List<String> problems = new ArrayList<>();
        for (Block block : markedBlocks()) {
            Path file = project.resolve(block.path()).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(block.page() + ": " + block.path() + " is not a file (paths are relative to " + project + ")");
            } else if (block.wholeFile() && !shown(file).equals(block.text())) {
                problems.add(block.page() + ": the block differs from " + file);
            } else if (!block.wholeFile() && !trimmed(shown(file)).contains(trimmed(block.text()))) {
                problems.add(block.page() + ": the block is not part of " + file + ":\n" + block.text());
            }
        }
        return problems;
    }

    /** A file of the project as a page shows it: without the licence header. */
    public String shown(String path) {
        return shown(project.resolve(path));
    }

    private static String shown(Path path) {
        return LICENCE_HEADER.matcher(read(path)).replaceFirst("");
    }

    private static String trimmed(String text) {
        return text.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
