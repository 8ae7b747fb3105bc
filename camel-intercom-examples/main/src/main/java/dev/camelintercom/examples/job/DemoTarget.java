/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.sandbox.DemoArrivals;
import dev.camelintercom.sandbox.DemoSeed;
import dev.camelintercom.sandbox.IntercomSandbox;
import dev.camelintercom.sandbox.SandboxOptions;
import dev.camelintercom.sandbox.SandboxRequests;

/**
 * The embedded sandbox, started and seeded by the job: the demo workspace, Intercom's rate limit scaled down
 * ({@code job.rate-limit} calls per {@code job.rate-limit-window}, default 167 per 10 s, a tenth of Intercom's), and
 * {@code job.arrivals} new conversations, one every {@code job.arrivals-every}, once the routes run.
 */
public final class DemoTarget implements JobTarget {

    /** How many new conversations arrive by default. */
    public static final int ARRIVALS = 36;

    private final IntercomSandbox sandbox;
    private final DemoSeed.Seeded seeded;
    private final long seededAt;
    private final int arrivalCount;
    private final Duration arrivalsEvery;
    private volatile DemoArrivals arrivals;

    public DemoTarget(JobSettings settings) {
        this.sandbox = IntercomSandbox.start(SandboxOptions.defaults()
                .rateLimit(settings.intProperty("job.rate-limit", 167, 0))
                .rateLimitWindowSeconds(settings.intProperty("job.rate-limit-window", 10, 0)));
        this.seededAt = sandbox.clock().now();
        this.seeded = DemoSeed.seed(sandbox);
        this.arrivalCount = settings.intProperty("job.arrivals", ARRIVALS, 0);
        this.arrivalsEvery = settings.durationProperty("job.arrivals-every", "750ms", "0");
    }

    @Override
    public String describe() {
        return "Support-operations job on the embedded sandbox at " + sandbox.baseUri() + ": " + seeded.contactIds().size()
               + " contacts, " + seeded.companyIds().size() + " companies, " + seeded.backlogIds().size()
               + " old open conversations, " + arrivalCount + " new ones arriving; rate limit "
               + sandbox.options().rateLimit() + " calls per " + sandbox.options().rateLimitWindowSeconds() + " s";
    }

    @Override
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        // literal values, so that a token or admin of the environment never reaches the sandbox run
        properties.put("camel.component.intercom.base-uri", sandbox.baseUri());
        properties.put("camel.component.intercom.access-token", sandbox.accessToken());
        properties.put("intercom.admin-id", sandbox.workspace().adminId());
        properties.put("job.team.support", seeded.teamId("Support"));
        properties.put("job.team.billing", seeded.teamId("Billing"));
        properties.put("job.team.shipping", seeded.teamId("Shipping"));
        properties.put("job.team.technical", seeded.teamId("Technical"));
        // the backlog is 40 days old: the triage sees only what arrives after the seed
        properties.put("job.start-from", String.valueOf(seededAt));
        return properties;
    }

    @Override
    public void routesStarted() {
        arrivals = DemoSeed.arrivals(sandbox, seeded, arrivalCount, arrivalsEvery);
    }

    /** Every conversation arrived, and each one was triaged (it has a team) or closed before its turn. */
    @Override
    public boolean caughtUp() {
        DemoArrivals current = arrivals;
        if (current == null || !current.finished()) {
            return false;
        }
        for (String id : current.ids()) {
            ObjectNode conversation = sandbox.workspace().conversation(id);
            // an unassigned conversation's team_assignee_id is 0 (or null)
            if (conversation.path("team_assignee_id").asLong(0) == 0 && "open".equals(conversation.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String progress() {
        DemoArrivals current = arrivals;
        int window = sandbox.options().rateLimitWindowSeconds();
        long now = sandbox.clock().now();
        long windowStart = now - Math.floorMod(now, window);
        List<SandboxRequests.Recorded> recent = sandbox.requests().all();
        // the last window that is over: how close the governor keeps to the limit
        long lastWindow = recent.stream().filter(r -> r.at() >= windowStart - window && r.at() < windowStart).count();
        return (current == null ? 0 : current.created()) + " of " + arrivalCount + " arrived · last " + window
               + " s window: " + lastWindow + " calls of " + sandbox.options().rateLimit();
    }

    @Override
    public int apiCalls(JobTally tally) {
        return sandbox.requests().count();
    }

    @Override
    public String apiCallsNote() {
        return "counted by the sandbox, polls included; at most " + sandbox.options().rateLimit() + " per "
               + sandbox.options().rateLimitWindowSeconds() + " s";
    }

    public IntercomSandbox sandbox() {
        return sandbox;
    }

    public DemoSeed.Seeded seeded() {
        return seeded;
    }

    /** The conversations that arrived while the job ran. */
    public List<String> arrivedIds() {
        return arrivals == null ? List.of() : arrivals.ids();
    }

    @Override
    public void close() {
        if (arrivals != null) {
            arrivals.close();
        }
        sandbox.close();
    }
}
