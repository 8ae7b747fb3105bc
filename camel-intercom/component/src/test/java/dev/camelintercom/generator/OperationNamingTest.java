/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.generator;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The naming rule of docs/design.md ("Names") on operations of Intercom's description: the name a Camel user guesses.
 */
class OperationNamingTest {

    @ParameterizedTest(name = "{0} {1} {2} is {3}.{4}")
    @CsvSource({
            "Articles, POST, /articles/{id}/draft/publish, publishArticleDraft, article, publishDraft",
            "Articles|Tags, POST, /articles/{article_id}/tags, attachTagToArticle, article, attachTag",
            "Articles, GET, /articles/{article_id}, retrieveArticle, article, get",
            "Help Center, GET, /help_center/collections, listAllCollections, helpCenter, listCollections",
            "News, POST, /news/news_items, createNewsItem, newsItem, create",
            "Data Attributes, GET, /data_attributes, lisDataAttributes, dataAttribute, list",
            "Custom Object Instances, GET, /custom_object_instances/{type}/{id}, getCustomObjectInstancesById, customObjectInstance, get",
            "Ticket States, GET, /ticket_states, listTicketStates, ticketState, list",
            "Subscription Types|Contacts, POST, /contacts/{contact_id}/subscriptions, attachSubscriptionTypeToContact, contact, attachSubscriptionType",
            "Tickets, POST, /tickets/{ticket_id}/change_type, changeTicketType, ticket, changeType",
            "Conversations, GET, /conversations/{id}/side_conversations, listSideConversations, conversation, listSideConversations",
            "Reporting Data Export, POST, /export/reporting_data/enqueue, , reportingDataExport, enqueue",
            "Reporting Data Export, GET, /download/reporting_data/{job_identifier}, , reportingDataExport, download"
    })
    void nameIsWhatTheOperationDoes(String tags, String method, String path, String operationId, String resource,
            String operation) {
        String actualResource = OperationNaming.resource(List.of(tags.split("\\|")), path);
        assertEquals(resource, actualResource);
        assertEquals(operation, OperationNaming.operation(actualResource, operationId, method, path));
    }

    @ParameterizedTest(name = "{0} takes {2}")
    @CsvSource({
            "/articles/{id}/draft, id, article_id",
            "/help_center/help_centers/{help_center_id}/redirects/{id}, id, redirect_id",
            "/contacts/{contact_id}/tags/{tag_id}, tag_id, tag_id"
    })
    void anIdIsNamedForTheObjectItNames(String path, String variable, String input) {
        assertEquals(input, ApiFactsGenerator.inputName(path, variable));
    }
}
