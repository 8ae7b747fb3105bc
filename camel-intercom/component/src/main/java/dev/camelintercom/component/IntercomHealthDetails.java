/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.health.HealthCheck;

/**
 * The details that the component's health checks give about a failed call to Intercom: the HTTP status, Intercom's
 * first error code and its {@code request_id}, to quote to Intercom's support.
 */
public final class IntercomHealthDetails {

    /** The HTTP status of Intercom's answer; Camel's own key, so tools that read it find it. */
    public static final String HTTP_STATUS = HealthCheck.HTTP_RESPONSE_CODE;
    /** The first code of Intercom's {@code error.list}, e.g. {@code unauthorized}. */
    public static final String ERROR_CODE = "intercom.error.code";
    /** Intercom's {@code request_id} of the failed call. */
    public static final String REQUEST_ID = "intercom.request.id";
    /** The base URI the call went to: the region's host, or the {@code baseUri} option. */
    public static final String BASE_URI = "intercom.base.uri";

    private IntercomHealthDetails() {
    }

    /** The status, error code and request id of an error answer; the keys of what Intercom did not say are left out. */
    public static Map<String, Object> of(IntercomApiException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(HTTP_STATUS, e.getStatusCode());
        if (e.getErrorCode() != null) {
            details.put(ERROR_CODE, e.getErrorCode());
        }
        if (e.getRequestId() != null) {
            details.put(REQUEST_ID, e.getRequestId());
        }
        return details;
    }
}
