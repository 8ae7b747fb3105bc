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
 * Reads a window through a search endpoint, following every page. Conversation and ticket search cannot sort, so
 * their whole window is read and ordered here. Contact search sorts: one descending page tells whether the window
 * fits in it (so an idle poll is one call); a larger window is read ascending and stops once the result is full.
 */
final class SearchWindowReader implements WindowReader {

    private static final long DAY = 86_400;

    private final PollTarget target;
    private final IntercomClient client;
    private final ObjectMapper mapper;
    private final String timestampField;
    private final List<JsonNode> filters;
    private final int perPage;

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
        String cursor = null;
        do {
            JsonNode response = search(since, target.isSortable() ? "ascending" : null, cursor);
            for (JsonNode item : items(response)) {
                if (target.isSortable() && collector.isCompleteBefore(timestamp(item))) {
                    return collector.result();
                }
                collector.offer(candidate(item));
            }
            cursor = next(response);
        } while (cursor != null);
        return collector.result();
    }

    private JsonNode search(long since, String order, String cursor) throws IOException, IntercomApiException {
        // contact dates match whole days: '>' the day before starts at the midnight that begins since's day
        long lower = target.isDayGranular() ? since - DAY : since - 1;
        ObjectNode body = mapper.createObjectNode();
        ObjectNode query = body.putObject("query");
        query.put("operator", "AND");
        ArrayNode leaves = query.putArray("value");
        leaves.addObject().put("field", timestampField).put("operator", ">").put("value", lower);
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
