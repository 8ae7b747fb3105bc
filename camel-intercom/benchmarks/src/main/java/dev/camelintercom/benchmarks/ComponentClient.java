package dev.camelintercom.benchmarks;

import java.util.Map;

import dev.camelintercom.component.IntercomConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/** The component, as a route uses it, with its defaults (the rate-limit governor on) and a pool of 64 connections. */
final class ComponentClient implements Client {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Map<String, Object> replyBody = Client.replyBody();
    private final Map<String, Object> searchBody = Client.searchBody();

    ComponentClient(String baseUri) throws Exception {
        PropertyBindingSupport.build().withCamelContext(context).withTarget(context.getComponent("intercom"))
                .withProperties(new java.util.HashMap<>(Map.of("baseUri", baseUri, "accessToken", Bodies.TOKEN,
                        "maxConnections", 64)))
                .withMandatory(true).bind();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("intercom:contact?operation=get");
                from("direct:reply").to("intercom:conversation?operation=reply");
                from("direct:search").to("intercom:contact?operation=search&perPage=" + Bodies.SEARCH_PAGE);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @Override
    public Object getContact() {
        return template.requestBodyAndHeader("direct:get", null, IntercomConstants.CONTACT_ID, Bodies.CONTACT_ID);
    }

    @Override
    public Object reply() {
        return template.requestBodyAndHeader("direct:reply", replyBody, IntercomConstants.CONVERSATION_ID,
                Bodies.CONVERSATION_ID);
    }

    @Override
    public Object search() {
        return template.requestBody("direct:search", searchBody);
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
