/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import dev.camelintercom.component.IntercomConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 that a component's endpoints share. It never retries and never follows
 * redirects by itself: whether a call may be sent again is Camel's error handler's decision, made on typed
 * exceptions.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    /** The transport settings of a configuration: endpoints with equal settings share one client. */
    public record Settings(long connectTimeout, long responseTimeout, int maxConnections, String proxyHost,
            Integer proxyPort, String proxyUsername, String proxyPassword, Object sslContextParameters,
            Object httpClientConfigurer) {

        public static Settings of(IntercomConfiguration c) {
            return new Settings(c.getConnectTimeout(), c.getResponseTimeout(), c.getMaxConnections(), c.getProxyHost(),
                    c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(), c.getSslContextParameters(),
                    c.getHttpClientConfigurer());
        }

        @Override
        public String toString() {
            return "Settings[connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + ", maxConnections="
                   + maxConnections + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort + "]";
        }
    }

    /** The connection pool of one client; kept apart so that its counts can show whether every connection comes back. */
    public static PoolingHttpClientConnectionManager connectionPool(IntercomConfiguration configuration,
            CamelContext camelContext) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(configuration.getMaxConnections())
                .setMaxConnPerRoute(configuration.getMaxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(configuration.getConnectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(configuration.getResponseTimeout()))
                        .build());
        if (configuration.getSslContextParameters() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext(configuration, camelContext)));
        }
        return pool.build();
    }

    public static CloseableHttpClient create(IntercomConfiguration configuration, PoolingHttpClientConnectionManager pool) {
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(configuration.getConnectTimeout()))
                        .setResponseTimeout(Timeout.ofMilliseconds(configuration.getResponseTimeout()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictExpiredConnections()
                .evictIdleConnections(Timeout.of(30, TimeUnit.SECONDS));
        if (configuration.getProxyHost() != null) {
            HttpHost proxy = new HttpHost(configuration.getProxyHost(),
                    configuration.getProxyPort() == null ? 8080 : configuration.getProxyPort());
            builder.setProxy(proxy);
            if (configuration.getProxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                        configuration.getProxyUsername(),
                        configuration.getProxyPassword() == null ? new char[0] : configuration.getProxyPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        if (configuration.getHttpClientConfigurer() != null) {
            configuration.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private static SSLContext sslContext(IntercomConfiguration configuration, CamelContext camelContext) {
        try {
            return configuration.getSslContextParameters().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot create the SSLContext of the Intercom endpoint", e);
        }
    }
}
