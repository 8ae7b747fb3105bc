/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.time.Duration;
import java.util.Map;

/**
 * The user's own workspace, reached with their token (the component's {@code accessToken} and {@code region} come from
 * {@code INTERCOM_ACCESS_TOKEN} and {@code INTERCOM_REGION}): nothing is seeded, and the triage runs for
 * {@code job.live-duration} (default one minute) after the start.
 */
public final class LiveTarget implements JobTarget {

    private final String region;
    private final Duration duration;
    private long startedAt;

    public LiveTarget(JobSettings settings) {
        this.region = settings.properties().get("intercom.region");
        this.duration = settings.durationProperty("job.live-duration", "1m", "1m");
    }

    @Override
    public String describe() {
        return "Support-operations job on your Intercom workspace (region " + region + "), triage for "
               + duration.toSeconds() + " s";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of();
    }

    @Override
    public void routesStarted() {
        startedAt = System.nanoTime();
    }

    @Override
    public boolean caughtUp() {
        return startedAt != 0 && System.nanoTime() - startedAt >= duration.toNanos();
    }

    @Override
    public int apiCalls(JobTally tally) {
        return tally.producerCalls();
    }

    @Override
    public String apiCallsNote() {
        return "sent by the routes; the consumer's polls are not counted";
    }

    @Override
    public void close() {
        // nothing of ours to stop
    }
}
