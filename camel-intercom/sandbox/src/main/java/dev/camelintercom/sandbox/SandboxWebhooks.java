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
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The webhook notifications of a sandbox: once {@link #sendTo(String, String) pointed at a URL}, every contact,
 * company, conversation and ticket the workspace creates is POSTed there as Intercom sends it
 * ({@code contact.user.created} or {@code contact.lead.created}, {@code company.created},
 * {@code conversation.user.created} or {@code conversation.admin.single.created}, {@code ticket.created}): Intercom's
 * envelope ({@code links}, {@code delivery_status}, {@code delivered_at}, {@code self: null}), the contact and
 * company items with their {@code *_at} times as ISO 8601 text as Intercom's notifications carry them, signed with
 * {@code X-Hub-Signature: sha1=<HMAC-SHA1 of the body keyed by the client secret>}, one at a time in creation order,
 * and never retried. {@link #drop(Predicate)} loses chosen ones on purpose, as Intercom does after its one retry.
 */
public final class SandboxWebhooks {

    /** One notification: what it announced and what the receiver answered; {@link #DROPPED} when never sent. */
    public record Delivery(String notificationId, String topic, String objectId, int status) {
    }

    public static final int DROPPED = -1;
    /** The receiver could not be reached. */
    public static final int UNREACHABLE = 0;

    private final SandboxClock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile URI url;
    private volatile SecretKeySpec secret;
    private volatile Predicate<ObjectNode> dropped = item -> false;

    SandboxWebhooks(SandboxClock clock) {
        this.clock = clock;
    }

    /** Sends the notifications of objects created from now on to the URL, signed with the client secret. */
    public SandboxWebhooks sendTo(String url, String clientSecret) {
        this.secret = new SecretKeySpec(Objects.requireNonNull(clientSecret, "clientSecret").getBytes(StandardCharsets.UTF_8),
                "HmacSHA1");
        this.url = URI.create(Objects.requireNonNull(url, "url"));
        return this;
    }

    /** Loses, instead of sending, the notifications whose object matches. */
    public SandboxWebhooks drop(Predicate<ObjectNode> items) {
        this.dropped = Objects.requireNonNull(items, "items");
        return this;
    }

    /** Every notification so far, sent or dropped, in creation order; one still on its way is not listed yet. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** The {@code X-Hub-Signature} value of a body: {@code sha1=} and the hex HMAC-SHA1 keyed by the secret. */
    public static String signature(byte[] body, String clientSecret) {
        return sign(body, new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    }

    private static String sign(byte[] body, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(key);
            return "sha1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** Called by the workspace, under its lock, with each object it creates: queues its notification (with a copy). */
    void created(Kind kind, ObjectNode created) {
        String topic = switch (kind) {
            case CONTACT -> "contact." + created.path("role").asText("user") + ".created";
            // Intercom tells a conversation a contact started from one an admin's outbound message started
            case CONVERSATION -> "admin_initiated".equals(created.at("/source/delivered_as").asText())
                    ? "conversation.admin.single.created" : "conversation.user.created";
            case TICKET -> "ticket.created";
            case COMPANY -> "company.created";
            default -> null;
        };
        URI target = url;
        if (topic == null || target == null) {
            return;
        }
        ObjectNode item = created.deepCopy();
        if (kind == Kind.CONTACT || kind == Kind.COMPANY) {
            isoTimestamps(item);
        }
        long now = clock.now();
        ObjectNode notification = SandboxJson.object().put("type", "notification_event").put("app_id", "sandbox");
        notification.set("data", SandboxJson.object().put("type", "notification_event_data").set("item", item));
        notification.putObject("links");
        notification.put("id", "notif_" + UUID.randomUUID()).put("topic", topic).put("delivery_status", "pending")
                .put("delivery_attempts", 1).put("delivered_at", 0).put("first_sent_at", now).put("created_at", now)
                .putNull("self");
        sender.execute(() -> send(target, notification, item));
    }

    /**
     * Rewrites the {@code *_at} times of an item as Intercom's contact and company notifications carry them: ISO 8601
     * text with milliseconds and an offset ({@code 2026-01-10T04:22:28.000+00:00}), where the REST API answers Unix
     * seconds.
     */
    static void isoTimestamps(ObjectNode item) {
        List<String> times = new ArrayList<>();
        item.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("_at") && item.get(name).isIntegralNumber()) {
                times.add(name);
            }
        });
        times.forEach(name -> item.put(name, SandboxJson.isoTime(item.get(name).asLong())));
    }

    private void send(URI target, ObjectNode notification, ObjectNode item) {
        int status = DROPPED;
        if (!dropped.test(item)) {
            byte[] body = notification.toString().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "intercom-parrot-service-client/1.0")
                    .header("X-Hub-Signature", sign(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = UNREACHABLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = UNREACHABLE;
            }
        }
        synchronized (deliveries) {
            deliveries.add(new Delivery(notification.get("id").asText(), notification.get("topic").asText(),
                    item.path("id").asText(), status));
        }
    }

    void close() {
        sender.shutdownNow();
    }
}
