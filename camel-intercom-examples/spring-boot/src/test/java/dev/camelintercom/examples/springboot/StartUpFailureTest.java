package dev.camelintercom.examples.springboot;

import dev.camelintercom.sandbox.IntercomSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What stops the application before it calls Intercom, and what it says. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpFailureTest {

    private static final String TOKEN = "c2VjcmV0LXRva2VuLTkxYjQ";

    @Test
    void aMisspelledComponentPropertyStopsStartUpWithItsNameButNotItsValue(CapturedOutput output) {
        assertThatThrownBy(() -> start("camel.component.intercom.acess-token=" + TOKEN))
                .hasStackTraceContaining("camel.component.intercom.acess-token");
        assertThat(output.getAll()).contains("Not options of the intercom component", "camel.component.intercom.acess-token")
                .doesNotContain(TOKEN);
    }

    @Test
    void aMissingTokenFailsTheFirstRouteStartWithTheComponentsMessage() {
        try (IntercomSandbox sandbox = IntercomSandbox.start()) {
            assertThatThrownBy(() -> start("camel.component.intercom.base-uri=" + sandbox.baseUri()))
                    .hasStackTraceContaining("intercom: accessToken is required");
            assertThat(sandbox.requests().count()).isZero();
        }
    }

    /** The application with its application.properties and these, as run by main() in live mode, without a web server. */
    private static void start(String... properties) {
        new SpringApplicationBuilder(IntercomSpringBootApplication.class).web(WebApplicationType.NONE)
                .properties(properties).properties(SandboxOrLive.LIVE + "=true", "intercom.admin-id=1",
                        "intercom.triage-team-id=1")
                .initializers(new SandboxOrLive()).run().close();
    }
}
