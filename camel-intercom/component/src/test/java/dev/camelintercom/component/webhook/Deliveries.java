/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.sandbox.SandboxWebhooks;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Builds notifications as Intercom sends them and POSTs them, signed or not, to a running route; answers the status.
 */
final class Deliveries {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Deliveries(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Serves the context's platform-http routes on the loopback port. */
    static void serve(CamelContext context, int port) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
    }

    /** A notification envelope of a topic carrying an item, with a fresh id. */
    static byte[] notification(String topic, Map<String, ?> item) {
        return notification("notif_" + UUID.randomUUID(), topic, item, 1);
    }

    static byte[] notification(String id, String topic, Map<String, ?> item, int attempts) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", "notification_event");
        envelope.put("id", id);
        envelope.put("topic", topic);
        envelope.put("app_id", "abc123");
        envelope.put("created_at", 1_767_000_000L);
        envelope.put("delivery_attempts", attempts);
        envelope.put("first_sent_at", 1_766_999_990L);
        envelope.put("data", Map.of("type", "notification_event_data", "item", item));
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** POSTs the body signed with the secret. */
    int signed(String path, byte[] body, String secret) {
        return post(path, body, SandboxWebhooks.signature(body, secret));
    }

    /** POSTs the body with this X-Hub-Signature value, or none when null. */
    int post(String path, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("User-Agent", "intercom-parrot-service-client/1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
