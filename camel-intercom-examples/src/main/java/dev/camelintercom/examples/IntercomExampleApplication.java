package dev.camelintercom.examples;

import org.apache.camel.main.Main;

/**
 * Runs the example routes with Camel Main: {@link ImportLeadsRoute} (Java DSL) and {@code routes/close-stale.yaml}
 * (YAML DSL). The token, the admin and the folders come from {@code application.properties}, system properties or
 * environment variables ({@code INTERCOM_ACCESS_TOKEN}, {@code INTERCOM_ADMIN_ID}).
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
