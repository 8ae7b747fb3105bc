/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The WireMock extension that answers every request of a sandbox, in this order: a queued fault that replaces the
 * request; the bearer token (401 without rate-limit headers); the rate limit (429); the {@code Intercom-Version}
 * (only 2.16); the route (404 for an unknown path or method); the handler. Authenticated answers carry
 * {@code X-RateLimit-Limit/Remaining/Reset} and {@code X-Request-Id}; errors are {@code error.list} bodies. A fault
 * queued to follow processing replaces the answer afterwards. Every request is recorded.
 */
final class SandboxHttp implements ResponseDefinitionTransformerV2 {

    static final String NAME = "intercom-sandbox";
    static final String ROUTE_PARAMETER = "route";
    static final String API_VERSION = "2.16";

    private final SandboxRouter router;
    private final SandboxOptions options;
    private final RateLimiter rateLimiter;
    private final SandboxFaults faults;
    private final SandboxRequests requests;

    SandboxHttp(SandboxRouter router, SandboxOptions options, SandboxFaults faults, SandboxRequests requests) {
        this.router = router;
        this.options = options;
        this.rateLimiter = new RateLimiter(options.clock(), options.rateLimit(), options.rateLimitWindowSeconds());
        this.faults = faults;
        this.requests = requests;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** A response before it becomes WireMock's. */
    private record Answer(int status, String body, Map<String, String> headers) {
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest http = event.getRequest();
        URI uri = URI.create(http.getUrl());
        String method = http.getMethod().getName();
        String path = uri.getRawPath();
        requests.arrived(method, path);
        SandboxFault fault = faults.take(method, path, http.getBodyAsString());
        Answer answer = fault == null || fault.processesRequest()
                ? process(http, method, path, uri.getRawQuery(), (String) event.getTransformerParameters().get(ROUTE_PARAMETER))
                : null;
        if (fault != null && fault.kind() != SandboxFault.Kind.DELAY) {
            answer = faultAnswer(fault, answer);
        }
        requests.answered(new SandboxRequests.Recorded(options.clock().now(), method, path, uri.getRawQuery(),
                http.getBodyAsString(), answer == null ? 0 : answer.status(), fault == null ? null : fault.toString()));
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition();
        if (answer == null) {
            return response.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        if (!answer.headers().containsKey("Content-Type")) {
            response.withHeader("Content-Type", "application/json; charset=utf-8");
        }
        answer.headers().forEach(response::withHeader);
        response.withStatus(answer.status()).withBody(answer.body());
        if (fault != null && fault.kind() == SandboxFault.Kind.DELAY) {
            response.withFixedDelay((int) fault.delayMillis());
        }
        return response.build();
    }

    private Answer process(LoggedRequest http, String method, String path, String rawQuery, String routeKey) {
        String requestId = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", requestId);
        if (!("Bearer " + options.accessToken()).equals(http.getHeader("Authorization"))) {
            return error(401, "unauthorized", "Access Token Invalid", requestId, headers);
        }
        RateLimiter.Decision decision = rateLimiter.acquire();
        rateLimitHeaders(decision, headers);
        if (!decision.allowed()) {
            return error(429, "rate_limit_exceeded", rateLimiter.exceededMessage(), requestId, headers);
        }
        String version = http.getHeader("Intercom-Version");
        if (version != null && !API_VERSION.equals(version)) {
            return error(400, "intercom_version_invalid", "The sandbox serves API version " + API_VERSION + " only, not "
                                                          + version, requestId, headers);
        }
        SandboxRouter.Route route = router.route(routeKey);
        if (route == null) {
            return error(404, "not_found", "Resource Not Found: " + method + " " + path, requestId, headers);
        }
        try {
            ObjectNode body = "GET".equals(method) ? SandboxJson.object() : SandboxJson.parseObject(http.getBodyAsString());
            JsonNode result = route.handler().handle(new SandboxRouter.Request(route.pathParams(path), query(rawQuery), body));
            if (route.contentType() != null) {
                headers.put("Content-Type", route.contentType());
            }
            return new Answer(route.status(), result == null ? "" : SandboxJson.write(result), headers);
        } catch (SandboxError e) {
            headers.putAll(e.headers());
            return error(e.status(), e.code(), e.getMessage(), requestId, headers);
        } catch (RuntimeException e) {
            // a sandbox bug still answers in Intercom's error form, naming the cause
            return error(500, "server_error", "The sandbox failed: " + e, requestId, headers);
        }
    }

    private Answer faultAnswer(SandboxFault fault, Answer processed) {
        return switch (fault.kind()) {
            case CONNECTION_RESET -> null;
            case STATUS -> error(fault.status(), fault.code(), "Injected by the sandbox: " + fault,
                    UUID.randomUUID().toString(), new LinkedHashMap<>());
            case RATE_LIMITED -> {
                Map<String, String> headers = new LinkedHashMap<>();
                rateLimitHeaders(rateLimiter.refuse(), headers);
                yield error(429, fault.code(), rateLimiter.exceededMessage(), UUID.randomUUID().toString(), headers);
            }
            case HTML_PAGE -> new Answer(fault.status(), "<html><head><title>" + fault.status() + "</title></head><body><h1>"
                                                         + fault.status() + " Error</h1><p>The gateway could not serve "
                                                         + "this request.</p></body></html>",
                    Map.of("Content-Type", "text/html; charset=utf-8"));
            case MALFORMED_JSON -> {
                String body = processed == null ? "{\"type\":\"error.list\",\"errors\":[" : processed.body();
                yield new Answer(200, body.substring(0, body.length() / 2), Map.of());
            }
            case EMPTY_BODY -> new Answer(200, "", Map.of());
            case DELAY -> processed;
        };
    }

    private static void rateLimitHeaders(RateLimiter.Decision decision, Map<String, String> headers) {
        headers.put("X-RateLimit-Limit", Integer.toString(decision.limit()));
        headers.put("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
        headers.put("X-RateLimit-Reset", Long.toString(decision.reset()));
    }

    private static Answer error(int status, String code, String message, String requestId, Map<String, String> headers) {
        ObjectNode body = SandboxJson.object().put("type", "error.list").put("request_id", requestId);
        body.putArray("errors").addObject().put("code", code).put("message", message);
        return new Answer(status, SandboxJson.write(body), headers);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            query.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
