/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateLimitGovernor} per workspace and token in the JVM, so that every endpoint, route and Camel context
 * using the same token shares the same budget; the reserve and cap of the first endpoint that uses a token apply, and
 * so does its {@link SharedRateLimitBudget}, when its Camel context has one.
 * Keyed by a hash: the token itself is not kept here.
 */
public final class RateLimitGovernors {

    private static final Map<String, RateLimitGovernor> GOVERNORS = new ConcurrentHashMap<>();

    private RateLimitGovernors() {
    }

    public static RateLimitGovernor forToken(String baseUri, String accessToken, int reserve, int maxRequestsPerWindow) {
        return forToken(baseUri, accessToken, reserve, maxRequestsPerWindow, null);
    }

    /** @param shared the budget shared with other processes, or null for this process alone */
    public static RateLimitGovernor forToken(String baseUri, String accessToken, int reserve, int maxRequestsPerWindow,
                                             SharedRateLimitBudget shared) {
        return GOVERNORS.computeIfAbsent(workspaceKey(baseUri, accessToken),
                k -> new RateLimitGovernor(reserve, maxRequestsPerWindow, shared, k));
    }

    /** Identifies a token's workspace without keeping the token: a hash of base URI and token. */
    public static String workspaceKey(String baseUri, String accessToken) {
        return sha256(baseUri + "\n" + accessToken);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
