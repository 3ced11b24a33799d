package app.candor.ui.common;

import app.candor.text.Catalogue;
import java.time.LocalDate;
import java.util.Locale;

/** Dates on screen in the one style Candor uses everywhere ({@link Catalogue#day}), in the person's locale. */
public final class Dates {

    private Dates() {
    }

    public static String day(LocalDate date) {
        return Catalogue.day(date, Locale.getDefault(Locale.Category.FORMAT));
    }
}
