/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Intercom's {@code X-Hub-Signature: sha1=<hex>}: HMAC-SHA1 of the raw body keyed with the app's client
 * secret, compared in constant time.
 */
final class WebhookSignature {

    static final String HEADER = "X-Hub-Signature";
    private static final String PREFIX = "sha1=";
    private static final String ALGORITHM = "HmacSHA1";

    private final SecretKeySpec key;

    WebhookSignature(String clientSecret) {
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Fails with 401 unless the header is the body's signature. */
    void verify(String header, byte[] body) throws WebhookRefusal {
        if (header == null || header.isBlank()) {
            throw new WebhookRefusal(401, "no " + HEADER + " header");
        }
        String value = header.trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new WebhookRefusal(401, HEADER + " is not of the form sha1=<hex>");
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new WebhookRefusal(401, HEADER + " is not of the form sha1=<hex>");
        }
        if (!MessageDigest.isEqual(claimed, sign(body))) {
            throw new WebhookRefusal(401, HEADER + " does not match the body signed with the client secret");
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[HmacSHA1]";
    }
}
