/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.Map;
import java.util.function.LongSupplier;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

/**
 * Readiness of an endpoint's producers: whether Intercom accepts the endpoint's token at its base URI (right token,
 * right region). The answer is the component's {@link IntercomTokenProbe} for that token and base URI, shared with
 * every other producer check that uses them: {@code GET /me} on the first check, then remembered for the component's
 * {@code healthCheckCacheTime}, so that a probe every few seconds does not spend the rate limit, however many routes
 * there are. DOWN names the cause (a rejected token, a host that cannot be reached); nothing it reports holds the
 * token.
 */
final class IntercomProducerHealthCheck implements HealthCheck {

    private final IntercomEndpoint endpoint;
    private final IntercomTokenProbe probe;
    private final String id;
    private final String endpointUri;
    private final String baseUri;
    private volatile boolean enabled = true;

    IntercomProducerHealthCheck(IntercomEndpoint endpoint) {
        this.endpoint = endpoint;
        this.probe = endpoint.getComponent().tokenProbe(endpoint.getConfiguration());
        this.id = idOf(endpoint);
        this.endpointUri = URISupport.sanitizeUri(endpoint.getEndpointUri());
        this.baseUri = URISupport.sanitizeUri(endpoint.getConfiguration().resolveBaseUri());
    }

    /** The check's id, in Camel's form for producer checks: the endpoint's id, which shows nothing of its options. */
    static String idOf(IntercomEndpoint endpoint) {
        return "producer:intercom-" + endpoint.getId();
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(ENDPOINT_URI, endpointUri);
        builder.detail(IntercomHealthDetails.BASE_URI, baseUri);
        if (!enabled) {
            builder.detail(CHECK_ENABLED, false);
            return builder.message("Disabled").unknown().build();
        }
        IntercomComponent component = endpoint.getComponent();
        LongSupplier clock = component.healthCheckClock();
        IntercomTokenProbe.Outcome current = probe.outcome(clock.getAsLong(), component.getHealthCheckCacheTime(),
                endpoint::identify);
        builder.state(current.state()).details(current.details()).error(current.error());
        if (current.message() != null) {
            builder.message(current.message());
        }
        return builder.build();
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isLiveness() {
        // a token Intercom rejects needs a person, not a restart
        return false;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String toString() {
        return id;
    }
}
