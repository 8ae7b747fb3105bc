/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * What a user writes by hand: Apache HttpClient 5 with a pool of 64 connections, the same headers, and Jackson
 * reading the response straight into the component's model classes.
 */
final class RawClient implements Client {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ObjectReader contactReader = mapper.readerFor(Contact.class);
    private final ObjectReader conversationReader = mapper.readerFor(Conversation.class);
    private final ObjectReader pageReader = mapper.readerFor(ContactPage.class);
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
            .build();
    private final String contactUri;
    private final String replyUri;
    private final String searchUri;
    private final Map<String, Object> replyBody = Client.replyBody();
    private final Map<String, Object> searchBody = Client.searchBody();

    RawClient(String baseUri) {
        contactUri = baseUri + "/contacts/" + Bodies.CONTACT_ID;
        replyUri = baseUri + "/conversations/" + Bodies.CONVERSATION_ID + "/reply";
        searchUri = baseUri + "/contacts/search";
    }

    @Override
    public Object getContact() throws Exception {
        return http.execute(headers(new HttpGet(contactUri)), response -> read(response, contactReader));
    }

    @Override
    public Object reply() throws Exception {
        return http.execute(post(replyUri, replyBody), response -> read(response, conversationReader));
    }

    @Override
    public Object search() throws Exception {
        return http.execute(post(searchUri, searchBody), response -> this.<ContactPage>read(response, pageReader).getData());
    }

    private HttpUriRequestBase post(String uri, Map<String, Object> body) throws Exception {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        return headers(post);
    }

    private static HttpUriRequestBase headers(HttpUriRequestBase request) {
        request.setHeader("Authorization", AUTHORIZATION);
        request.setHeader("Intercom-Version", API_VERSION);
        request.setHeader("Accept", "application/json");
        request.setHeader("User-Agent", USER_AGENT);
        return request;
    }

    private <T> T read(ClassicHttpResponse response, ObjectReader reader) throws java.io.IOException {
        if (response.getCode() != 200) {
            throw new IllegalStateException("HTTP " + response.getCode());
        }
        try (InputStream body = response.getEntity().getContent()) {
            return reader.readValue(body);
        }
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
