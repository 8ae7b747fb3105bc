/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.model.Conversation;
import dev.camelintercom.sandbox.SandboxWebhooks;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Options of webhook mode that cannot work are refused when the handler is made, naming the option; a webhook-only
 * handler needs no token, a reconciling one does; topic patterns.
 */
class WebhookOptionsTest extends CamelTestSupport {

    private IntercomEndpoint endpoint(String uri) {
        context.getComponent("intercom", IntercomComponent.class).getConfiguration().setAccessToken("test-token");
        return context.getEndpoint(uri, IntercomEndpoint.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "intercom:conversation | clientSecret is required",
            "intercom:conversation?clientSecret=s&maxBodySize=0 | maxBodySize must be at least 1",
            "intercom:conversation?clientSecret=s&reconcile=true&emit=createdOrUpdated | emit must be created" })
    void aHandlerThatCannotWorkIsRefusedNamingTheOption(String uri, String message) {
        IntercomEndpoint endpoint = endpoint(uri);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> endpoint.createWebhookHandler(exchange -> { }));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** The component without a token, as a webhook-only application configures it. */
    private IntercomEndpoint tokenless(String uri) {
        context.addComponent("tokenless", new IntercomComponent());
        return context.getEndpoint(uri.replaceFirst("^intercom:", "tokenless:"), IntercomEndpoint.class);
    }

    /** Without reconcile only the notification's id is remembered: no object key that nothing would ever ask for. */
    @Test
    void aWebhookOnlyHandlerNeedsNoTokenAndRoutesASignedDelivery() throws Exception {
        MemoryIdempotentRepository seen = new MemoryIdempotentRepository();
        context.getRegistry().bind("seen", seen);
        IntercomEndpoint endpoint = tokenless("intercom:conversation?clientSecret=s&acknowledge=processed"
                                              + "&idempotentRepository=#seen");
        List<Object> routed = new ArrayList<>();
        Processor handler = endpoint.createWebhookHandler(exchange -> routed.add(exchange.getMessage().getBody()));
        ServiceHelper.startService(handler);
        byte[] body = Deliveries.notification("notif_7", "conversation.user.created",
                Map.of("type", "conversation", "id", "7"), 1);
        Exchange delivery = new DefaultExchange(context);
        delivery.getMessage().setBody(body);
        delivery.getMessage().setHeader(WebhookSignature.HEADER, SandboxWebhooks.signature(body, "s"));

        handler.process(delivery);

        assertEquals(200, delivery.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals("7", assertInstanceOf(Conversation.class, routed.get(0)).getId());
        assertEquals(Set.of(DeliveryLedger.notificationKey("notif_7")), seen.getCache().keySet());
        ServiceHelper.stopService(handler);
    }

    @Test
    void reconciliationWithoutATokenIsRefusedNamingBothOptions() {
        IntercomEndpoint endpoint = tokenless("intercom:conversation?clientSecret=s&reconcile=true");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> endpoint.createWebhookHandler(exchange -> { }));
        assertEquals("intercom:conversation webhook: reconcile=true polls Intercom, so accessToken is required: set it on "
                     + "the component (camel.component.intercom.access-token) or the endpoint", e.getMessage());
    }

    @Test
    void theSecretIsNotInTheHandlersText() {
        IntercomEndpoint endpoint = endpoint("intercom:conversation?clientSecret=very-secret-value");
        assertFalse(endpoint.createWebhookHandler(exchange -> { }).toString().contains("very-secret-value"));
        assertEquals(List.of("POST"), endpoint.getWebhookMethods());
    }

    @Test
    void topicsAreExactWildcardOrRegularExpressionsAndDefaultToTheResource() {
        WebhookTopics defaults = WebhookTopics.of(null, "conversation");
        assertTrue(defaults.routes("conversation.admin.replied"));
        assertFalse(defaults.routes("contact.user.created"));
        assertFalse(defaults.routes("conversation_part.tag.created"));

        WebhookTopics chosen = WebhookTopics.of("ticket.created, conversation.admin.*, contact\\.(user|lead)\\.created", "x");
        assertTrue(chosen.routes("ticket.created"));
        assertFalse(chosen.routes("ticket.closed"));
        assertTrue(chosen.routes("conversation.admin.closed"));
        assertTrue(chosen.routes("contact.lead.created"));
        assertFalse(chosen.routes("contact.user.updated"));
        assertTrue(WebhookTopics.of("*", "x").routes("job.completed"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookTopics.of("ticket.(", "x"));
        assertTrue(e.getMessage().contains("topics: 'ticket.('"), e.getMessage());
    }
}
