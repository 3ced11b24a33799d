package app.candor.store.server;

import app.candor.domain.Refused;
import java.sql.SQLException;

/** A team server's refusals in the seller's words: which server, and what to do. Never a password. */
final class ServerFailures {

    /** The server refused this login and password (a password kept for it is wrong and should be forgotten). */
    static final class LoginRefused extends Refused {
        private static final long serialVersionUID = 1L;

        LoginRefused(String message) {
            super(message);
        }
    }

    private ServerFailures() {
    }

    static Refused translate(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return switch (state) {
            case "28P01", "28000" -> new LoginRefused(app.candor.text.Catalogue.personal().text("team.login.refused",
                    address.user(), address.host()));
            case "3D000" -> Refused.because("team.login.noDatabase", address.database(), address.host());
            case "42501" -> Refused.because("team.notAllowed", address.user(), firstLine(message));
            case "08004" -> message.contains("password")
                    ? Refused.because("team.login.noPassword", address.user(), address.host())
                    : Refused.because("team.login.rejected", address.host(), firstLine(message));
            default -> state.startsWith("08") || state.startsWith("57P")
                    || state.isEmpty() && e.getCause() instanceof java.io.IOException
                    ? app.candor.domain.Unreachable.because("team.server.away", address.host(), address.port())
                    : new Refused(app.candor.text.Catalogue.personal().text("team.server.failed", address.host(),
                            firstLine(message)), e);
        };
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).replaceFirst("^ERROR: ", "");
    }
}
