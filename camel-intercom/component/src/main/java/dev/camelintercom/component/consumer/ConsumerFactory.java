/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.consumer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomConfiguration;
import dev.camelintercom.component.IntercomEmit;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.api.IntercomJson;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Builds a consumer from an endpoint's options, rejecting options that do not fit the resource.
 */
public final class ConsumerFactory {

    private static final int DEFAULT_READ_LIMIT = 1000;

    private ConsumerFactory() {
    }

    public static IntercomConsumer create(IntercomEndpoint endpoint, Processor processor) {
        IntercomConfiguration config = endpoint.getConfiguration();
        PollTarget target = PollTarget.of(config.getResource());
        if (target == null) {
            throw invalid(config, "resource", "a consumer polls " + PollTarget.names() + ", not " + config.getResource());
        }
        ObjectMapper mapper = IntercomJson.mapper();
        String timestampField = config.getEmit() == IntercomEmit.createdOrUpdated ? "updated_at" : "created_at";
        List<JsonNode> filters = filters(config, target, mapper);
        WindowReader reader;
        if (target.isSearch()) {
            // the largest page the search takes: the fewest calls per poll
            int maxPerPage = target.readOperation().maxPerPage();
            int perPage = config.getPerPage() == null ? maxPerPage : config.getPerPage();
            if (perPage < 1 || perPage > maxPerPage) {
                throw invalid(config, "perPage", "perPage must be between 1 and " + maxPerPage + ", but was " + perPage);
            }
            reader = new SearchWindowReader(target, endpoint.client(), mapper, timestampField, filters, perPage);
        } else {
            if (!filters.isEmpty()) {
                throw invalid(config, "query", "companies cannot be searched, so query and filter options do not apply");
            }
            reader = new ScrollWindowReader(endpoint.client(), mapper, timestampField);
        }
        long lookback = config.getLookback() == null ? target.defaultLookback() : config.getLookback();
        if (lookback < 0 || config.getEmitDelay() < 0 || config.getMaxMessagesPerPoll() < 0) {
            throw invalid(config, "lookback", "lookback, emitDelay and maxMessagesPerPoll cannot be negative");
        }
        int readLimit = config.getMaxMessagesPerPoll() > 0 ? config.getMaxMessagesPerPoll() : DEFAULT_READ_LIMIT;
        String stateKey = config.getStateKey() != null ? config.getStateKey()
                : "intercom/" + target.resource() + "/" + config.getEmit()
                  + (filters.isEmpty() ? "" : "/" + Integer.toHexString(filters.toString().hashCode()));
        StateRepository<String, String> repository = config.getStateRepository() != null
                ? config.getStateRepository() : new MemoryStateRepository();
        IntercomConsumer.PollSettings settings = new IntercomConsumer.PollSettings(target, config.getEmit(),
                startFrom(config), lookback, config.getEmitDelay(), readLimit, config.getMaxMessagesPerPoll(), stateKey);
        return new IntercomConsumer(endpoint, processor, settings, reader, repository);
    }

    /** The search filters of the filter options and the user's query, as leaves of the consumer's AND group. */
    private static List<JsonNode> filters(IntercomConfiguration config, PollTarget target, ObjectMapper mapper) {
        List<JsonNode> filters = new ArrayList<>();
        addFilter(filters, config, target, "state", "filterState", config.getFilterState(), mapper);
        addFilter(filters, config, target, "team", "filterTeamId", config.getFilterTeamId(), mapper);
        addFilter(filters, config, target, "tag", "filterTagId", config.getFilterTagId(), mapper);
        if (config.getQuery() != null && !config.getQuery().isBlank()) {
            JsonNode query;
            try {
                query = mapper.readTree(config.getQuery());
            } catch (JsonProcessingException e) {
                throw invalid(config, "query", "query is not valid JSON: " + e.getOriginalMessage());
            }
            if (!query.isObject() || !query.has("operator")) {
                throw invalid(config, "query", "query must be a search filter object with an operator");
            }
            if ("AND".equals(query.path("operator").asText()) && query.path("value").isArray()) {
                query.path("value").forEach(filters::add);
            } else {
                filters.add(query);
            }
        }
        return filters;
    }

    private static void addFilter(List<JsonNode> filters, IntercomConfiguration config, PollTarget target, String filter,
            String option, String value, ObjectMapper mapper) {
        if (value == null || value.isBlank()) {
            return;
        }
        String field = target.filterField(filter);
        if (field == null) {
            throw invalid(config, option, option + " does not apply to " + target.resource());
        }
        ObjectNode leaf = mapper.createObjectNode().put("field", field).put("operator", "=");
        // conversation search declares team_assignee_id an integer
        if (target == PollTarget.CONVERSATION && "team".equals(filter) && value.matches("\\d+")) {
            leaf.put("value", Long.parseLong(value));
        } else {
            leaf.put("value", value);
        }
        filters.add(leaf);
    }

    private static long startFrom(IntercomConfiguration config) {
        String value = config.getStartFrom() == null ? "now" : config.getStartFrom().trim();
        if ("now".equals(value)) {
            return System.currentTimeMillis() / 1000;
        }
        if ("beginning".equals(value)) {
            return 0;
        }
        if (value.matches("\\d+")) {
            return Long.parseLong(value);
        }
        try {
            return Instant.parse(value).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw invalid(config, "startFrom",
                    "startFrom must be now, beginning, Unix seconds or an ISO-8601 instant, but was '" + value + "'");
        }
    }

    private static IllegalArgumentException invalid(IntercomConfiguration config, String option, String message) {
        return new IllegalArgumentException("intercom:" + config.getResource() + " consumer: " + message);
    }
}
