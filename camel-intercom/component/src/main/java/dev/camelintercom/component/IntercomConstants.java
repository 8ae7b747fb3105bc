/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers read and written by the Intercom component.
 */
public final class IntercomConstants {

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's `operation` option for this message.",
              javaType = "String")
    public static final String OPERATION = "CamelIntercomOperation";

    @Metadata(label = "producer", description = "The Intercom id of the contact (24 hex characters).", javaType = "String")
    public static final String CONTACT_ID = "CamelIntercomContactId";
    @Metadata(label = "producer", description = "The Intercom id of the company (not your own `company_id`).",
              javaType = "String")
    public static final String COMPANY_ID = "CamelIntercomCompanyId";
    @Metadata(label = "producer", description = "The id of the conversation.", javaType = "String")
    public static final String CONVERSATION_ID = "CamelIntercomConversationId";
    @Metadata(label = "producer", description = "The id of the ticket (the API id, not the number shown in the Inbox).",
              javaType = "String")
    public static final String TICKET_ID = "CamelIntercomTicketId";
    @Metadata(label = "producer", description = "The id of the tag.", javaType = "String")
    public static final String TAG_ID = "CamelIntercomTagId";
    @Metadata(label = "producer",
              description = "The id of the admin: the subject of admin operations and the author of replies, notes, closes and assignments.",
              javaType = "String")
    public static final String ADMIN_ID = "CamelIntercomAdminId";
    @Metadata(label = "producer", description = "The id of the team.", javaType = "String")
    public static final String TEAM_ID = "CamelIntercomTeamId";
    @Metadata(label = "producer", description = "The id of the note.", javaType = "String")
    public static final String NOTE_ID = "CamelIntercomNoteId";
    @Metadata(label = "producer", description = "The id of the segment.", javaType = "String")
    public static final String SEGMENT_ID = "CamelIntercomSegmentId";
    @Metadata(label = "producer", description = "The id of the ticket type.", javaType = "String")
    public static final String TICKET_TYPE_ID = "CamelIntercomTicketTypeId";
    @Metadata(label = "producer", description = "Your own id of a contact (`external_id`), for `contact` `findByExternalId`.",
              javaType = "String")
    public static final String EXTERNAL_ID = "CamelIntercomExternalId";
    @Metadata(label = "producer", description = "Your own id of a company (`company_id`), for `company` `find`.",
              javaType = "String")
    public static final String COMPANY_EXTERNAL_ID = "CamelIntercomCompanyExternalId";
    @Metadata(label = "producer", description = "The name of a company, for `company` `find`.", javaType = "String")
    public static final String COMPANY_NAME = "CamelIntercomCompanyName";
    @Metadata(label = "producer", description = "Your own id of a user (`user_id`), for `event` `list` and `summaries`.",
              javaType = "String")
    public static final String USER_ID = "CamelIntercomUserId";
    @Metadata(label = "producer", description = "An email address, for `event` `list`.", javaType = "String")
    public static final String EMAIL = "CamelIntercomEmail";

    @Metadata(label = "producer", description = "The page size of a list or search request.", javaType = "Integer")
    public static final String PER_PAGE = "CamelIntercomPerPage";
    @Metadata(label = "producer",
              description = "Where a list or search starts: a cursor (`starting_after`), a page number or a scroll parameter, as returned in `CamelIntercomNextPage` by the previous page.",
              javaType = "String")
    public static final String PAGE = "CamelIntercomPage";
    @Metadata(label = "producer", description = "Whether to return a lazy iterator over all results instead of one page.",
              javaType = "Boolean")
    public static final String PAGINATE = "CamelIntercomPaginate";
    @Metadata(label = "producer", description = "Additional query parameters for the request.",
              javaType = "java.util.Map<String, Object>")
    public static final String QUERY = "CamelIntercomQuery";
    @Metadata(label = "producer", description = "The HTTP method of a `request` (escape hatch) call.", javaType = "String")
    public static final String HTTP_METHOD = "CamelIntercomHttpMethod";
    @Metadata(label = "producer", description = "The API path of a `request` (escape hatch) call, e.g. `/subscription_types`.",
              javaType = "String")
    public static final String PATH = "CamelIntercomPath";
    @Metadata(label = "producer", description = "The `Accept` header of a `request` (escape hatch) call, e.g. `text/csv`.",
              javaType = "String")
    public static final String ACCEPT = "CamelIntercomAccept";
    @Metadata(label = "producer", description = "What the answer of a `request` (escape hatch) call becomes: `json`, `bytes` or "
                                                + "`stream`.",
              javaType = "dev.camelintercom.component.IntercomResponseType", enums = "json,bytes,stream")
    public static final String RESPONSE_TYPE = "CamelIntercomResponseType";

    @Metadata(label = "common",
              description = "The id of the resource returned (or of the first one in a list); on the consumer, of the object emitted.",
              javaType = "String")
    public static final String RESOURCE_ID = "CamelIntercomResourceId";
    @Metadata(label = "common",
              description = "The `type` of the object returned by Intercom or emitted by the consumer, e.g. `contact`.",
              javaType = "String")
    public static final String RESOURCE_TYPE = "CamelIntercomResourceType";
    @Metadata(label = "producer", description = "Intercom's request id of the response, for support requests.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelIntercomRequestId";
    @Metadata(label = "producer", description = "The HTTP status code of the response.", javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelIntercomResponseCode";
    @Metadata(label = "producer", description = "The total number of results of a list or search, where Intercom reports it.",
              javaType = "Long")
    public static final String TOTAL_COUNT = "CamelIntercomTotalCount";
    @Metadata(label = "producer",
              description = "The value to send as `CamelIntercomPage` to fetch the next page; absent on the last page.",
              javaType = "String")
    public static final String NEXT_PAGE = "CamelIntercomNextPage";
    @Metadata(label = "producer", description = "`X-RateLimit-Limit` of the response: the calls allowed in the current window.",
              javaType = "Integer")
    public static final String RATE_LIMIT_LIMIT = "CamelIntercomRateLimitLimit";
    @Metadata(label = "producer", description = "`X-RateLimit-Remaining` of the response: the calls left in the current window.",
              javaType = "Integer")
    public static final String RATE_LIMIT_REMAINING = "CamelIntercomRateLimitRemaining";
    @Metadata(label = "producer", description = "`X-RateLimit-Reset` of the response: Unix seconds when the window refills.",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelIntercomRateLimitReset";

    @Metadata(label = "producer",
              description = "Set when `contact` `create` met an existing contact and resolved it by the `contactConflict` policy: `returnExisting` or `update`.",
              javaType = "String")
    public static final String CONFLICT_RESOLVED = "CamelIntercomConflictResolved";

    @Metadata(label = "consumer", description = "When the emitted object was created, in Unix seconds.", javaType = "Long")
    public static final String CREATED_AT = "CamelIntercomCreatedAt";
    @Metadata(label = "consumer", description = "When the emitted object was last updated, in Unix seconds.", javaType = "Long")
    public static final String UPDATED_AT = "CamelIntercomUpdatedAt";
    @Metadata(label = "consumer",
              description = "Why the object is emitted: `created`, or, with `emit=createdOrUpdated`, `updated` when an earlier state of the object was emitted or it was created before the poll's window.",
              javaType = "String")
    public static final String CHANGE = "CamelIntercomChange";

    @Metadata(label = "consumer,webhook", description = "The topic of the webhook notification, e.g. `conversation.user.created`.",
              javaType = "String")
    public static final String WEBHOOK_TOPIC = "CamelIntercomWebhookTopic";
    @Metadata(label = "consumer,webhook", description = "The id of the webhook notification (`notif_...`), the key of its de-duplication.",
              javaType = "String")
    public static final String NOTIFICATION_ID = "CamelIntercomNotificationId";
    @Metadata(label = "consumer,webhook", description = "The `app_id` of the webhook notification: the workspace it comes from.",
              javaType = "String")
    public static final String APP_ID = "CamelIntercomAppId";
    @Metadata(label = "consumer,webhook", description = "How many times Intercom has tried to deliver this notification, this one included.",
              javaType = "Integer")
    public static final String DELIVERY_ATTEMPTS = "CamelIntercomDeliveryAttempts";
    @Metadata(label = "consumer,webhook", description = "When Intercom first sent this notification, in Unix seconds.",
              javaType = "Long")
    public static final String FIRST_SENT_AT = "CamelIntercomFirstSentAt";

    private IntercomConstants() {
    }
}
