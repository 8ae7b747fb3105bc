/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.net.URI;
import java.util.Locale;

import dev.camelintercom.component.api.IntercomOperations;

/**
 * The checks an endpoint's configuration passes when the endpoint is created, before anything is sent. Whether the
 * resource has the operation is the endpoint's check, since it looks the operation up anyway. The token is checked
 * when a producer or polling consumer is created, since a webhook-only endpoint never calls Intercom.
 */
final class EndpointValidator {

    private EndpointValidator() {
    }

    /** Fails when the endpoint cannot work: an unknown resource, a base URI the token must not travel to. */
    static void validate(IntercomConfiguration configuration) {
        String resource = configuration.getResource();
        if (!IntercomOperations.resources().contains(resource)) {
            throw new IllegalArgumentException("intercom: unknown resource '" + resource + "'; valid resources: "
                                               + String.join(", ", IntercomOperations.resources()));
        }
        requireSecureTransport(configuration);
    }

    /** Fails when an endpoint that calls Intercom (a producer, a polling consumer) has no token. */
    static void requireToken(IntercomConfiguration configuration) {
        if (!configuration.hasAccessToken()) {
            throw new IllegalArgumentException("intercom: accessToken is required: set it on the component "
                                               + "(camel.component.intercom.access-token) or the endpoint");
        }
    }

    /** The token must not cross a network in clear text: plain http only to loopback, or when explicitly allowed. */
    private static void requireSecureTransport(IntercomConfiguration configuration) {
        URI uri;
        try {
            uri = URI.create(configuration.resolveBaseUri());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("intercom: baseUri is not a valid URI: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("intercom: baseUri must be an absolute https URI, but was " + uri);
        }
        if (scheme.equals("http") && !configuration.isAllowInsecureHttp() && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("intercom: baseUri " + uri + " is plain http to a host that is not loopback; "
                                               + "use https, or set allowInsecureHttp=true");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
