/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Intercom error the sandbox answers with: HTTP status plus one {@code error.list} entry. The workspace's seed
 * methods throw it too, for the same reasons the API would refuse the call.
 */
public final class SandboxError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public SandboxError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static SandboxError notFound(String what) {
        return new SandboxError(404, "not_found", what + " Not Found");
    }

    static SandboxError invalid(String message) {
        return new SandboxError(400, "parameter_invalid", message);
    }

    static SandboxError missing(String field) {
        return new SandboxError(400, "parameter_not_found", field + " is required");
    }

    /** A header the error answer carries too, such as the {@code Link} of a merged contact; answers this error. */
    SandboxError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
