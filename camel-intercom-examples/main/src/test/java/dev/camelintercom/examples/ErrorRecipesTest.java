/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomFailure;
import dev.camelintercom.component.IntercomInputException;
import dev.camelintercom.testsupport.IntercomTestSupport;
import dev.camelintercom.component.IntercomTransportException;
import dev.camelintercom.component.model.Contact;
import dev.camelintercom.component.model.Message;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.camelintercom.testsupport.MarkdownBlocks.matching;
import static dev.camelintercom.testsupport.MarkdownBlocks.withoutWhiteSpace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recipes of docs/errors.md, run against a server that fails the way Intercom does. The Java recipes are the code
 * of this class, character for character but for white space ({@link #everyJavaBlockOfThePageIsCodeOfThisTest}); the
 * YAML recipe is read from the page; the component documentation shows the same retry recipe.
 */
class ErrorRecipesTest extends IntercomTestSupport {

    private static final Path ERRORS_MD = Path.of("../../docs/errors.md");
    private static final Path ADOC = Path.of("../../camel-intercom/component/src/main/docs/intercom-component.adoc");
    private static final Path THIS_TEST = Path.of("src/test/java/dev/camelintercom/examples/ErrorRecipesTest.java");

    private static final String CONTACT_ID = "6762f0ad1bb69f9f2193bb2b";
    private static final String CONTACT = "/contacts/" + CONTACT_ID;
    private static final String CONTACT_JSON = "{\"type\":\"contact\",\"id\":\"" + CONTACT_ID + "\"}";
    private static final String ERROR = "{\"type\":\"error.list\",\"request_id\":\"r-1\",\"errors\":[{\"code\":\"%s\"}]}";
    private static final Map<String, Object> NEW_CONVERSATION = Map.of("body", "Where is my order?");

    /** Routes under a recipe: a read (retry-safe), a create (not retry-safe) and a paged list. */
    private abstract static class GuardedRoutes extends RouteBuilder {

        void guardedRoutes() {
            from("direct:get").to("intercom:contact?operation=get");
            from("direct:create").to("intercom:conversation?operation=create&contactId=" + CONTACT_ID);
            from("direct:list").to("intercom:contact?operation=list&paginate=true")
                    .split(body()).streaming().to("mock:listed");
        }
    }

    /** The retry-safe recipe in the Java DSL (as on the page) or in the YAML DSL (read from the page). */
    private void addRetrySafeRecipe(boolean yaml) throws Exception {
        if (yaml) {
            loadYaml(yamlBlock("${exception.retrySafe}"));
        } else {
            context.addRoutes(new GuardedRoutes() {
                @Override
                public void configure() {
                    onException(IntercomApiException.class, IntercomTransportException.class)
                        // asked on every failure: a create let through after a 429 must not be sent again after a later reset
                        .retryWhile(exchange -> exchange.getException() instanceof IntercomFailure failure && failure.isRetrySafe()
                                && exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) <= 5)
                        .useExponentialBackOff()
                        .maximumRedeliveryDelay(30_000);
                    guardedRoutes();
                }
            });
        }
    }

    @ParameterizedTest(name = "yaml: {0}")
    @ValueSource(booleans = { false, true })
    void retrySafeRecipeRedeliversACreateRefusedWith429AfterTheReset(boolean yaml) throws Exception {
        addRetrySafeRecipe(yaml);
        long reset = System.currentTimeMillis() / 1000 + 2;
        failOnceThenSucceed(() -> post("/conversations"), rateLimited(reset),
                okJson("{\"type\":\"user_message\",\"id\":\"403918330\"}"));

        Message message = template.requestBody("direct:create", NEW_CONVERSATION, Message.class);

        assertEquals("403918330", message.getId());
        List<LoggedRequest> calls = callsInOrder(postRequestedFor(urlEqualTo("/conversations")));
        assertEquals(2, calls.size());
        assertTrue(calls.get(1).getLoggedDate().getTime() >= reset * 1000,
                "the redelivery came " + (reset * 1000 - calls.get(1).getLoggedDate().getTime()) + " ms before the reset");
    }

    @ParameterizedTest(name = "yaml: {0}")
    @ValueSource(booleans = { false, true })
    void retrySafeRecipeDoesNotResendACreateAfterA500(boolean yaml) throws Exception {
        addRetrySafeRecipe(yaml);
        failOnceThenSucceed(() -> post("/conversations"), error(500, "server_error"),
                okJson("{\"type\":\"user_message\",\"id\":\"403918330\"}"));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:create", NEW_CONVERSATION));

        assertEquals(500, assertInstanceOf(IntercomApiException.class, e.getCause()).getStatusCode());
        verify(1, postRequestedFor(urlEqualTo("/conversations")));
    }

    @ParameterizedTest(name = "yaml: {0}, {1}")
    @CsvSource({ "false, connection reset", "true, connection reset", "false, 503", "true, 503" })
    void retrySafeRecipeRedeliversAReadAfterAPassingFailure(boolean yaml, String failure) throws Exception {
        addRetrySafeRecipe(yaml);
        ResponseDefinitionBuilder first = failure.equals("503")
                ? error(503, "service_unavailable") : aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        failOnceThenSucceed(() -> get(CONTACT), first, okJson(CONTACT_JSON));

        Contact contact = template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID, CONTACT_ID,
                Contact.class);

        assertEquals(CONTACT_ID, contact.getId());
        verify(2, getRequestedFor(urlEqualTo(CONTACT)));
    }

    /** The failure of a later page is not redelivered, and stays the route's error, not an expression failure. */
    @ParameterizedTest(name = "yaml: {0}")
    @ValueSource(booleans = { false, true })
    void retrySafeRecipeLeavesTheFailureOfAPagingIteratorAlone(boolean yaml) throws Exception {
        addRetrySafeRecipe(yaml);
        stubFor(get(urlPathEqualTo("/contacts")).withQueryParam("starting_after", absent()).willReturn(okJson(
                "{\"type\":\"list\",\"data\":[" + CONTACT_JSON + "],"
                + "\"pages\":{\"type\":\"pages\",\"next\":{\"starting_after\":\"c1\"}}}")));
        stubFor(get(urlPathEqualTo("/contacts")).withQueryParam("starting_after", equalTo("c1"))
                .willReturn(error(503, "service_unavailable")));

        Exchange exchange = template.send("direct:list", e -> {
        });

        RuntimeCamelException e = assertInstanceOf(RuntimeCamelException.class, exchange.getException());
        assertEquals(503, assertInstanceOf(IntercomApiException.class, e.getCause()).getStatusCode());
        assertEquals(0, exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class), "redeliveries");
    }

    /** Without the governor, only {@code CamelRedeliveryDelay} can make the error handler wait for the reset. */
    @ParameterizedTest(name = "rateLimitGovernor: {0}")
    @ValueSource(booleans = { true, false })
    void plainErrorHandlerWaitsForTheRateLimitReset(boolean governor) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(5).useExponentialBackOff());
                from("direct:get").to("intercom:contact?operation=get&rateLimitGovernor=" + governor);
            }
        });
        // further away than the policy's first delay of one second
        long reset = System.currentTimeMillis() / 1000 + 3;
        failOnceThenSucceed(() -> get(CONTACT), rateLimited(reset), okJson(CONTACT_JSON));

        Contact contact = template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID, CONTACT_ID,
                Contact.class);

        assertEquals(CONTACT_ID, contact.getId());
        List<LoggedRequest> calls = callsInOrder(getRequestedFor(urlEqualTo(CONTACT)));
        assertEquals(2, calls.size());
        assertTrue(calls.get(1).getLoggedDate().getTime() >= reset * 1000,
                "the redelivery came " + (reset * 1000 - calls.get(1).getLoggedDate().getTime()) + " ms before the reset");
    }

    @Test
    void notFoundRecipeAnswersNull() throws Exception {
        stubFor(get(CONTACT).willReturn(error(404, "not_found")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:find-contact")
                    .doTry()
                        .to("intercom:contact?operation=get")
                    .doCatch(IntercomApiException.class)
                        .onWhen(exchange -> exchange.getException(IntercomApiException.class).getStatusCode() == 404)
                        .setBody(constant(null))
                    .end();
            }
        });

        Object body = template.requestBodyAndHeader("direct:find-contact", "ignored", IntercomConstants.CONTACT_ID, CONTACT_ID);

        assertNull(body);
    }

    @Test
    void mergedContactRecipeFetchesTheSurvivor() throws Exception {
        stubFor(get("/contacts/5ba682d23d7cf92bef87bfd4").willReturn(error(410, "contact_merged")
                .withHeader("Link", "<" + CONTACT + ">; rel=\"canonical\"")));
        stubFor(get(CONTACT).willReturn(okJson(CONTACT_JSON)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IntercomApiException.class)
                    .onWhen(exchange -> exchange.getException(IntercomApiException.class).getCanonicalLocation() != null)
                    .handled(true)
                    .process(exchange -> {
                        // inside onException the exception has moved to the EXCEPTION_CAUGHT property
                        String location = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, IntercomApiException.class)
                                .getCanonicalLocation();
                        exchange.getMessage().setHeader(IntercomConstants.CONTACT_ID, location.substring(location.lastIndexOf('/') + 1));
                    })
                    .to("intercom:contact?operation=get");
                from("direct:get").to("intercom:contact?operation=get");
            }
        });

        Contact contact = template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID,
                "5ba682d23d7cf92bef87bfd4", Contact.class);

        assertEquals(CONTACT_ID, contact.getId());
    }

    @Test
    void badInputRecipeSendsNothingAndDeadLetters() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IntercomInputException.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "Not sent to Intercom: ${exception.message}")
                    .to("direct:dead-letters");
                from("direct:dead-letters").to("mock:dead-letters");
                from("direct:close").to("intercom:conversation?operation=close");
            }
        });
        MockEndpoint deadLetters = getMockEndpoint("mock:dead-letters");
        deadLetters.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:close", null, IntercomConstants.CONVERSATION_ID, "1911149811");

        deadLetters.assertIsSatisfied();
        IntercomInputException e = deadLetters.getExchanges().get(0).getProperty(
                Exchange.EXCEPTION_CAUGHT, IntercomInputException.class);
        assertEquals("admin_id", e.getField());
        assertEquals(0, wireMock.getAllServeEvents().size());
    }

    @Test
    void aTransportFailureReadsAsOnThePage() throws IOException {
        Exchange exchange = template.send("intercom:contact?operation=get&baseUri=http://127.0.0.1:" + closedPort(),
                e -> e.getMessage().setHeader(IntercomConstants.CONTACT_ID, CONTACT_ID));

        IntercomTransportException e = assertInstanceOf(IntercomTransportException.class, exchange.getException());
        assertEquals("GET " + CONTACT + " failed: no connection (HttpHostConnectException)", e.getMessage());
        assertTrue(read(ERRORS_MD).contains("`GET " + CONTACT + "\nfailed: no connection (HttpHostConnectException)`"));
    }

    @Test
    void everyJavaBlockOfThePageIsCodeOfThisTest() throws IOException {
        String code = withoutWhiteSpace(read(THIS_TEST));
        List<String> blocks = matching(read(ERRORS_MD), "```java\n(.*?)```");
        assertEquals(5, blocks.size(), "the Java recipes of " + ERRORS_MD);
        for (String block : blocks) {
            assertTrue(code.contains(withoutWhiteSpace(block)), "not run by this test:\n" + block);
        }
    }

    @Test
    void theComponentDocumentationShowsTheSameRetryRecipes() throws IOException {
        String adoc = read(ADOC);
        String page = read(ERRORS_MD);
        for (String recipe : List.of(yamlBlock("${exception.retrySafe}"), matching(page, "```java\n(onException\\(IntercomApiException.class, "
                + "IntercomTransportException.class\\).*?)```").get(0), matching(page, "```java\n(errorHandler.*?)```").get(0))) {
            assertTrue(adoc.contains(recipe), ADOC + " does not show:\n" + recipe);
        }
    }

    private static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(String.format(ERROR, code));
    }

    private static ResponseDefinitionBuilder rateLimited(long reset) {
        return error(429, "rate_limit_exceeded").withHeader("X-RateLimit-Limit", "167")
                .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", String.valueOf(reset));
    }

    private static void failOnceThenSucceed(Supplier<MappingBuilder> call, ResponseDefinitionBuilder failure,
            ResponseDefinitionBuilder success) {
        stubFor(call.get().inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(failure).willSetStateTo("recovered"));
        stubFor(call.get().inScenario("flaky").whenScenarioStateIs("recovered").willReturn(success));
    }

    private static List<LoggedRequest> callsInOrder(RequestPatternBuilder pattern) {
        List<LoggedRequest> calls = new ArrayList<>(findAll(pattern));
        calls.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return calls;
    }

    /** Loads a YAML recipe of the page, with the routes it guards. */
    private void loadYaml(String recipe) throws Exception {
        String routes = recipe
                        + "- route:\n    from:\n      uri: direct:get\n      steps:\n"
                        + "        - to: intercom:contact?operation=get\n"
                        + "- route:\n    from:\n      uri: direct:create\n      steps:\n"
                        + "        - to: intercom:conversation?operation=create&contactId=" + CONTACT_ID + "\n"
                        + "- route:\n    from:\n      uri: direct:list\n      steps:\n"
                        + "        - to: intercom:contact?operation=list&paginate=true\n"
                        + "        - split:\n            simple: \"${body}\"\n            streaming: true\n"
                        + "            steps:\n              - to: mock:listed\n";
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("recipe.yaml", routes));
    }

    /** The YAML block of the page that contains the text. */
    private static String yamlBlock(String containing) throws IOException {
        return matching(read(ERRORS_MD), "```yaml\n(.*?)```").stream().filter(b -> b.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError(ERRORS_MD + " has no yaml block with " + containing));
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
