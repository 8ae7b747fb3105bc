/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CSV file of contacts to import: the one shipped with the example (on the classpath) or one the user names. Its
 * text is read once, at {@link #open}: a missing or unreadable file stops the job before it starts.
 */
public final class CsvFile {

    /** The file shipped with the example: contacts of the demo workspace and new ones, and a few bad rows. */
    public static final String DEMO = "job/contacts.csv";

    private final String name;
    private final String text;

    private CsvFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The shipped demo file. */
    public static CsvFile demo() {
        try (InputStream in = CsvFile.class.getClassLoader().getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new JobSetupException("The demo CSV file " + DEMO + " is not on the classpath");
            }
            return checked("classpath:" + DEMO, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the user names; {@link JobSetupException} when it is missing or cannot be read. */
    public static CsvFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new JobSetupException("Cannot read the CSV file " + path.toAbsolutePath() + ": there is no such file");
        }
        try {
            return checked(path.toAbsolutePath().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (AccessDeniedException e) {
            throw new JobSetupException("Cannot read the CSV file " + path.toAbsolutePath() + ": permission denied", e);
        } catch (IOException e) {
            throw new JobSetupException("Cannot read the CSV file " + path.toAbsolutePath() + ": " + e, e);
        }
    }

    private static CsvFile checked(String name, String text) {
        String header = text.lines().findFirst().orElse("").strip();
        if (!header.equals(ContactRow.HEADER)) {
            throw new JobSetupException("The CSV file " + name + " must start with the header line " + ContactRow.HEADER);
        }
        return new CsvFile(name, text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The rows after the header line, blank lines left out. */
    public int dataRows() {
        return (int) Math.max(0, text.lines().filter(line -> !line.isBlank()).count() - 1);
    }
}
