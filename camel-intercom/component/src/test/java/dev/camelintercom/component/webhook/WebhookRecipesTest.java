/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomEndpoint;
import dev.camelintercom.component.model.Conversation;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelintercom.testsupport.MarkdownBlocks.matching;
import static dev.camelintercom.testsupport.MarkdownBlocks.withoutWhiteSpace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes of docs/webhooks.md, as the page shows them: the YAML route read from the page, the Java routes as code
 * of this test (checked to be the page's blocks). Each runs on a component with the client secret and no access
 * token, as a webhook-only application configures it, and receives deliveries over HTTP: a genuine one is routed
 * once, an unsigned or forged one is answered 401, a replay 200 and not routed.
 */
class WebhookRecipesTest extends CamelTestSupport {

    private static final Path WEBHOOKS_MD = Path.of("../../docs/webhooks.md");
    private static final Path THIS_TEST = Path.of("src/test/java/dev/camelintercom/component/webhook/WebhookRecipesTest.java");
    private static final String PATH = "/intercom/conversations";
    private static final String SECRET = WebhookReceiverTest.SECRET;

    private final int port = AvailablePortFinder.getNextAvailable();
    private final Deliveries deliveries = new Deliveries(port);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IntercomComponent intercom = new IntercomComponent();
        intercom.getConfiguration().setClientSecret(SECRET);
        context.addComponent("intercom", intercom);
        Deliveries.serve(context, port);
        return context;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "webhook route in Java", "webhook route in YAML", "handler behind platform-http" })
    void theRouteOfThePageRoutesAGenuineDeliveryOnceAndRefusesTheOthers(String recipe) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:triage").to("mock:triage");
            }
        });
        addRecipe(recipe);
        MockEndpoint triage = getMockEndpoint("mock:triage");
        triage.expectedHeaderValuesReceivedInAnyOrder(IntercomConstants.NOTIFICATION_ID, "notif_first", "notif_later");
        byte[] first = Deliveries.notification("notif_first", "conversation.user.created", conversation("301"), 1);

        assertEquals(200, deliveries.signed(PATH, first, SECRET));
        assertEquals(401, deliveries.post(PATH, first, null));
        assertEquals(401, deliveries.signed(PATH, first, "the-secret-of-another-app"));
        assertEquals(200, deliveries.signed(PATH, first, SECRET));
        assertEquals(200, deliveries.signed(PATH,
                Deliveries.notification("notif_later", "conversation.user.replied", conversation("302"), 1), SECRET));

        triage.assertIsSatisfied();
        assertEquals("301", assertInstanceOf(Conversation.class, triage.getExchanges().get(0).getMessage().getBody()).getId());
    }

    /** Adds the route of the page named, to a context whose component has no access token. */
    private void addRecipe(String recipe) throws Exception {
        switch (recipe) {
            case "webhook route in Java" -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("webhook:intercom:conversation?topics=conversation.user.created,conversation.user.replied"
                         + "&webhookComponentName=platform-http&webhookPath=/intercom/conversations")
                        .log("${header.CamelIntercomWebhookTopic}: conversation ${body.id}")
                        .to("direct:triage");
                }
            });
            case "webhook route in YAML" -> PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.fromString("webhooks.yaml", yamlRoute()));
            case "handler behind platform-http" -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() throws Exception {
                    IntercomEndpoint intercom = getContext().getEndpoint("intercom:conversation", IntercomEndpoint.class);
                    from("platform-http:/intercom/conversations")
                        .process(intercom.createWebhookHandler(getContext().getEndpoint("direct:triage").createAsyncProducer()));
                }
            });
            default -> throw new IllegalArgumentException(recipe);
        }
    }

    @Test
    void everyJavaBlockOfThePageIsCodeOfThisTest() throws IOException {
        String code = withoutWhiteSpace(read(THIS_TEST));
        List<String> blocks = blocks("java");
        assertEquals(2, blocks.size(), "the Java routes of " + WEBHOOKS_MD);
        for (String block : blocks) {
            assertTrue(code.contains(withoutWhiteSpace(block)), "not run by this test:\n" + block);
        }
    }

    @Test
    void thePageHasOneYamlRoute() throws IOException {
        assertEquals(1, blocks("yaml").size(), "the YAML routes of " + WEBHOOKS_MD);
    }

    private static String yamlRoute() throws IOException {
        return blocks("yaml").get(0);
    }

    private static Map<String, Object> conversation(String id) {
        return Map.of("type", "conversation", "id", id, "created_at", 1_767_000_000L, "state", "open");
    }

    private static List<String> blocks(String language) throws IOException {
        return matching(read(WEBHOOKS_MD), "```" + language + "\n(.*?)```");
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
