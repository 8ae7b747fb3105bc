/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of path segments and query values, as the API expects them: a space is {@code %20}, not {@code +}.
 */
final class UriEncoding {

    private UriEncoding() {
    }

    static String encode(String text) {
        // ids and most values are made of the characters URLEncoder leaves as they are: no copies for them
        if (unchanged(text)) {
            return text;
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean unchanged(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                           || c == '.' || c == '-' || c == '*' || c == '_';
            if (!kept) {
                return false;
            }
        }
        return true;
    }
}
