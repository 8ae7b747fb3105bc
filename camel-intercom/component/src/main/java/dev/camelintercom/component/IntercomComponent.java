/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.camelintercom.component.api.HttpClientFactory;
import dev.camelintercom.component.api.RateLimitGovernors;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.pool.PoolStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Intercom component: holds the default configuration that each endpoint copies, the pooled HTTP client its
 * endpoints share, and the readiness probe its producer checks share per token.
 */
@Component("intercom")
public class IntercomComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(IntercomComponent.class);

    @Metadata(description = "The default configuration of the component's endpoints.")
    private IntercomConfiguration configuration = new IntercomConfiguration();

    @Metadata(label = "health", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long the producers' readiness check remembers Intercom's answer to `GET /me` before it asks again, in milliseconds (0 asks on every check).")
    private long healthCheckCacheTime = 60_000;

    private final Map<HttpClientFactory.Settings, CloseableHttpClient> httpClients = new HashMap<>();
    private final Map<HttpClientFactory.Settings, PoolingHttpClientConnectionManager> connectionPools = new HashMap<>();
    private final Map<ProbeKey, IntercomTokenProbe> tokenProbes = new HashMap<>();
    private volatile LongSupplier healthCheckClock = System::currentTimeMillis;

    /** A token's workspace (a hash of base URI and token: no token kept) and the transport that reaches it. */
    private record ProbeKey(String workspace, HttpClientFactory.Settings transport) {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        IntercomConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setResource(remaining);
        IntercomEndpoint endpoint = new IntercomEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        endpoint.validate();
        return endpoint;
    }

    /** The HTTP client for an endpoint: one per distinct set of transport settings, shared and pooled. */
    synchronized CloseableHttpClient httpClient(IntercomConfiguration endpointConfiguration) {
        return httpClients.computeIfAbsent(HttpClientFactory.Settings.of(endpointConfiguration), settings -> {
            PoolingHttpClientConnectionManager pool = HttpClientFactory.connectionPool(endpointConfiguration, getCamelContext());
            connectionPools.put(settings, pool);
            return HttpClientFactory.create(endpointConfiguration, pool);
        });
    }

    /**
     * The {@code GET /me} probe of an endpoint's token, base URI and transport: one for all the producer checks that
     * share them, so that their readiness costs one call per {@code healthCheckCacheTime}.
     */
    synchronized IntercomTokenProbe tokenProbe(IntercomConfiguration endpointConfiguration) {
        String baseUri = endpointConfiguration.resolveBaseUri();
        ProbeKey key = new ProbeKey(RateLimitGovernors.workspaceKey(baseUri, endpointConfiguration.getAccessToken()),
                HttpClientFactory.Settings.of(endpointConfiguration));
        return tokenProbes.computeIfAbsent(key, k -> new IntercomTokenProbe(baseUri));
    }

    /** The clock of the producer checks' cache, in milliseconds. */
    LongSupplier healthCheckClock() {
        return healthCheckClock;
    }

    /** Tests move the cache's clock on by hand. */
    void setHealthCheckClock(LongSupplier clock) {
        this.healthCheckClock = clock;
    }

    /**
     * The connections of the pool behind an endpoint's HTTP client: leased, available, pending. Null before the
     * endpoint's first call. For tests that no failure keeps a connection.
     */
    synchronized PoolStats connectionPoolStats(IntercomConfiguration endpointConfiguration) {
        PoolingHttpClientConnectionManager pool = connectionPools.get(HttpClientFactory.Settings.of(endpointConfiguration));
        return pool == null ? null : pool.getTotalStats();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        for (CloseableHttpClient client : httpClients.values()) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debug("Closing an HTTP client failed", e);
            }
        }
        httpClients.clear();
        connectionPools.clear();
        tokenProbes.clear();
        super.doStop();
    }

    public long getHealthCheckCacheTime() {
        return healthCheckCacheTime;
    }

    public void setHealthCheckCacheTime(long healthCheckCacheTime) {
        if (healthCheckCacheTime < 0) {
            throw new IllegalArgumentException("intercom: healthCheckCacheTime cannot be negative, but was " + healthCheckCacheTime);
        }
        this.healthCheckCacheTime = healthCheckCacheTime;
    }

    public IntercomConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(IntercomConfiguration configuration) {
        this.configuration = configuration;
    }
}
