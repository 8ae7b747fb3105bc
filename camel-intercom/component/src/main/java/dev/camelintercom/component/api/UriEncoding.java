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
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
