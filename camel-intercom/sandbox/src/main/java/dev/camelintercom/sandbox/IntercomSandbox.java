/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.support.PropertyBindingSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * An offline, stateful stand-in for Intercom's REST API 2.16, for tests, examples and benchmarks:
 * <pre>{@code
 * try (IntercomSandbox sandbox = IntercomSandbox.start()) {
 *     sandbox.configure(camelContext);   // the context's intercom component now talks to the sandbox
 *     sandbox.workspace().createContact(Map.of("email", "ada@example.com"));
 *     ...
 * }
 * }</pre>
 * A WireMock server on a free loopback port, one stub per API route (Intercom's own paths) answered by a
 * {@link SandboxHttp} extension over an in-memory {@link Workspace}; the operations the workspace does not keep answer
 * with their documented answers ({@link DocumentedRoutes}). See {@code docs/sandbox.md}.
 */
public final class IntercomSandbox implements AutoCloseable {

    private static final String COMPONENT_NAME = "intercom";
    private static final String COMPONENT_PREFIX = "camel.component.intercom.";

    private final SandboxOptions options;
    private final Workspace workspace;
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxRequests requests = new SandboxRequests();
    private final WireMockServer server;
    private final List<DocumentedAnswers.Answer> documented;

    private IntercomSandbox(SandboxOptions options) {
        this.options = options;
        this.workspace = new Workspace(options);
        SandboxRouter router = new SandboxRouter();
        ContactRoutes.register(router, workspace, options);
        ConversationRoutes.register(router, workspace, options);
        TicketRoutes.register(router, workspace, options);
        CompanyRoutes.register(router, workspace);
        DirectoryRoutes.register(router, workspace);
        documented = DocumentedRoutes.register(router);
        WireMockConfiguration config = options.port() == 0
                ? wireMockConfig().dynamicPort() : wireMockConfig().port(options.port());
        server = new WireMockServer(config.bindAddress("127.0.0.1").disableRequestJournal()
                .extensions(new SandboxHttp(router, options, faults, requests)));
        server.start();
        for (SandboxRouter.Route route : router.routes()) {
            // literal paths (/companies/scroll) win over templates (/companies/{company_id})
            MappingBuilder stub = request(route.method(),
                    route.literal() ? urlPathEqualTo(route.template()) : urlPathTemplate(route.template()))
                    .atPriority(route.literal() ? 1 : 2);
            server.stubFor(stub.willReturn(aResponse().withTransformers(SandboxHttp.NAME)
                    .withTransformerParameter(SandboxHttp.ROUTE_PARAMETER, route.key())));
        }
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(SandboxHttp.NAME)));
    }

    /** A sandbox with the default options: system clock, UTC, token {@value SandboxOptions#DEFAULT_TOKEN}. */
    public static IntercomSandbox start() {
        return start(SandboxOptions.defaults());
    }

    public static IntercomSandbox start(SandboxOptions options) {
        return new IntercomSandbox(options);
    }

    /** {@code http://127.0.0.1:<port>}: the component's {@code baseUri}. */
    public String baseUri() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** The bearer token the sandbox accepts. */
    public String accessToken() {
        return options.accessToken();
    }

    /** The component options that point the {@code intercom} component at this sandbox: its base URI and token. */
    public Map<String, Object> componentOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("baseUri", baseUri());
        options.put("accessToken", accessToken());
        return options;
    }

    /**
     * The same options as the properties of Camel Main, Spring Boot or Quarkus:
     * {@code camel.component.intercom.base-uri} and {@code camel.component.intercom.access-token}.
     */
    public Properties applicationProperties() {
        Properties properties = new Properties();
        properties.setProperty(COMPONENT_PREFIX + "base-uri", baseUri());
        properties.setProperty(COMPONENT_PREFIX + "access-token", accessToken());
        return properties;
    }

    /**
     * Points the {@code intercom} component of the context at this sandbox (created from the classpath if the context
     * has none yet) and returns it, for further options.
     */
    public Component configure(CamelContext context) {
        Component component = context.getComponent(COMPONENT_NAME);
        if (component == null) {
            throw new IllegalStateException("No '" + COMPONENT_NAME + "' component on the classpath: add camel-intercom");
        }
        // the component's own configurer: Camel 4.14 does not find it from the target alone, as 4.18 does
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withProperties(componentOptions()).withMandatory(true).withRemoveParameters(false).bind();
        return component;
    }

    /** {@link #configure(CamelContext)}, with the component as its own class: {@code configure(context, IntercomComponent.class)}. */
    public <T extends Component> T configure(CamelContext context, Class<T> type) {
        return type.cast(configure(context));
    }

    public Workspace workspace() {
        return workspace;
    }

    public SandboxClock clock() {
        return options.clock();
    }

    public SandboxRequests requests() {
        return requests;
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** The webhook notifications of the objects the workspace creates, once pointed at a URL. */
    public SandboxWebhooks webhooks() {
        return workspace.webhooks();
    }

    /** The operations answered with their documented answer rather than from the workspace. */
    List<DocumentedAnswers.Answer> documentedAnswers() {
        return documented;
    }

    public SandboxOptions options() {
        return options;
    }

    @Override
    public void close() {
        workspace.webhooks().close();
        server.stop();
    }

    @Override
    public String toString() {
        return "IntercomSandbox[" + baseUri() + ", " + options + "]";
    }
}
