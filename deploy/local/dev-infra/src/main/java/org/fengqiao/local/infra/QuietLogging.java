package org.fengqiao.local.infra;

/**
 * Points logback at this module's configuration (WARN to the console, our own lines at INFO) before the
 * first logger exists. A plain {@code logback.xml} would leak into any classpath this jar is put on.
 */
final class QuietLogging {

    static final String CONFIG = "fengqiao-dev-infra-logback.xml";

    private QuietLogging() {
    }

    static void install() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIG);
        }
    }
}
