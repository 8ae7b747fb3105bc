package dev.camelintercom.examples;

import org.apache.camel.main.Main;

/**
 * Runs the example routes with Camel Main: {@link ImportLeadsRoute} (Java DSL), {@code routes/close-stale.yaml} (YAML
 * DSL, producer) and {@code routes/triage-conversations.yaml} (YAML DSL, consumer). The token, the admin, the triage
 * team and the files come from {@code application.properties}, system properties or environment variables
 * ({@code INTERCOM_ACCESS_TOKEN}, {@code INTERCOM_ADMIN_ID}, {@code INTERCOM_TRIAGE_TEAM_ID}).
 */
public final class IntercomExampleApplication {

    private IntercomExampleApplication() {
    }

    public static void main(String[] args) throws Exception {
        newMain().run(args);
    }

    /** The application, not yet started: the Java route is added here, the YAML routes by application.properties. */
    static Main newMain() {
        Main main = new Main();
        main.configure().addRoutesBuilder(new ImportLeadsRoute());
        return main;
    }
}
