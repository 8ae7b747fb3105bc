/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.api.IntercomClient;
import dev.camelintercom.component.api.IntercomRequest;
import dev.camelintercom.component.api.OperationDefinition;

/**
 * Reads companies: Intercom has no company search and lists companies by last request, not by creation, so every
 * poll scrolls over all of them and keeps those of the window. One scroll per workspace may be open at a time.
 */
final class ScrollWindowReader implements WindowReader {

    private final IntercomClient client;
    private final ObjectMapper mapper;
    private final String timestampField;

    ScrollWindowReader(IntercomClient client, ObjectMapper mapper, String timestampField) {
        this.client = client;
        this.mapper = mapper;
        this.timestampField = timestampField;
    }

    @Override
    public List<Candidate> read(long since, int limit, Predicate<Candidate> known) throws IOException, IntercomApiException {
        CandidateCollector collector = new CandidateCollector(since, limit, known);
        OperationDefinition scroll = PollTarget.COMPANY.readOperation();
        String position = null;
        do {
            IntercomRequest request = scroll.request(null);
            scroll.paging().apply(request, null, position);
            JsonNode response = client.execute(request).body();
            if (response == null) {
                return collector.result();
            }
            response.path(scroll.itemsField())
                    .forEach(item -> collector.offer(Candidates.of(item, timestampField, PollTarget.COMPANY, mapper)));
            position = scroll.paging().next(response, response.path(scroll.itemsField()).size());
        } while (position != null);
        return collector.result();
    }
}
