/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.sandbox.SandboxTestSupport;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * A sandbox test that adds YAML routes and Pipes (as text) to a running context: the Kamelets come from this module's
 * {@code kamelets/} on the class path, as they would from the jar.
 */
abstract class KameletTestSupport extends SandboxTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Loads a YAML DSL document (routes or a Pipe) into the context and starts its routes. */
    void load(String name, String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name + ".yaml", yaml));
    }

    /** Sends the body (and headers) to a direct endpoint and answers the body that came back, as JSON. */
    JsonNode send(String uri, Object body, Map<String, Object> headers) throws Exception {
        String out = template.requestBodyAndHeaders(uri, body, headers, String.class);
        return out == null ? null : JSON.readTree(out);
    }

    String adminId() {
        return sandbox.workspace().adminId();
    }
}
