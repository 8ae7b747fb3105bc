/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.camelintercom.component.model.Admin;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.util.URISupport;

/**
 * Intercom's answer to {@code GET /me} for one token at one base URI (and one set of transport settings), shared by
 * every producer check of a component that sends with them and remembered for the component's
 * {@code healthCheckCacheTime}: ten routes with one token cost one call per cache period, not ten. It keeps no token:
 * the component finds it by a hash. Its messages name the host, not the URI: Camel's health endpoint escapes a slash
 * twice.
 */
final class IntercomTokenProbe {

    static final String ADMIN_ID = "intercom.admin.id";
    static final String WORKSPACE_ID = "intercom.workspace.id";
    static final String WORKSPACE_REGION = "intercom.workspace.region";

    /** What a probe found: UP with the admin and workspace, or DOWN with the cause. */
    record Outcome(State state, String message, Throwable error, Map<String, Object> details) {
    }

    private final String host;
    // guarded by this
    private Outcome outcome;
    private long checkedAt;

    IntercomTokenProbe(String baseUri) {
        URI uri = URI.create(URISupport.sanitizeUri(baseUri));
        this.host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /**
     * The remembered outcome while it is younger than {@code cacheTime} milliseconds at {@code now}, else a new one,
     * asked with {@code identify} (the asking endpoint's {@code GET /me}).
     */
    synchronized Outcome outcome(long now, long cacheTime, Callable<Admin> identify) {
        if (outcome == null || now - checkedAt >= cacheTime) {
            outcome = probe(identify);
            checkedAt = now;
        }
        return outcome;
    }

    private Outcome probe(Callable<Admin> identify) {
        try {
            Admin me = identify.call();
            Map<String, Object> details = new LinkedHashMap<>();
            putIfNotNull(details, ADMIN_ID, me == null ? null : me.getId());
            Map<String, Object> app = me == null || me.getApp() == null ? Map.of() : me.getApp();
            putIfNotNull(details, WORKSPACE_ID, app.get("id_code"));
            putIfNotNull(details, WORKSPACE_REGION, app.get("region"));
            return new Outcome(State.UP, null, null, details);
        } catch (IntercomApiException e) {
            String message = e.getStatusCode() == 401
                    ? IntercomApiException.tokenRefused(host)
                    : "Intercom answered " + e.getStatusCode() + (e.getErrorCode() == null ? "" : " (" + e.getErrorCode() + ")")
                      + " at " + host + " when asked whose the access token is";
            return new Outcome(State.DOWN, message, e, IntercomHealthDetails.of(e));
        } catch (IntercomTransportException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")";
            return new Outcome(State.DOWN, "Intercom cannot be reached at " + host + ": "
                                           + (e.isRequestMayHaveArrived() ? "no complete answer" : "no connection") + cause
                                           + "; check the host, the region or baseUri option, and the network",
                    e, Map.of());
        } catch (Exception e) {
            return new Outcome(State.DOWN, "Intercom's answer at " + host + " could not be read: "
                                           + e.getClass().getSimpleName(), e, Map.of());
        }
    }

    private static void putIfNotNull(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
