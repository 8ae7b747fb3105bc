/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed files a generator of the build writes, whole or between markers: checked against what the generator
 * would write, or written. The build runs each generator (exec-maven-plugin) with {@code ${catalogue.write}}: false
 * fails the build on a stale file, true rewrites it.
 */
public final class GeneratedFiles {

    private final Path base;
    private final String regenerate;
    private final Map<Path, String> expected = new LinkedHashMap<>();

    /**
     * @param base       the directory the paths are relative to
     * @param regenerate the command that rewrites the files, for the message of a stale build
     */
    public GeneratedFiles(Path base, String regenerate) {
        this.base = base;
        this.regenerate = regenerate;
    }

    /** The committed text of a file, to replace a marked part of it with {@link #between}. */
    public String read(Path path) throws IOException {
        return Files.readString(base.resolve(path), StandardCharsets.UTF_8);
    }

    /** The whole content the file should have. */
    public GeneratedFiles expect(Path path, String content) {
        expected.put(path, content);
        return this;
    }

    /** The files whose content differs from what is expected; written when {@code write}. */
    public List<String> update(boolean write) throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            Path path = base.resolve(file.getKey());
            if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                stale.add(file.getKey().toString());
                if (write) {
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
        return stale;
    }

    /** Writes the stale files when {@code write}; otherwise fails on them, naming the command that rewrites them. */
    public void checkOrWrite(boolean write) throws IOException {
        List<String> stale = update(write);
        if (!stale.isEmpty() && !write) {
            throw new IllegalStateException("Generated files are stale: " + stale + ". Regenerate them with " + regenerate
                                            + " and commit the result.");
        }
    }

    /** The text with what stands between the two marker lines replaced by {@code generated}. */
    public static String between(String text, String start, String end, String generated) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from);
        if (from < 0 || to < 0) {
            throw new IllegalStateException("no '" + start + "' ... '" + end + "' markers");
        }
        return text.substring(0, from + start.length()) + "\n" + generated + text.substring(to);
    }
}
