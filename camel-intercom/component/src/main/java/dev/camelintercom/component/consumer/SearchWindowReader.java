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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.api.IntercomClient;
import dev.camelintercom.component.api.IntercomRequest;
import dev.camelintercom.component.api.OperationDefinition;

/**
 * Reads a window through a search endpoint, following every page. Contact search sorts: one descending page tells
 * whether the window fits in it (so an idle poll is one call); a larger window is read ascending and stops once the
 * result is full. Conversation and ticket search cannot sort, so the oldest objects can be on any page: a window that
 * fits in the result (by the first page's {@code total_count}) is read whole, and ordered here; a larger one (a
 * backlog) is read in slices of time, each bounded above and read whole, oldest slice first, until the result is
 * full. The slices are sized by the density of objects per second seen so far, carried from poll to poll, so that
 * draining a backlog costs about its pages plus a few calls per poll, instead of reading the rest of the backlog on
 * every poll.
 */
final class SearchWindowReader implements WindowReader {

    private static final long DAY = 86_400;

    private final PollTarget target;
    private final IntercomClient client;
    private final ObjectMapper mapper;
    private final String timestampField;
    private final List<JsonNode> filters;
    private final int perPage;
    // objects per second in the last slice read, NaN when the window was last read whole (nothing to slice)
    private double density = Double.NaN;

    SearchWindowReader(PollTarget target, IntercomClient client, ObjectMapper mapper, String timestampField,
                       List<JsonNode> filters, int perPage) {
        this.target = target;
        this.client = client;
        this.mapper = mapper;
        this.timestampField = timestampField;
        this.filters = filters;
        this.perPage = perPage;
    }

    @Override
    public List<Candidate> read(long since, int limit, Predicate<Candidate> known) throws IOException, IntercomApiException {
        CandidateCollector collector = new CandidateCollector(since, limit, known);
        if (target.isSortable()) {
            JsonNode newest = search(since, "descending", null);
            List<JsonNode> page = items(newest);
            boolean windowFits = next(newest) == null || page.isEmpty()
                    || timestamp(page.get(page.size() - 1)) < since;
            if (windowFits) {
                page.forEach(item -> collector.offer(candidate(item)));
                return collector.result();
            }
        }
        if (!target.isSortable()) {
            return readInSlices(since, collector);
        }
        String cursor = null;
        do {
            JsonNode response = search(since, "ascending", cursor);
            for (JsonNode item : items(response)) {
                if (collector.isCompleteBefore(timestamp(item))) {
                    return collector.result();
                }
                collector.offer(candidate(item));
            }
            cursor = next(response);
        } while (cursor != null);
        return collector.result();
    }

    /**
     * An unsorted window, slice by slice: {@code [lower, end)} read whole, then the next, until the result is full or
     * the rest of the window fits in it. Every slice is whole seconds and read to its last page, so the result holds
     * the oldest objects of the window and every object of each second it reaches, as when the window is read whole.
     */
    private List<Candidate> readInSlices(long since, CandidateCollector collector) throws IOException, IntercomApiException {
        long lower = since;
        long anchor = since;
        long now = System.currentTimeMillis() / 1000;
        boolean sliceNext = false;
        while (true) {
            int room = Math.max(1, collector.room());
            long width = Double.isNaN(density) ? 0 : Math.max(1, (long) Math.ceil(room / density));
            if (width == 0 || (!sliceNext && anchor + width > now)) {
                // the rest of the window: read whole when it fits, else its first page tells how to slice it
                JsonNode first = search(lower, null, null, null);
                Long total = totalCount(first);
                if (next(first) == null || total == null || total <= room) {
                    readPages(first, lower, null, Long.MAX_VALUE, collector);
                    density = Double.NaN;
                    return collector.result();
                }
                List<JsonNode> sample = items(first);
                long oldest = sample.stream().mapToLong(this::timestamp).min().orElse(lower);
                long newest = sample.stream().mapToLong(this::timestamp).max().orElse(lower);
                anchor = Math.max(lower, oldest);
                density = total / (double) Math.max(1, newest - anchor + 1);
                sliceNext = true;
                continue;
            }
            long end = anchor + width;
            JsonNode first = search(lower, null, end, null);
            Long total = totalCount(first);
            if (total != null && total > 2L * room && width > 1) {
                // far more than the result takes: a narrower slice, rather than reading pages that are dropped
                density = total / (double) width;
                continue;
            }
            int read = readPages(first, lower, end, end, collector);
            sliceNext = false;
            lower = end;
            anchor = end;
            density = read > 0 ? read / (double) width : Double.NaN;
            if (collector.isFull()) {
                return collector.result();
            }
        }
    }

    /**
     * Reads a search from its first page to its last, offering the items from {@code lower} on and before
     * {@code keepBefore}; returns how many there were. (A range search may include its bounds, as ticket search does:
     * a slice's upper bound belongs to the next slice.)
     */
    private int readPages(JsonNode first, long lower, Long upper, long keepBefore, CandidateCollector collector)
            throws IOException, IntercomApiException {
        int read = 0;
        JsonNode response = first;
        while (true) {
            for (JsonNode item : items(response)) {
                long timestamp = timestamp(item);
                if (timestamp >= lower && timestamp < keepBefore) {
                    read++;
                    collector.offer(candidate(item));
                }
            }
            String cursor = next(response);
            if (cursor == null) {
                return read;
            }
            response = search(lower, null, upper, cursor);
        }
    }

    private static Long totalCount(JsonNode response) {
        JsonNode total = response == null ? null : response.get("total_count");
        return total != null && total.canConvertToLong() ? total.asLong() : null;
    }

    private JsonNode search(long since, String order, String cursor) throws IOException, IntercomApiException {
        return search(since, order, null, cursor);
    }

    /** A search of the objects at or after {@code since} and, when {@code before} is given, before it. */
    private JsonNode search(long since, String order, Long before, String cursor) throws IOException, IntercomApiException {
        // contact dates match whole days: '>' the day before starts at the midnight that begins since's day
        long lower = target.isDayGranular() ? since - DAY : since - 1;
        ObjectNode body = mapper.createObjectNode();
        ObjectNode query = body.putObject("query");
        query.put("operator", "AND");
        ArrayNode leaves = query.putArray("value");
        leaves.addObject().put("field", timestampField).put("operator", ">").put("value", lower);
        if (before != null) {
            leaves.addObject().put("field", timestampField).put("operator", "<").put("value", before);
        }
        filters.forEach(leaves::add);
        if (order != null) {
            body.putObject("sort").put("field", timestampField).put("order", order);
        }
        OperationDefinition search = target.readOperation();
        IntercomRequest request = search.request(body);
        search.paging().apply(request, perPage, cursor);
        return client.execute(request).body();
    }

    private List<JsonNode> items(JsonNode response) {
        List<JsonNode> items = new java.util.ArrayList<>();
        if (response != null) {
            response.path(target.readOperation().itemsField()).forEach(items::add);
        }
        return items;
    }

    private String next(JsonNode response) {
        return response == null ? null
                : target.readOperation().paging().next(response, response.path(target.readOperation().itemsField()).size());
    }

    private long timestamp(JsonNode item) {
        return item.path(timestampField).asLong();
    }

    private Candidate candidate(JsonNode item) {
        return Candidates.of(item, timestampField, target, mapper);
    }
}
