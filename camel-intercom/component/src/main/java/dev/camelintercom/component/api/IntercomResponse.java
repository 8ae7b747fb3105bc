/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

/**
 * A successful answer of the API: the status, the body as its {@link BodyReader} read it (null when the answer had
 * none), whether it had one, and the figures of its headers.
 */
public record IntercomResponse<T>(int status, T body, boolean hasBody, String requestId,
        Integer rateLimitLimit, Integer rateLimitRemaining, Long rateLimitReset) {
}
