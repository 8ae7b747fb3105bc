/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedFilesTest {

    private static final Path DOC = Path.of("doc.md");

    @TempDir
    Path dir;

    @Test
    void aStaleFileFailsTheCheckWithTheCommandThatRewritesItAndIsLeftAsItWas() throws IOException {
        Files.writeString(dir.resolve(DOC), "old\n");
        GeneratedFiles files = new GeneratedFiles(dir, "regenerate-command").expect(DOC, "new\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> files.checkOrWrite(false));

        assertTrue(e.getMessage().contains("[doc.md]") && e.getMessage().contains("regenerate-command"), e.getMessage());
        assertEquals("old\n", Files.readString(dir.resolve(DOC)));
    }

    @Test
    void writingRewritesStaleAndMissingFilesAndThenTheyAreCurrent() throws IOException {
        Files.writeString(dir.resolve(DOC), "old\n");
        Path missing = Path.of("sub/new.json");
        GeneratedFiles files = new GeneratedFiles(dir, "regenerate-command").expect(DOC, "new\n").expect(missing, "{}\n");

        files.checkOrWrite(true);

        assertEquals("new\n", Files.readString(dir.resolve(DOC)));
        assertEquals("{}\n", Files.readString(dir.resolve(missing)));
        assertEquals(List.of(), files.update(false));
    }

    @Test
    void betweenReplacesOnlyWhatStandsBetweenTheMarkers() {
        String text = "intro\n<!-- START -->\nold table\n<!-- END -->\noutro\n";

        assertEquals("intro\n<!-- START -->\nnew table\n<!-- END -->\noutro\n",
                GeneratedFiles.between(text, "<!-- START -->", "<!-- END -->", "new table\n"));
        assertThrows(IllegalStateException.class, () -> GeneratedFiles.between("no markers", "<!-- START -->",
                "<!-- END -->", ""));
    }
}
