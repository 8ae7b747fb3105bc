package dev.camelintercom.component.webhook;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Options of webhook mode that cannot work are refused when the handler is made, naming the option; topic patterns.
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

    @Test
    void theSecretIsNotInTheHandlersText() {
        IntercomEndpoint endpoint = endpoint("intercom:conversation?clientSecret=very-secret-value");
        assertFalse(endpoint.createWebhookHandler(exchange -> { }).toString().contains("very-secret-value"));
        assertEquals(java.util.List.of("POST"), endpoint.getWebhookMethods());
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
