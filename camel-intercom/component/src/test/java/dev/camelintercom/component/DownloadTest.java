/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import dev.camelintercom.testsupport.IntercomTestSupport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Random;

import org.apache.camel.Exchange;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escape hatch fetches Intercom's downloads (reporting data, content exports: not JSON): it sends the
 * {@code Accept} it is given and returns the answer as bytes, or as a stream read straight off the connection.
 */
class DownloadTest extends IntercomTestSupport {

    private static final String PATH = "/download/content/data/job-1";
    private static final String OCTETS = "application/octet-stream";

    @Test
    void sendsTheAcceptOfTheOptionAndReturnsTheBytes() {
        byte[] gzippedCsv = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        stubFor(get(PATH).withHeader("Accept", equalTo(OCTETS))
                .willReturn(aResponse().withHeader("Content-Type", OCTETS).withBody(gzippedCsv)));

        Exchange result = template.send("intercom:request?method=GET&path=" + PATH + "&accept=" + OCTETS + "&responseType=bytes",
                ex -> {
                });

        assertNull(result.getException());
        assertArrayEquals(gzippedCsv, assertInstanceOf(byte[].class, result.getMessage().getBody()));
        assertEquals(200, result.getMessage().getHeader(IntercomConstants.RESPONSE_CODE));
        verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("Accept", equalTo(OCTETS))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void streamsALargeAnswerOffTheConnectionWithoutBufferingIt() throws Exception {
        byte[] large = new byte[4 * 1024 * 1024];
        new Random(16).nextBytes(large);
        // in-process: the admin API's JSON would carry the body as base64
        wireMock.stubFor(get(PATH).willReturn(aResponse().withHeader("Content-Type", OCTETS).withBody(large)));
        String uri = "intercom:request?method=GET&path=" + PATH;

        Exchange result = template.send(uri, ex -> {
            ex.getMessage().setHeader(IntercomConstants.ACCEPT, OCTETS);
            ex.getMessage().setHeader(IntercomConstants.RESPONSE_TYPE, "stream");
        });

        assertNull(result.getException());
        InputStream body = assertInstanceOf(InputStream.class, result.getMessage().getBody());
        assertFalse(body instanceof ByteArrayInputStream, "a buffered copy");
        // the answer is still on the wire: its connection stays leased until the stream is closed
        assertEquals(1, poolStats(uri).getLeased(), "leased while the body is read");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(body, digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(large), digest.digest(), "the body as sent");
        assertEquals(0, poolStats(uri).getLeased(), "released once closed");
        verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("Accept", equalTo(OCTETS)));
    }

    @Test
    void anErrorOnADownloadIsTheTypedExceptionAndReleasesTheConnection() {
        stubFor(get(PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error.list\",\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Access Token Invalid\"}]}")));
        String uri = "intercom:request?method=GET&path=" + PATH + "&responseType=stream";

        Exchange result = template.send(uri, ex -> {
        });

        IntercomApiException e = assertInstanceOf(IntercomApiException.class, result.getException());
        assertEquals(401, e.getStatusCode());
        assertTrue(e.getMessage().contains("rejected the access token"), e.getMessage());
        assertEquals(0, poolStats(uri).getLeased(), "leased after an error");
    }

    @Test
    void withoutAnAcceptTheCallAsksForJsonAndReadsIt() {
        stubFor(get("/subscription_types").willReturn(okJson("{\"type\":\"list\",\"data\":[]}")));

        Exchange result = template.send("intercom:request?method=GET&path=/subscription_types", ex -> {
        });

        assertNull(result.getException());
        assertEquals("list", assertInstanceOf(com.fasterxml.jackson.databind.JsonNode.class, result.getMessage().getBody())
                .path("type").asText());
        verify(1, getRequestedFor(urlEqualTo("/subscription_types")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void anUnknownResponseTypeIsRefusedBeforeSending() {
        Exchange result = template.send("intercom:request?method=GET&path=" + PATH, ex -> ex.getMessage()
                .setHeader(IntercomConstants.RESPONSE_TYPE, "file"));

        IntercomInputException e = assertInstanceOf(IntercomInputException.class, result.getException());
        assertEquals("responseType", e.getField());
        assertTrue(e.getMessage().contains("json, bytes, stream"), e.getMessage());
        assertEquals(0, wireMock.getAllServeEvents().size());
    }

    private PoolStats poolStats(String uri) {
        IntercomEndpoint endpoint = context.getEndpoint(uri, IntercomEndpoint.class);
        return context.getComponent("intercom", IntercomComponent.class).connectionPoolStats(endpoint.getConfiguration());
    }
}
