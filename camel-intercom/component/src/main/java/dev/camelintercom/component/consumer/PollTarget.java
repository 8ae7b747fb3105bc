package dev.camelintercom.component.consumer;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelintercom.component.model.Company;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.component.model.IntercomObject;
import dev.camelintercom.component.model.Ticket;

/**
 * The resources a consumer can poll, and how each is read: conversations, tickets and contacts through their search
 * endpoints, companies (which have no search) by scrolling over all of them.
 */
enum PollTarget {
    CONVERSATION("conversation", Conversation.class, "/conversations/search", "conversations", false, false, 60,
                 Map.of("state", "state", "team", "team_assignee_id", "tag", "tag_ids")),
    TICKET("ticket", Ticket.class, "/tickets/search", "tickets", false, false, 60,
           Map.of("state", "state", "team", "team_assignee_id")),
    /** Contact search filters dates by calendar day only, sorts, and finds new contacts only minutes later. */
    CONTACT("contact", Contact.class, "/contacts/search", "data", true, true, 900, Map.of("tag", "tag_id")),
    COMPANY("company", Company.class, null, "data", false, false, 0, Map.of());

    private final String resource;
    private final Class<? extends IntercomObject> modelClass;
    private final String searchPath;
    private final String itemsField;
    private final boolean dayGranular;
    private final boolean sortable;
    private final int defaultLookback;
    private final Map<String, String> filterFields;

    PollTarget(String resource, Class<? extends IntercomObject> modelClass, String searchPath, String itemsField,
               boolean dayGranular, boolean sortable, int defaultLookback, Map<String, String> filterFields) {
        this.resource = resource;
        this.modelClass = modelClass;
        this.searchPath = searchPath;
        this.itemsField = itemsField;
        this.dayGranular = dayGranular;
        this.sortable = sortable;
        this.defaultLookback = defaultLookback;
        this.filterFields = filterFields;
    }

    /** The target of a resource, or null when the resource cannot be polled. */
    static PollTarget of(String resource) {
        return Arrays.stream(values()).filter(t -> t.resource.equals(resource)).findFirst().orElse(null);
    }

    static String names() {
        return Arrays.stream(values()).map(t -> t.resource).collect(Collectors.joining(", "));
    }

    String resource() {
        return resource;
    }

    Class<? extends IntercomObject> modelClass() {
        return modelClass;
    }

    /** The search path, or null for companies. */
    String searchPath() {
        return searchPath;
    }

    String itemsField() {
        return itemsField;
    }

    boolean isDayGranular() {
        return dayGranular;
    }

    boolean isSortable() {
        return sortable;
    }

    /** Seconds to read back behind the watermark by default, for objects that become searchable late. */
    int defaultLookback() {
        return defaultLookback;
    }

    /** The search field of a filter option ({@code state}, {@code team}, {@code tag}), or null when not supported. */
    String filterField(String filter) {
        return filterFields.get(filter);
    }
}
