/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The segments of a request path that would take a call to another endpoint: {@code .} and {@code ..}, which any
 * server or proxy that normalises paths resolves ({@code /contacts/1/tags/..} is {@code /contacts/1}). An id is sent
 * as one percent-encoded segment, so a {@code /}, {@code ?}, {@code #} or {@code %} in it stays inside it; only an id
 * that is a dot segment as a whole needs refusing. A raw path is looked at in every encoding a server might undo.
 */
final class PathSegments {

    // %252e%252e is %2e%2e once decoded and .. twice: decode as often as a chain of servers might
    private static final int DECODINGS = 3;

    private PathSegments() {
    }

    static boolean isDotSegment(String segment) {
        return ".".equals(segment) || "..".equals(segment);
    }

    /**
     * The first segment of the path that is {@code .} or {@code ..}, as written, once it is percent-decoded (up to
     * three times) and split at {@code /} and {@code \}; null when there is none.
     */
    static String dotSegment(String path) {
        for (String written : path.split("/", -1)) {
            String decoded = written;
            for (int i = 0; i <= DECODINGS; i++) {
                for (String piece : decoded.split("[/\\\\]", -1)) {
                    if (isDotSegment(piece)) {
                        return written;
                    }
                }
                String next = percentDecode(decoded);
                if (next.equals(decoded)) {
                    break;
                }
                decoded = next;
            }
        }
        return null;
    }

    /** Decodes each valid {@code %XX}; leaves anything else, a lone {@code %} included, as it is. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int hi = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(bytes[i + 2], 16);
            if (lo < 0) {
                out.write(bytes[i]);
            } else {
                out.write(hi * 16 + lo);
                i += 2;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
