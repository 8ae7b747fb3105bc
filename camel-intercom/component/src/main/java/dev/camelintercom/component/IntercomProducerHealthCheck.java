package dev.camelintercom.component;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.camelintercom.component.model.Admin;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

/**
 * Readiness of an endpoint's producers: whether Intercom accepts the endpoint's token at its base URI (right token,
 * right region). Asks {@code GET /me} on the first check and remembers the answer for the component's
 * {@code healthCheckCacheTime}, so that a probe every few seconds does not spend the rate limit. DOWN names the cause
 * (a rejected token, a host that cannot be reached); nothing it reports holds the token. Its messages name the host, not
 * the URI: Camel's health endpoint escapes a slash twice.
 */
final class IntercomProducerHealthCheck implements HealthCheck {

    static final String ADMIN_ID = "intercom.admin.id";
    static final String WORKSPACE_ID = "intercom.workspace.id";
    static final String WORKSPACE_REGION = "intercom.workspace.region";

    private final IntercomEndpoint endpoint;
    private final String id;
    private final String endpointUri;
    private final String baseUri;
    private final String host;
    private volatile boolean enabled = true;
    private volatile LongSupplier clock = System::currentTimeMillis;
    // guarded by this
    private Outcome outcome;
    private long checkedAt;

    IntercomProducerHealthCheck(IntercomEndpoint endpoint) {
        this.endpoint = endpoint;
        this.id = idOf(endpoint);
        this.endpointUri = URISupport.sanitizeUri(endpoint.getEndpointUri());
        this.baseUri = URISupport.sanitizeUri(endpoint.getConfiguration().resolveBaseUri());
        URI uri = URI.create(baseUri);
        this.host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
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
        Outcome current = outcome();
        builder.state(current.state()).details(current.details()).error(current.error());
        if (current.message() != null) {
            builder.message(current.message());
        }
        return builder.build();
    }

    /** The remembered outcome while it is younger than the cache time, else a new one. */
    private synchronized Outcome outcome() {
        long now = clock.getAsLong();
        if (outcome == null || now - checkedAt >= endpoint.getComponent().getHealthCheckCacheTime()) {
            outcome = probe();
            checkedAt = now;
        }
        return outcome;
    }

    private Outcome probe() {
        try {
            Admin me = endpoint.identify();
            Map<String, Object> details = new LinkedHashMap<>();
            putIfNotNull(details, ADMIN_ID, me == null ? null : me.getId());
            Map<String, Object> app = me == null || me.getApp() == null ? Map.of() : me.getApp();
            putIfNotNull(details, WORKSPACE_ID, app.get("id_code"));
            putIfNotNull(details, WORKSPACE_REGION, app.get("region"));
            return new Outcome(State.UP, null, null, details);
        } catch (IntercomApiException e) {
            String message = e.getStatusCode() == 401
                    ? "Intercom rejected the access token (401 unauthorized) at " + host + ": the token is wrong or "
                      + "revoked, or its workspace is in another region (check the region or baseUri option)"
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

    /** The clock of the cache, in milliseconds; tests move it on. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
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

    private record Outcome(State state, String message, Throwable error, Map<String, Object> details) {
    }
}
