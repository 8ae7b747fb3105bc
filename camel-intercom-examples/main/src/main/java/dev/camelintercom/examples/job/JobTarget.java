/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.util.Map;

/**
 * Where the job's routes send their calls: the embedded sandbox ({@link DemoTarget}) or a real workspace
 * ({@link LiveTarget}).
 */
public interface JobTarget extends AutoCloseable {

    /** One line saying where the job runs. */
    String describe();

    /** Camel properties that point the routes at the target. */
    Map<String, String> properties();

    /** Called once the routes run. */
    default void routesStarted() {
    }

    /** Whether the triage has seen all it is going to see; the job then ends after one more stale sweep. */
    boolean caughtUp();

    /** What the progress line adds about the target; empty for nothing. */
    default String progress() {
        return "";
    }

    /** The API calls made so far, and how they were counted. */
    int apiCalls(JobTally tally);

    String apiCallsNote();

    @Override
    void close();
}
