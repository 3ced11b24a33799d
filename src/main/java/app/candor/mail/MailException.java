package app.candor.mail;

/** A message or a mail file Candor cannot read, with the reason in words. */
public final class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailException(String message) {
        super(message);
    }

    /** Whether the mail server refused the user name and password (rather than being unreachable or failing). */
    public boolean loginRefused() {
        return getCause() instanceof jakarta.mail.AuthenticationFailedException;
    }
}
