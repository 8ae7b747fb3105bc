/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The dead-letter file of the import: one CSV line per refused row, {@code line,reason,row}, with the line number in
 * the import file, the reason (the component's message, or the job's own) and the row as it was. Also keeps the
 * external ids seen, to refuse a second row with the same one.
 */
public final class RefusedRows implements AutoCloseable {

    private final Path file;
    private final Writer writer;
    private final Map<String, Integer> externalIds = new HashMap<>();
    private int count;

    public RefusedRows(Path file) {
        this.file = file.toAbsolutePath();
        try {
            Path parent = this.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.writer = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
            writer.write("line,reason,row\n");
            writer.flush();
        } catch (IOException e) {
            throw new JobSetupException("Cannot write the refused rows to " + this.file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a row whose external_id an earlier row of the file has. */
    public synchronized void requireFirst(ContactRow row) {
        if (row.externalId().isEmpty()) {
            return;
        }
        Integer first = externalIds.putIfAbsent(row.externalId(), row.line());
        if (first != null) {
            throw new RefusedRowException("duplicate external_id " + row.externalId() + ": line " + first + " has it already");
        }
    }

    public synchronized void refuse(int line, String reason, String row) {
        try {
            writer.write(line + "," + quote(reason) + "," + quote(row) + "\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    public synchronized int count() {
        return count;
    }

    public Path file() {
        return file;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
