package dev.camelintercom.component.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelintercom.component.IntercomComponent;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

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
 *     component.getConfiguration().setBaseUri(sandbox.baseUri());
 *     component.getConfiguration().setAccessToken(sandbox.accessToken());
 *     sandbox.workspace().createContact(Map.of("email", "ada@example.com"));
 *     ...
 * }
 * }</pre>
 * A WireMock server on a free loopback port, one stub per API route (Intercom's own paths) answered by a
 * {@link SandboxHttp} extension over an in-memory {@link Workspace}. See {@code docs/sandbox.md}.
 */
public final class IntercomSandbox implements AutoCloseable {

    private final SandboxOptions options;
    private final Workspace workspace;
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxRequests requests = new SandboxRequests();
    private final WireMockServer server;

    private IntercomSandbox(SandboxOptions options) {
        this.options = options;
        this.workspace = new Workspace(options);
        SandboxRouter router = new SandboxRouter();
        ContactRoutes.register(router, workspace, options);
        ConversationRoutes.register(router, workspace, options);
        TicketRoutes.register(router, workspace, options);
        CompanyRoutes.register(router, workspace);
        DirectoryRoutes.register(router, workspace);
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal()
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

    /** A new Intercom component pointed at this sandbox, with its token: {@code context.addComponent("intercom", sandbox.component())}. */
    public IntercomComponent component() {
        IntercomComponent component = new IntercomComponent();
        component.getConfiguration().setBaseUri(baseUri());
        component.getConfiguration().setAccessToken(accessToken());
        return component;
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

    public SandboxOptions options() {
        return options;
    }

    @Override
    public void close() {
        server.stop();
    }

    @Override
    public String toString() {
        return "IntercomSandbox[" + baseUri() + ", " + options + "]";
    }
}
