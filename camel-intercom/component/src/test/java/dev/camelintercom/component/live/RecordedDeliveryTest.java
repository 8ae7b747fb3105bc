/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.live;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelintercom.component.live.LiveWebhookIT.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How {@link LiveWebhookIT} reads a recorded delivery, so that the live tier fails only on a wrong signature. */
class RecordedDeliveryTest {

    private static final String BODY = "{\"type\":\"notification_event\",\n\n\"topic\":\"ping\"}";

    @TempDir
    Path folder;

    @Test
    void aRequestAsNetcatRecordsItGivesTheSignatureAndTheBodyByteForByte() throws Exception {
        Delivery delivery = Delivery.read(write("POST /hook HTTP/1.1\r\nHost: example.com\r\nx-hub-signature: sha1=abc\r\n"
                                                + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY + "trailing"));
        assertEquals("sha1=abc", delivery.signature());
        assertEquals(BODY, new String(delivery.body(), StandardCharsets.UTF_8));
    }

    @Test
    void headersWithPlainLineEndsAndNoLengthGiveTheRestAsTheBody() throws Exception {
        Delivery delivery = Delivery.read(write("X-Hub-Signature:  sha1=def \n\n" + BODY));
        assertEquals("sha1=def", delivery.signature());
        assertEquals(BODY, new String(delivery.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithoutTheEmptyLineAfterTheHeadersIsRefused() throws Exception {
        Path file = write("X-Hub-Signature: sha1=abc\n" + BODY.replace("\n", ""));
        assertThrows(IllegalArgumentException.class, () -> Delivery.read(file));
    }

    private Path write(String text) throws Exception {
        return Files.writeString(folder.resolve("delivery.http"), text, StandardCharsets.UTF_8);
    }
}
