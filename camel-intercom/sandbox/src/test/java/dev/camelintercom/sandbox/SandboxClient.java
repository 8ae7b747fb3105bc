/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** A plain HTTP client for the sandbox's own tests: sends JSON with the sandbox's token and reads JSON back. */
final class SandboxClient {

    /** A response; {@code body} is null when the text is not JSON. */
    record Response(int status, HttpResponse<String> raw, JsonNode body) {

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        String errorCode() {
            return body.path("errors").path(0).path("code").asText(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUri;
    private final String token;
    private final String version;

    SandboxClient(IntercomSandbox sandbox) {
        this(sandbox.baseUri(), sandbox.accessToken(), "2.16");
    }

    private SandboxClient(String baseUri, String token, String version) {
        this.baseUri = baseUri;
        this.token = token;
        this.version = version;
    }

    /** The same client with another token (null: none). */
    SandboxClient withToken(String otherToken) {
        return new SandboxClient(baseUri, otherToken, version);
    }

    /** The same client with another {@code Intercom-Version} header (null: none). */
    SandboxClient withVersion(String otherVersion) {
        return new SandboxClient(baseUri, token, otherVersion);
    }

    Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Response post(String pathAndQuery, Object body) {
        return send("POST", pathAndQuery, body);
    }

    Response put(String pathAndQuery, Object body) {
        return send("PUT", pathAndQuery, body);
    }

    Response delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    /** Sends a body given as a JSON string or as something Jackson writes (a map, a node). */
    Response send(String method, String pathAndQuery, Object body) {
        try {
            String json = body == null ? null : body instanceof String s ? s : SandboxJson.MAPPER.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + pathAndQuery))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (version != null) {
                request.header("Intercom-Version", version);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text.isEmpty() ? null : SandboxJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
