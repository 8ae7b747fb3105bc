package dev.camelintercom.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomInputException;
import dev.camelintercom.component.IntercomTestSupport;
import dev.camelintercom.component.model.Contact;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code onException} recipes of docs/errors.md, run against a server that fails the way Intercom does. The Java
 * recipes are copied here with a short redelivery delay; the YAML recipe is read from docs/errors.md itself.
 */
class ErrorRecipesTest extends IntercomTestSupport {

    private static final String CONTACT = "/contacts/6762f0ad1bb69f9f2193bb2b";
    private static final String CONTACT_JSON = "{\"type\":\"contact\",\"id\":\"6762f0ad1bb69f9f2193bb2b\"}";
    private static final String ERROR = "{\"type\":\"error.list\",\"request_id\":\"r-1\",\"errors\":[{\"code\":\"%s\"}]}";

    @Test
    void retryableRecipeRedeliversA429() throws Exception {
        failOnceThenSucceed(429, "rate_limit_exceeded");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IntercomApiException.class)
                        .onWhen(exchange -> exchange.getException(IntercomApiException.class).isRetryable())
                        .maximumRedeliveries(3)
                        .redeliveryDelay(10);
                from("direct:get").to("intercom:contact?operation=get");
            }
        });

        Contact contact = template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID,
                "6762f0ad1bb69f9f2193bb2b", Contact.class);

        assertEquals("6762f0ad1bb69f9f2193bb2b", contact.getId());
        verify(2, getRequestedFor(urlEqualTo(CONTACT)));
    }

    @Test
    void retryableRecipeInYamlFromErrorsMdRedeliversA429() throws Exception {
        failOnceThenSucceed(429, "rate_limit_exceeded");
        String recipe = firstYamlBlock(Files.readString(Path.of("../docs/errors.md"), StandardCharsets.UTF_8));
        assertTrue(recipe.contains("redeliveryDelay: 10000"), recipe);
        String routes = recipe.replace("redeliveryDelay: 10000", "redeliveryDelay: 10")
                        + "- route:\n"
                        + "    from:\n"
                        + "      uri: direct:yaml-get\n"
                        + "      steps:\n"
                        + "        - to: intercom:contact?operation=get\n";
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("recipe.yaml", routes));

        Contact contact = template.requestBodyAndHeader("direct:yaml-get", null, IntercomConstants.CONTACT_ID,
                "6762f0ad1bb69f9f2193bb2b", Contact.class);

        assertEquals("6762f0ad1bb69f9f2193bb2b", contact.getId());
        verify(2, getRequestedFor(urlEqualTo(CONTACT)));
    }

    @Test
    void rateLimitedOnlyRecipeDoesNotResendA500() throws Exception {
        failOnceThenSucceed(500, "server_error");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IntercomApiException.class)
                        .onWhen(exchange -> exchange.getException(IntercomApiException.class).isRateLimited())
                        .maximumRedeliveries(5)
                        .redeliveryDelay(10);
                from("direct:get").to("intercom:contact?operation=get");
            }
        });

        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> template.requestBodyAndHeader(
                "direct:get", null, IntercomConstants.CONTACT_ID, "6762f0ad1bb69f9f2193bb2b"));

        IntercomApiException cause = assertInstanceOf(IntercomApiException.class, e.getCause());
        assertEquals(500, cause.getStatusCode());
        assertTrue(cause.isRetryable());
        verify(1, getRequestedFor(urlEqualTo(CONTACT)));
    }

    @Test
    void notFoundRecipeAnswersNull() throws Exception {
        stubFor(get(CONTACT).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody(String.format(ERROR, "not_found"))));
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

        Object body = template.requestBodyAndHeader("direct:find-contact", "ignored", IntercomConstants.CONTACT_ID,
                "6762f0ad1bb69f9f2193bb2b");

        assertNull(body);
    }

    @Test
    void mergedContactRecipeFetchesTheSurvivor() throws Exception {
        stubFor(get("/contacts/5ba682d23d7cf92bef87bfd4").willReturn(aResponse().withStatus(410)
                .withHeader("Content-Type", "application/json")
                .withHeader("Link", "</contacts/6762f0ad1bb69f9f2193bb2b>; rel=\"canonical\"")
                .withBody(String.format(ERROR, "contact_merged"))));
        stubFor(get(CONTACT).willReturn(okJson(CONTACT_JSON)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IntercomApiException.class)
                        .onWhen(exchange -> exchange.getException(IntercomApiException.class).getCanonicalLocation() != null)
                        .handled(true)
                        .process(exchange -> {
                            String location = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, IntercomApiException.class)
                                    .getCanonicalLocation();
                            exchange.getMessage().setHeader(IntercomConstants.CONTACT_ID,
                                    location.substring(location.lastIndexOf('/') + 1));
                        })
                        .to("intercom:contact?operation=get");
                from("direct:get").to("intercom:contact?operation=get");
            }
        });

        Contact contact = template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID,
                "5ba682d23d7cf92bef87bfd4", Contact.class);

        assertEquals("6762f0ad1bb69f9f2193bb2b", contact.getId());
    }

    @Test
    void badInputRecipeSendsNothingAndDeadLetters() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IntercomInputException.class)
                        .handled(true)
                        .log(LoggingLevel.WARN, "Not sent to Intercom: ${exception.message}")
                        .to("mock:dead-letters");
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

    private static void failOnceThenSucceed(int status, String code) {
        stubFor(get(CONTACT).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(String.format(ERROR, code)))
                .willSetStateTo("recovered"));
        stubFor(get(CONTACT).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson(CONTACT_JSON)));
    }

    private static String firstYamlBlock(String markdown) {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertTrue(m.find(), "docs/errors.md has no yaml block");
        return m.group(1);
    }
}
