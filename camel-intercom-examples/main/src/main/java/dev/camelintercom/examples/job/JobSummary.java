/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The figures of a finished run, and the block of text that shows them. */
public record JobSummary(boolean caughtUp, int csvRows, int rowsImported, int rowsRefused, Path refusedFile,
        long conversationsTriaged, int tagged, int assigned, int replied, int closedByRules, int closedStale,
        int apiCalls, String apiCallsNote, int rateLimitedInRoutes, Duration time) {

    public String format() {
        StringBuilder text = new StringBuilder();
        text.append(caughtUp ? "Done." : "Stopped before the job caught up (Ctrl-C, or job.max-duration passed).").append('\n');
        line(text, "CSV rows imported", rowsImported + " of " + csvRows);
        line(text, "CSV rows refused", rowsRefused + (rowsRefused == 0 ? "" : ", see " + refusedFile));
        line(text, "new conversations", conversationsTriaged + " triaged: " + tagged + " tagged, " + assigned + " assigned, "
                                        + replied + " replied to, " + closedByRules + " closed by the rules");
        line(text, "stale conversations", closedStale + " closed");
        line(text, "API calls", apiCalls + " (" + apiCallsNote + ")");
        line(text, "429s in a route", String.valueOf(rateLimitedInRoutes));
        line(text, "time", String.format(Locale.ROOT, "%.1f s", time.toMillis() / 1000.0));
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-21s %s%n", label, value));
    }
}
