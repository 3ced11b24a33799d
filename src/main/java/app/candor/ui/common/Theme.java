package app.candor.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The calm light and dark looks (AtlantaFX Primer) plus Candor's own small stylesheet. */
public enum Theme {
    LIGHT, DARK;

    public static final String CANDOR_CSS = Theme.class.getResource("/app/candor/ui/candor.css").toExternalForm();

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static Theme parse(String text) {
        return "dark".equalsIgnoreCase(text) ? DARK : LIGHT;
    }
}
