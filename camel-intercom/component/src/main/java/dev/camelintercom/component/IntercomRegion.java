/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * The regional hosts of the Intercom API. A token only works against the host of its workspace's region.
 */
public enum IntercomRegion {
    us("https://api.intercom.io"),
    eu("https://api.eu.intercom.io"),
    au("https://api.au.intercom.io");

    private final String baseUri;

    IntercomRegion(String baseUri) {
        this.baseUri = baseUri;
    }

    public String getBaseUri() {
        return baseUri;
    }
}
