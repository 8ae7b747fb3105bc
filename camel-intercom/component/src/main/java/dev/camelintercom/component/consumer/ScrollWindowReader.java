package dev.camelintercom.component.consumer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.api.IntercomClient;
import dev.camelintercom.component.api.IntercomRequest;

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
        String scrollParam = null;
        while (true) {
            Map<String, String> query = new LinkedHashMap<>();
            if (scrollParam != null) {
                query.put("scroll_param", scrollParam);
            }
            JsonNode response = client.execute(new IntercomRequest("GET", "/companies/scroll", query, null)).body();
            JsonNode data = response == null ? null : response.path("data");
            if (data == null || !data.isArray() || data.isEmpty()) {
                return collector.result();
            }
            data.forEach(item -> collector.offer(Candidates.of(item, timestampField, PollTarget.COMPANY, mapper)));
            scrollParam = response.path("scroll_param").asText(null);
            if (scrollParam == null) {
                return collector.result();
            }
        }
    }
}
