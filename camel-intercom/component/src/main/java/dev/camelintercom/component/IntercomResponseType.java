/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

/**
 * What the body of a {@code request} (escape hatch) call's answer becomes. The downloads of the API (reporting data,
 * content exports) are not JSON: ask for {@code bytes} or {@code stream}.
 */
public enum IntercomResponseType {
    /** Read as JSON, into a Jackson {@code JsonNode}; an answer that is not JSON fails. */
    json,
    /** The body as it came, in a {@code byte[]}: read whole into memory. */
    bytes,
    /**
     * The body as an {@code InputStream} read straight off the connection, nothing buffered: the route must read and
     * close it (the connection is held until then).
     */
    stream
}
