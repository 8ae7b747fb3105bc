/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Intercom answered with an error status. Extends camel-http's {@link HttpOperationFailedException}, so routes that
 * handle that keep working, and adds Intercom's error codes, its {@code request_id}, the rate-limit reset time and
 * whether a retry can help.
 */
public class IntercomApiException extends HttpOperationFailedException implements IntercomFailure {

    private static final Pattern REQUIRED_SCOPE = Pattern.compile("required scope \\(([^)\\s]+)\\)");

    private final String method;
    private final List<IntercomErrorEntry> errors;
    private final String requestId;
    private final Long rateLimitReset;
    private final String canonicalLocation;
    private final boolean operationRetrySafe;

    public IntercomApiException(String method, String uri, int statusCode, String statusText, Map<String, String> headers,
                                String body, List<IntercomErrorEntry> errors, String requestId, Long rateLimitReset,
                                String canonicalLocation, boolean operationRetrySafe) {
        super(uri, statusCode, statusText, null, headers, body);
        this.method = method;
        this.errors = List.copyOf(errors);
        this.requestId = requestId;
        this.rateLimitReset = rateLimitReset;
        this.canonicalLocation = canonicalLocation;
        this.operationRetrySafe = operationRetrySafe;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder("Intercom API error ").append(getStatusCode());
        if (!errors.isEmpty()) {
            sb.append(' ').append(errors);
        }
        sb.append(" on ").append(method).append(' ').append(getUri());
        if (requestId != null) {
            sb.append(" (request_id ").append(requestId).append(')');
        }
        if (canonicalLocation != null) {
            sb.append("; merged into ").append(canonicalLocation);
        }
        if (getStatusCode() == 401) {
            sb.append(": ").append(tokenRefused(hostOf(getUri())));
        } else if (getStatusCode() == 403 && getMissingPermission() != null) {
            sb.append(": the access token lacks the permission ").append(getMissingPermission())
                    .append(" (grant it to the app in Intercom's Developer Hub)");
        }
        return sb.toString();
    }

    /**
     * What a 401 means, in the words a user acts on: the one wording of the producer's exception and the health
     * check. It names the host, never the token.
     */
    static String tokenRefused(String host) {
        return "Intercom rejected the access token (401 unauthorized) at " + host + ": the token is wrong or revoked, or its "
               + "workspace is in another region (check the region or baseUri option)";
    }

    private static String hostOf(String uri) {
        try {
            String authority = URI.create(uri).getAuthority();
            return authority == null ? uri : authority;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    /**
     * On a 403, the permission (OAuth scope) the token lacks, where Intercom's error says so ("You do not have the
     * required scope (read_conversations) ..."); null otherwise.
     */
    public String getMissingPermission() {
        if (getStatusCode() != 403) {
            return null;
        }
        for (IntercomErrorEntry error : errors) {
            Matcher m = error.message() == null ? null : REQUIRED_SCOPE.matcher(error.message());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The HTTP method of the failed call. */
    public String getMethod() {
        return method;
    }

    /** The entries of Intercom's {@code error.list}; empty when the body held none (a proxy's HTML page, say). */
    public List<IntercomErrorEntry> getErrors() {
        return errors;
    }

    /** The first error code, or null. */
    public String getErrorCode() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    /** Whether any error has this code. */
    public boolean hasErrorCode(String code) {
        return errors.stream().anyMatch(e -> code.equals(e.code()));
    }

    /** Intercom's {@code request_id}, to quote in a support request; may be null. */
    public String getRequestId() {
        return requestId;
    }

    /** {@code X-RateLimit-Reset}: Unix seconds when the rate-limit window refills, or null. */
    public Long getRateLimitReset() {
        return rateLimitReset;
    }

    /** For 410 on a merged contact: the path of the contact it was merged into, from the {@code Link} header. */
    public String getCanonicalLocation() {
        return canonicalLocation;
    }

    /** 429: the rate limit was exceeded. */
    public boolean isRateLimited() {
        return getStatusCode() == 429;
    }

    /**
     * Whether the failure is passing, so that the same request sent again later can succeed: on 408, 429 and 5xx. On
     * other statuses the request itself is at fault and a retry fails the same way.
     */
    public boolean isTransient() {
        int status = getStatusCode();
        return status == 408 || status == 429 || status >= 500;
    }

    /**
     * Whether a redelivery is harmless and may succeed: on 429 always (Intercom rejected the request without acting
     * on it); on 408 and 5xx only for operations that are safe to repeat, since Intercom may have acted before failing.
     */
    @Override
    public boolean isRetrySafe() {
        return isRateLimited() || isTransient() && operationRetrySafe;
    }
}
